# input() with an empty stdin raises EOFError; the prompt goes to stdout.
try:
    line = input("prompt> ")
    print("read", repr(line))
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(e))
