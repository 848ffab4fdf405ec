# signal: handlers for signals sent to the process, SIGINT through interrupt_main and raise_signal, the enums, and errors.
import signal, os, time, _thread
print(signal.SIGINT, repr(signal.SIGINT), repr(signal.SIG_DFL), signal.Signals(6).name, signal.Signals.SIGCHLD is signal.SIGCLD, len(signal.Signals))
print(signal.getsignal(signal.SIGPIPE), repr(signal.getsignal(signal.SIGPIPE)), signal.getsignal(signal.SIGINT) is signal.default_int_handler, repr(signal.getsignal(signal.SIGUSR1)))
print(len(signal.valid_signals()), signal.SIGTERM in signal.valid_signals(), signal.strsignal(signal.SIGTERM), signal.strsignal(34), signal.strsignal(32))
got = []
def h(sig, frame):
    got.append(sig)
print(repr(signal.signal(signal.SIGUSR1, h)))
os.kill(os.getpid(), signal.SIGUSR1)
print('after kill', got)
signal.raise_signal(signal.SIGUSR1)
print('after raise', got, signal.getsignal(signal.SIGUSR1) is h)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is h)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.05)
print(got, repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
class Stop(Exception): pass
def raiser(sig, frame):
    raise Stop(sig)
signal.signal(signal.SIGTERM, raiser)
try:
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(5)
    print('not reached')
except Stop as e:
    print('Stop', e.args)
def onint(sig, frame):
    got.append(('int', sig))
old = signal.signal(signal.SIGINT, onint)
print(old is signal.default_int_handler)
_thread.interrupt_main()
for i in range(1000): pass
signal.raise_signal(signal.SIGINT)
print(got[-2:])
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
for f in [lambda: signal.signal(99, signal.SIG_DFL), lambda: signal.signal(9, signal.SIG_IGN), lambda: signal.signal(2, 5), lambda: signal.signal(2, None), lambda: signal.strsignal(99), lambda: signal.getsignal(0), lambda: signal.default_int_handler(2, None)]:
    try: print(f())
    except BaseException as e: print(type(e).__name__, e)
print(signal.alarm(0), signal.Handlers.SIG_IGN, signal.Sigmasks.SIG_BLOCK.name, type(signal.SIG_IGN).__name__)
