# Keyword errors of built-ins: which one CPython reports first.
tests = [lambda: int.from_bytes(x=1), lambda: int.from_bytes(byteorder="big"), lambda: enumerate(start=1), lambda: enumerate(start=1, x=2), lambda: (1).to_bytes(x=1), lambda: "a".encode(x=1), lambda: bytes.fromhex(x=1), lambda: sorted(x=1), lambda: "".splitlines(x=1), lambda: dict.fromkeys(x=1), lambda: zip(x=1), lambda: range(x=1), lambda: open(x=1), lambda: compile(x=1), lambda: round(x=1), lambda: round(number=1, x=2)]
for f in tests:
    try: f()
    except TypeError as e: print(e)
