# logging: Handler, Formatter and LogRecord details, filters, exceptions,
# LoggerAdapter, FileHandler, NullHandler, extra, captureWarnings.
import io
import logging
import os
import sys
import tempfile
import warnings

out = logging.StreamHandler(sys.stdout)
print(repr(out), repr(logging.NullHandler()), repr(logging.Handler()))
fmt = logging.Formatter("%(levelname)-8s %(name)s %(funcName)s:%(lineno)d %(message)s")
out.setFormatter(fmt)
log = logging.getLogger("h")
log.setLevel(logging.DEBUG)
log.addHandler(out)
log.propagate = False
log.debug("padded %r", [1, 2])

out.setLevel(logging.INFO)
log.debug("below the handler's level")
log.info("handler level ok")
out.setLevel(logging.NOTSET)


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


f = OnlyEven()
log.addFilter(f)
for i in range(4):
    log.info("n=%d", i)
log.removeFilter(f)
out.addFilter(lambda r: "secret" not in r.getMessage())
log.info("a secret")
log.info("public")
out.filters.clear()

nf = logging.Filter("h.x")
print(nf.filter(logging.makeLogRecord({"name": "h.x.y"})), nf.filter(logging.makeLogRecord({"name": "h.xy"})),
      nf.filter(logging.makeLogRecord({"name": "h.x"})), logging.Filter().filter(logging.makeLogRecord({"name": "z"})))

try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed: %s", "division")
    log.error("no traceback")
    log.error("with exc_info", exc_info=True)
err = ValueError("given")
log.warning("an exception instance", exc_info=err)
log.info("stack info follows", stack_info=False)

log.info("extra: %s", "x", extra={"user": "bob"})
try:
    log.info("clash", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
try:
    log.info("clash", extra={"levelname": 1})
except KeyError as e:
    print("KeyError", e)

rec = logging.LogRecord("rname", logging.INFO, "/x/y/mod.py", 12, "hello %s", ("you",), None, "fn")
print(rec, rec.getMessage(), rec.filename, rec.module, rec.levelname, rec.funcName,
      rec.exc_info, rec.exc_text, rec.stack_info, rec.processName, rec.threadName,
      isinstance(rec.created, float), isinstance(rec.msecs, float), rec.process == os.getpid())
print(logging.Formatter("%(name)s/%(levelno)d/%(pathname)s").format(rec))
print(logging.Formatter("{name}!{lineno:>4}", style="{").format(rec))
print(logging.Formatter("$name-${levelname}", style="$").format(rec))
print(logging.Formatter("%(custom)s %(message)s", defaults={"custom": "dflt"}).format(rec))
print(logging.Formatter("%(asctime)s", datefmt="%Y").usesTime(), logging.Formatter().usesTime())
fixed = logging.makeLogRecord({"created": 0.0, "msecs": 5.0, "msg": "m"})
tf = logging.Formatter("%(asctime)s %(message)s")
tf.converter = __import__("time").gmtime
print(tf.format(fixed))
print(tf.formatTime(fixed, "%H:%M"))
try:
    logging.Formatter("%(missing)s").format(rec)
except ValueError as e:
    print("ValueError", e)
for args in [("no field",), ("{x", "{"), ("x", "$"), ("%(x)s", "?"), ("{x!z}", "{"), ("{}", "{"), ("a $ b $x", "$")]:
    try:
        logging.Formatter(args[0], style=args[1] if len(args) > 1 else "%")
    except ValueError as e:
        print("ValueError", e)

adapter = logging.LoggerAdapter(log, {"ctx": "C1"})
out.setFormatter(logging.Formatter("[%(ctx)s] %(message)s"))
adapter.info("through the adapter %d", 7)
adapter.debug("debug too")
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG), adapter.getEffectiveLevel())


class Prefixer(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "PFX " + msg, kwargs


Prefixer(log, {"ctx": "C2"}).warning("custom process")
out.setFormatter(fmt)

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
fh = logging.FileHandler(path)
fh.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
print(repr(fh).replace(d, "DIR"), fh.baseFilename == path, fh.mode)
log.addHandler(fh)
log.info("to the file and stdout")
log.removeHandler(fh)
fh.close()
with open(path) as f:
    print(repr(f.read()))
os.remove(path)
os.rmdir(d)

quiet = logging.getLogger("quiet")
quiet.addHandler(logging.NullHandler())
quiet.error("swallowed by NullHandler")

logging.captureWarnings(True)
wl = logging.getLogger("py.warnings")
wh = logging.StreamHandler(sys.stdout)
wh.setFormatter(logging.Formatter("CAPTURED %(name)s %(levelname)s %(message)s"))
wl.addHandler(wh)
warnings.warn("captured warning")
logging.captureWarnings(False)
wl.removeHandler(wh)


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(self.format(record))


lh = ListHandler()
lh.name = "list"
print(lh.name, lh.get_name())
log.addHandler(lh)
log.critical("kept %s", "in a list")
log.fatal("fatal alias")
print(lh.records)
print(log.handlers == [out, lh], logging.getLoggerClass() is logging.Logger)


def deeper():
    log.info("with a stack", stack_info=True)
    log.info("one level up", stacklevel=2)


deeper()
