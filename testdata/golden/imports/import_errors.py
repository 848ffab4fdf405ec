# Import failures: missing modules, missing names, and a module raising
# during import (it is not left in sys.modules).
import sys
try:
    import imp_mods.nonexistent
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from imp_mods.simple import missing_name
except ImportError as e:
    print(type(e).__name__, e)
try:
    import imp_mods.broken
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("imp_mods.broken" in sys.modules)
try:
    import imp_mods.broken
except ZeroDivisionError as e:
    print("second attempt re-runs it:", type(e).__name__)
try:
    import totally_missing_top_level
except ImportError as e:
    print(type(e).__name__, e)
