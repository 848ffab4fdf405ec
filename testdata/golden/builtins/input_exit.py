# input() at end of input (EOFError, the prompt still written), print's
# end/flush/file, and exit/quit: their repr, codes, and sys.stdin closed.
import sys
try:
    input('name? ')
except EOFError as e:
    print('EOF', repr(e), e.args)
try:
    input(prompt='x')
except TypeError as e:
    print(type(e).__name__, e)
print(repr(exit), repr(quit), str(exit), type(exit).__name__)
print('x', end='', flush=True)
print('y', file=sys.stderr, flush=True)
print(sys.stdin.closed)
for call in (lambda: exit(3), lambda: quit(), lambda: exit(code='msg'), lambda: exit(1, 2)):
    try:
        call()
    except SystemExit as e:
        print('SystemExit', repr(e.code))
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.stdin.closed)
