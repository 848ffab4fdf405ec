# warnings: warn, the default action's once-per-location registry, the
# stderr line with its source, categories, stacklevel, filters, actions.
import sys
import warnings

print(warnings.__all__)
print(warnings.filters)


def deprecated():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def user():
    warnings.warn("careful")


for i in range(3):
    user()          # shown once: the default action remembers the location
deprecated()        # shown: DeprecationWarning triggered in __main__
warnings.warn(UserWarning("instance message"))
warnings.warn("runtime thing", RuntimeWarning)
warnings.warn("deep", stacklevel=50)
print("registry keys:", sorted(k for k in __warningregistry__ if k != 'version'))

try:
    warnings.warn("x", "notcat")
except TypeError as e:
    print("TypeError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("error", message=3),
            lambda: warnings.simplefilter("error", lineno=-1),
            lambda: warnings.filterwarnings("error", category=int),
            lambda: warnings.filterwarnings("error", category=5),
            lambda: warnings.filterwarnings("error", module=5)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError", e)

warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.simplefilter("ignore", RuntimeWarning)
warnings.warn("ignored", RuntimeWarning)
print(warnings.filters[:2])
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
    warnings.warn("once only")
warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module level")
warnings.warn("module level")
warnings.resetwarnings()
warnings.filterwarnings("error", message="bad.*thing")
warnings.filterwarnings("ignore", module="__main__", category=FutureWarning)
try:
    warnings.warn("BAD little thing")
except UserWarning as e:
    print("matched message", e)
warnings.warn("FUTURE", FutureWarning)
warnings.filterwarnings("error", message="spec", lineno=12345)
warnings.warn("spec line mismatch")
warnings.simplefilter("default", append=True)
print(len(warnings.filters), warnings.filters[-1])
sys.stderr.flush()
