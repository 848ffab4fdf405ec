# logging: the root logger through the module functions, basicConfig's
# options, levels and their names, the logger tree and propagation.
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName(35), logging.getLevelName("ERROR"),
      logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.WARN, logging.FATAL, logging.NOTSET, logging.BASIC_FORMAT)
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.root, logging.getLogger(), logging.getLogger("root") is logging.root)

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s|%(name)s|%(funcName)s|%(lineno)d|%(module)s|%(filename)s|%(message)s")
logging.debug("debug %d", 1)
logging.info("info %s", "two")
logging.warning("warning")
logging.error("error %(key)s", {"key": "mapping"})
logging.critical("critical")
logging.log(25, "custom level")


def inner():
    logging.getLogger("app").info("from a function")


inner()
logging.basicConfig(stream=sys.stderr, format="ignored: already configured")
logging.info("still stdout")

buf = io.StringIO()
logging.basicConfig(stream=buf, format="{levelname}:{message}", style="{", force=True)
logging.warning("brace %s", "style")
logging.basicConfig(stream=buf, format="$levelname/$name/${message}", style="$", force=True)
logging.warning("dollar style")
logging.basicConfig(stream=buf, format="%(message)s at %(asctime)s", datefmt="X", force=True)
logging.warning("with a fixed date")
print(repr(buf.getvalue()))

for bad in [dict(stream=sys.stdout, filename="x.log"), dict(style="?"), dict(bogus=1, force=True),
            dict(format="no fields", force=True), dict(format="{nothing", style="{", force=True),
            dict(format="plain", style="$", force=True), dict(level="LOUD", force=True)]:
    try:
        logging.basicConfig(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

logging.basicConfig(stream=sys.stdout, format="%(name)s %(levelname)s %(message)s", force=True, level="INFO")
a = logging.getLogger("a")
abc = logging.getLogger("a.b.c")
print(abc.parent is a, logging.getLogger("a.b").parent is a, abc.parent)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(a.getChild("b") is ab, a.getChild("b.c") is abc, logging.root.getChild("z").name)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
a.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), repr(abc), repr(a))
abc.error("propagates to root")
abc.warning("dropped by the level")
a.setLevel("DEBUG")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("A-HANDLER %(name)s: %(message)s"))
a.addHandler(h)
abc.info("seen twice")
a.propagate = False
abc.info("seen once")
a.removeHandler(h)
abc.info("nowhere: lastResort only takes warnings")
abc.warning("lastResort prints the bare message")
print(a.hasHandlers(), logging.getLogger("q").hasHandlers())
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
try:
    a.log("INFO", "x")
except TypeError as e:
    print("TypeError", e)
try:
    a.setLevel(3.5)
except TypeError as e:
    print("TypeError", e)
try:
    a.setLevel("NOPE")
except ValueError as e:
    print("ValueError", e)

logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error passes disable(WARNING)")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
sys.stderr.flush()
