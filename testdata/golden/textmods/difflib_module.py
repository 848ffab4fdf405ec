# difflib: SequenceMatcher (blocks, opcodes, ratios, junk, autojunk),
# unified/context diffs, ndiff/Differ with intraline hints, restore,
# get_close_matches, diff_bytes, and argument errors.
import difflib
from difflib import SequenceMatcher

s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_matching_blocks())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print(tag, i1, i2, j1, j2, repr(s.a[i1:i2]), repr(s.b[j1:j2]))
print(s.find_longest_match(0, 10, 0, 10), s.find_longest_match())
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.bjunk)
a = [i % 7 for i in range(300)]
b = [i % 5 for i in range(250)]
s = SequenceMatcher(None, a, b)
print(len(s.get_matching_blocks()), round(s.ratio(), 6), sorted(s.bpopular))
s = SequenceMatcher(None, a, b, autojunk=False)
print(len(s.get_matching_blocks()), round(s.ratio(), 6), s.bpopular)
s = SequenceMatcher(None, "", "")
print(s.ratio(), s.get_opcodes(), list(s.get_grouped_opcodes()))
s = SequenceMatcher(None, list(range(40)), list(range(10)) + ["x"] + list(range(11, 30)) + ["y"] + list(range(30, 40)))
for g in s.get_grouped_opcodes(2):
    print(g)
print(SequenceMatcher[str])

old = """one
two
three
four
five
six
seven
eight
nine
ten
eleven
""".splitlines(keepends=True)
new = """zero
one
tree
four
five
six
seven
eight
nine!
ten
eleven
twelve
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, "old.txt", "new.txt", "2020-01-01", "2020-01-02")), end="")
print("".join(difflib.unified_diff(old, new, n=0)), end="")
print("\n".join(difflib.unified_diff(["a", "b"], ["a", "c"], lineterm="")))
print(list(difflib.unified_diff(old, old)), list(difflib.unified_diff([], ["x\n"])))
print("".join(difflib.context_diff(old, new, "old.txt", "new.txt")), end="")
print("".join(difflib.context_diff(["a\n", "b\n"], ["a\n"], n=1)), end="")
print("".join(difflib.context_diff([], ["new\n"])), end="")

d1 = ["one\n", "two\n", "three\n", "\tindented line\n"]
d2 = ["ore\n", "tree\n", "emu\n", "\tindented  lines\n"]
delta = list(difflib.ndiff(d1, d2))
print("".join(delta), end="")
print("".join(difflib.restore(delta, 1)) == "".join(d1), "".join(difflib.restore(delta, 2)) == "".join(d2))
print("".join(difflib.Differ().compare(["abcDefghiJkl\n", "same\n"], ["abcdefGhijkl\n", "same\n", "added\n"])), end="")
print("".join(difflib.ndiff(["x\n", "y\n", "z\n"], ["q\n", "r\n"])), end="")
print("".join(difflib.ndiff(["a\n", "#\n", "b\n"], ["c\n", "#\n", "d\n"], linejunk=difflib.IS_LINE_JUNK)), end="")
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))

print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist), difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("ab", ["ab", "ba", "abc", "abd", "xab"], n=2, cutoff=0.5))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"b\xff\n"], [b"a\n", b"c\n"], b"f1", b"f2")))
for bad in [lambda: difflib.get_close_matches("x", [], n=0), lambda: difflib.get_close_matches("x", [], cutoff=2),
            lambda: list(difflib.unified_diff([1], ["a"])), lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=3)),
            lambda: list(difflib.restore([], 3)), lambda: list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"])),
            lambda: list(difflib.context_diff(["a"], [b"b"]))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
