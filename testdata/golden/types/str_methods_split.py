# str methods: split, rsplit, splitlines, partition, join.
print("a b  c".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("  lead and trail  ".split(), "".split(), "".split(","), "abc".split("abc"))
print("one\ntwo\r\nthree\rfour".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(map(str, range(4))))
print("a\tb\x0bc\x1cd".split(), "1 2 3".split(None, 1), "a  b".split(" "))
for call in (lambda: "a".split(""), lambda: ",".join([1, 2]), lambda: "a".partition(""), lambda: "x".join(5)):
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
