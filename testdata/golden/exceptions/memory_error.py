# Huge allocations: CPython raises MemoryError (or OverflowError when the
# size does not even fit in a machine word), and keeps running.
for label, make in [("list", lambda: [0] * 10 ** 12), ("str", lambda: "x" * 10 ** 12),
                    ("bytes", lambda: bytes(10 ** 12)), ("overflow", lambda: [0] * 10 ** 20),
                    ("str overflow", lambda: "ab" * (2 ** 62))]:
    try:
        make()
        print(label, "allocated?!")
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)
print("still running", len([0] * 10))
