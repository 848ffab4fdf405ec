# assertLogs / assertNoLogs (unittest._log over logging): what is captured,
# the failure messages, and the logger put back as it was.
import io
import logging
import unittest

log = logging.getLogger("app.db")


class T(unittest.TestCase):
    def test_capture(self):
        with self.assertLogs("app", level="INFO") as cm:
            log.info("connected %s", 1)
            log.debug("hidden")
            logging.getLogger("app.web").warning("slow")
        print(cm.output)
        print([r.levelname for r in cm.records], [r.name for r in cm.records])

    def test_logger_object_and_number(self):
        with self.assertLogs(log, logging.ERROR) as cm:
            log.warning("no")
            log.error("yes")
        print(cm.output)

    def test_root(self):
        with self.assertLogs() as cm:
            logging.getLogger("x").info("to root")
        print(cm.output)

    def test_nothing_logged(self):
        with self.assertLogs("quiet", "WARNING"):
            logging.getLogger("quiet").info("too low")

    def test_no_logs_ok(self):
        with self.assertNoLogs("app", level="ERROR") as cm:
            log.warning("fine")
        print(cm)

    def test_no_logs_fails(self):
        with self.assertNoLogs("app"):
            log.info("oops")

    def test_empty_block(self):
        with self.assertLogs("m") as cm:
            pass

    def test_exception_passes_through(self):
        with self.assertRaises(KeyError):
            with self.assertLogs("app"):
                raise KeyError("k")

    def test_restored(self):
        h = logging.NullHandler()
        log.addHandler(h)
        log.setLevel(logging.CRITICAL)
        with self.assertLogs(log, "DEBUG"):
            log.debug("d")
            print(log.level, log.propagate, len(log.handlers))
        print(log.level == logging.CRITICAL, log.propagate, log.handlers == [h])
        log.removeHandler(h)
        log.setLevel(logging.NOTSET)


# The failures' last lines only: their tracebacks name the module's file,
# which differs between interpreters.
s = io.StringIO()
result = unittest.TextTestRunner(stream=s, verbosity=0).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(result.testsRun, len(result.errors))
for test, tb in result.failures:
    print(test.id(), "->", tb.strip().splitlines()[-1])
