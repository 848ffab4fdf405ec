# The "party pack": immortalize every module minipy provides and every
# attribute of each (builtins included), keep using them, and still end
# with zero blocks after finalization.
import sys

names = list(sys.builtin_module_names) + ["os"]
count = 0
for name in names:
    try:
        mod = __import__(name)
    except ImportError:
        continue
    sys._immortalize(mod)
    for attr in dir(mod):
        try:
            value = getattr(mod, attr)
        except AttributeError:
            continue
        sys._immortalize(value)
        assert sys._is_immortal(value), (name, attr)
        count += 1
print(count > 100)
import math
print(math.floor(2.5), len([1, 2, 3]), sorted({3, 1, 2}), "%s-%d" % ("x", 4))
print(sys._is_immortal(sys.stdout), sys._is_immortal(sys.path))
sys.path.append("/nonexistent")
print(sys.path[-1])
print("end")
