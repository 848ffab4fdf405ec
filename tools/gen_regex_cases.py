"""Writes lang/regex/testdata/cases.json: patterns, subjects and what
CPython 3.11's re answers (spans of every group, lastindex, or the error).

Run: python3 tools/gen_regex_cases.py > lang/regex/testdata/cases.json
(lang/regex's TestCasesFresh checks the file is what this script prints).
"""
import json
import os
import re
import sys

I, M, S, X, A = re.I, re.M, re.S, re.X, re.A

# (pattern, subject, flags); searched.
SEARCH = [
    ("abc", "xxabcxx", 0), ("a.c", "a\nc abc", 0), ("a.c", "a\nc", S),
    ("a*", "", 0), ("a*", "baaa", 0), ("a+", "baaa", 0), ("a?b", "ab", 0),
    ("a{2}", "aaa", 0), ("a{2,}", "aaaa", 0), ("a{,2}", "aaaa", 0), ("a{1,3}?", "aaaa", 0),
    ("a{3", "a{3", 0), ("a{x}", "a{x}", 0), ("{", "{", 0), ("x{,}", "xxx", 0),
    ("(a)(b)(c)", "abc", 0), ("(a)|(b)", "b", 0), ("(a|ab)(c|bcd)(d*)", "abcd", 0),
    ("(a*)*", "b", 0), ("(a*)+", "b", 0), ("(a|)*", "aa", 0), ("(a*)*b", "aab", 0),
    ("(?:(a)|b)+", "ab", 0), ("(?:(a)|(b))+", "ab", 0), ("(a)+", "aaa", 0), ("((a)|b)+", "ab", 0),
    ("(a+|b+)*c", "aabbc", 0), ("(a+?)(a*)", "aaa", 0), ("(.*?)x", "abxcx", 0),
    ("^abc$", "abc", 0), ("^abc$", "abc\n", 0), ("^abc$", "abc\n\n", 0), ("abc$", "abc\nabc", M),
    ("^b", "a\nb", 0), ("^b", "a\nb", M), ("a$", "a\n", 0), ("a\\Z", "a\n", 0), ("\\Aa", "ba", 0),
    ("$", "ab\n", 0), ("^", "", 0), ("$", "", M), ("^$", "\n", M),
    ("\\bfoo\\b", "a foo b", 0), ("\\Bfoo", "afoo", 0), ("\\b", "", 0), ("\\B", "", 0), ("\\B", "a", 0),
    ("\\bé", " é", 0), ("\\bé", " é", A), ("\\w+", "héllo wörld", 0), ("\\w+", "héllo", A),
    ("\\d+", "ab١٢٣cd", 0), ("\\d+", "ab١٢٣4", A), ("\\s+", "a\u2003\u00a0b", 0), ("\\s+", "a \x1c b", A),
    ("\\S+", " xy ", 0), ("\\W+", "ab, cd", 0), ("\\D+", "12ab34", 0),
    ("[abc]+", "xxbcay", 0), ("[^abc]+", "abxyzc", 0), ("[a-z]+", "ABcdEF", 0), ("[a-z]+", "ABcdEF", I),
    ("[]a]+", "]a]b", 0), ("[^]a]+", "]abc", 0), ("[a-]+", "-a-b", 0), ("[-a]+", "-a-b", 0),
    ("[\\d\\s]+", "a1 2b", 0), ("[\\w-]+", "ab-cd ef", 0), ("[\\]]", "a]", 0), ("[\\-]", "a-", 0),
    ("[\\x41-\\x43]+", "ABCD", 0), ("[\\u00e9]", "é", 0), ("[\\n]", "a\nb", 0), ("[\\b]", "a\bb", 0),
    ("[.]", "a.", 0), ("[$^]+", "a$^", 0), ("[\\W\\d]+", "ab!1c", 0), ("[^\\W]+", "!ab!", 0),
    ("abc", "ABC", I), ("ABC", "abc", I), ("k", "\u212a", I), ("\u212a", "K", I), ("s", "\u017f", I),
    ("ß", "ẞ", I), ("i", "\u0131", I), ("I", "\u0130", I), ("σ", "ς", I), ("Σ", "σ", I), ("µ", "μ", I),
    ("[k]", "\u212a", I), ("[a-z]", "\u212a", I), ("[A-Z]", "\u017f", I), ("é", "É", I), ("é", "É", I | A),
    ("(a)\\1", "aa", 0), ("(a)\\1", "aA", I), ("(?P<x>ab)(?P=x)", "abab", 0), ("(a)(b)?\\2", "ab", 0),
    ("(?i)abc", "ABC", 0), ("a(?i:b)c", "aBc", 0), ("a(?i:b)c", "aBC", 0), ("(?i)a(?-i:b)c", "AbC", 0),
    ("(?i)a(?-i:b)c", "ABC", 0), ("(?s).", "\n", 0), ("(?m)^b", "a\nb", 0), ("(?x) a b # c\n c", "abc", 0),
    ("(?x)[ ]", " ", 0), ("(?x)a\\ b", "a b", 0), ("(?a)\\w+", "héllo", 0), ("(?s:.)x", "\nx", 0),
    ("a(?=b)", "ab", 0), ("a(?!b)", "abac", 0), ("(?<=a)b", "ab", 0), ("(?<!a)b", "abcb", 0),
    ("(?<=ab|cd)x", "cdx", 0), ("(?<=(a))b", "ab", 0), ("(?=(a))a", "a", 0), ("(?!(a)b)a", "ac", 0),
    ("(?<!^)x", "xx", 0), ("(?<=\\b)a", " a", 0), ("(a)(?<=\\1)", "a", 0), ("(?<=a{3})b", "aaab", 0),
    ("(?>a+)b", "aab", 0), ("(?>a+)ab", "aab", 0), ("a++b", "aab", 0), ("a++ab", "aab", 0),
    ("a*+a", "aaa", 0), ("(?:ab)++c", "ababc", 0), ("a?+a", "a", 0), ("a{1,2}+a", "aaa", 0),
    ("(a)?(?(1)b|c)", "ab", 0), ("(a)?(?(1)b|c)", "c", 0), ("(?P<q>')?x(?(q)')", "'x'", 0),
    ("(?P<q>')?x(?(q)')", "x", 0), ("(a)?(?(1)b)", "c", 0),
    ("a|b|c", "c", 0), ("ab|a", "ab", 0), ("a|ab", "ab", 0), ("(|a)b", "ab", 0), ("x*|y", "y", 0),
    ("\\x41\\101\\0\\n\\t", "AA\x00\n\t", 0), ("\\N{EM DASH}", "a\u2014", 0), ("\\u00e9\\U0001F600", "é😀", 0),
    ("\\.\\*\\+", "a.*+", 0), ("\\$", "a$", 0), ("\\#", "#", 0), ("\\ ", " ", 0),
    ("(a)(?:b)(?P<c>c)", "abc", 0), ("((a)(b))", "ab", 0), ("(a(b(c)))", "abc", 0),
    ("(?:a|b)*c", "ababc", 0), ("(?:a|b)*?c", "ababc", 0), ("(ab)*?c", "ababc", 0), ("(ab){2}", "ababab", 0),
    ("(ab){1,2}?", "ababab", 0), ("(a|b){3,}", "abababa", 0), ("(a|b){2,3}?c", "abac", 0),
    ("(?:a{2})*", "aaaaa", 0), ("(?:a*)*", "aaa", 0), ("(?:a?)+?b", "aab", 0), ("(a?)+", "aa", 0),
    ("((a)|(b))*", "ab", 0), ("(a)*(b)*", "aab", 0), ("(?:(a)|(b)|(c))*", "abcba", 0),
    ("x(a*)*y", "xaaay", 0), ("(a*?)*?b", "aab", 0), ("(.)*", "abc", 0), ("(.)*?x", "abx", 0),
    (".*", "abc\ndef", 0), (".*$", "abc\ndef", M), ("\\w+@\\w+\\.com", "mail: joe@example.com!", 0),
    ("(\\d+)-(\\d+)", "tel 12-345", 0), ("[A-Z][a-z]+", "hello World", 0),
    ("(a)|(b)", "c", 0), ("", "abc", 0), ("()", "", 0), ("(?:)", "x", 0),
    ("a{0}", "a", 0), ("(a){0}b", "ab", 0), ("a{0,0}", "a", 0), ("(?:a|)+b", "aab", 0),
    ("[\\s\\S]+", "a\nb", 0), ("[^\\n]+", "ab\ncd", 0), ("[^a-z\\d]", "ab1_", 0),
    ("\\bthe\\b", "other the", 0), ("ab*?c", "abbbc", 0), ("ab??c", "abc", 0), ("ab??", "ab", 0),
    ("(?#comment)a", "a", 0), ("a(?#x)b", "ab", 0), ("[a-c]+?", "abc", 0),
    ("(?:x|xy)z", "xyz", 0), ("(x|xy)\\1", "xyxy", 0), ("(a)b(?=\\1)", "aba", 0),
    ("(?<=\\d{3})-", "123-", 0), ("(?<!\\d)\\d{2}(?!\\d)", "123 45 6", 0),
    ("é+", "ÉÉé", I), ("[é-ë]+", "ÉËê", I), ("[^a]", "A", I), ("[^k]", "\u212a", I),
]

# (pattern, subject, flags, mode, pos, endpos)
ANCHORED = [
    ("a", "ba", 0, "match", 0, None), ("a", "ba", 0, "match", 1, None), ("^a", "ba", 0, "match", 1, None),
    ("^a", "ba", 0, "search", 1, None), ("\\Aa", "ba", 0, "search", 1, None), ("a$", "ab", 0, "search", 0, 1),
    ("a\\Z", "ab", 0, "search", 0, 1), ("ab", "ab", 0, "search", 0, 1), ("a*", "aaa", 0, "fullmatch", 0, None),
    ("a*?", "aaa", 0, "fullmatch", 0, None), ("a|ab", "ab", 0, "fullmatch", 0, None), ("a", "ab", 0, "fullmatch", 0, None),
    ("a", "ab", 0, "fullmatch", 0, 1), ("b", "ab", 0, "fullmatch", 1, None), ("\\bb", "ab", 0, "search", 1, None),
    ("(?<=a)b", "ab", 0, "match", 1, None), ("$", "ab", 0, "search", 5, None), ("x*", "ab", 0, "search", 3, None),
    ("x*", "ab", 0, "search", 2, None), ("b", "ab", 0, "search", -1, None), ("a", "ab", 0, "search", 0, -1),
    ("a.*?", "abc", 0, "fullmatch", 0, None), ("(a)(?:b|(c))*", "abcb", 0, "fullmatch", 0, None),
]

ERRORS = [
    "*", "a**", "(", "(a", "a)", "(?<x)", "\\q", "[a", "[z-a]", "(?P<1>a)", "(?P=x)",
    "(?P<a>x)(?P<a>y)", "(a)\\2", "(?<=a*)b", "a{3,2}", "(?x", "(?i", "(?z)", "a(?i)b",
    "\\x4", "\\777", "(?P<a", "(?P=a", "(?#abc", "(?(1)a|b|c)", "(?(x)a)", "[\\d-z]", "\\",
    "\\u12", "x{1,2}{3}", "(?-i)", "(?i-i:a)", "(?L)a", "(?<a>x)", "(?", "(?P", "(?P<>a)",
    "\\N{foo}", "\\N", "[\\A]", "\\8", "(?(0)a)", "a\n(", "(?(1a)x)", "a|*", "(*)", "\\b*",
    "^*", "[]", "\\U00110000", "(?i:", "(?ab)", "(?au)", "(?-a:x)", "x(?i)", "[\\z]",
    "(?<!a|bc)", "(?<=(a)\\1)x", "(?>a", "a*+?", "a*?+", "(?P<a-b>x)", "(?Px)", "(?<", "[a-\\d]",
    "(?i-:a)", "(?-", "(?P<a>", "a{4294967296}", "(?(2)a)(b)",
    "(?<=(?:(?:a{4294967294}){4294967294}))b", "(?<=a{3000000000})b", "(?<=(?:a{65536}){65536})b",
]

BYTES = [
    (b"a.c", b"xabc", 0), (b"\\w+", b"h\xe9llo", 0), (b"\\d+", b"ab12", 0), (b"[\\x80-\\xff]+", b"a\xe9\xffb", 0),
    (b"abc", b"ABC", I), (b"\xe9", b"\xc9", I), (b"\\bx", b"\xe9x", 0), (b"(a)\\1", b"aa", 0),
    (b"\\s+", b"a \x85\xa0b", 0), (b"(?i)k", b"K", 0),
]


def spans(m, n):
    if m is None:
        return None
    return [list(m.span(i)) for i in range(n + 1)]


def one(pattern, subject, flags, mode="search", pos=0, endpos=None):
    case = {"pattern": pattern, "subject": subject, "flags": flags, "mode": mode, "pos": pos}
    if endpos is not None:
        case["endpos"] = endpos
    if isinstance(pattern, bytes):
        case["pattern"] = pattern.decode("latin-1")
        case["subject"] = subject.decode("latin-1")
        case["bytes"] = True
    try:
        p = re.compile(pattern, flags)
    except re.error as e:
        case["error"] = {"msg": e.msg, "pos": -1 if e.pos is None else e.pos, "kind": ""}
        return case
    except (ValueError, OverflowError) as e:
        case["error"] = {"msg": str(e), "pos": -1, "kind": type(e).__name__}
        return case
    f = getattr(p, mode)
    m = f(subject, pos) if endpos is None else f(subject, pos, endpos)
    case["spans"] = spans(m, p.groups)
    if m is not None:
        case["lastindex"] = -1 if m.lastindex is None else m.lastindex
    return case


def random_cases(seed, count):
    """Patterns from tools/regex_diff.py's generator (without the exotic
    constructs), each searched and fullmatched against a random subject."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import random
    import regex_diff
    regex_diff.EXOTIC = False
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        pattern = regex_diff.alternation(rng, 0, [0])
        flags = rng.choice([0, 0, re.I, re.M, re.S, re.I | re.M])
        subject = ''.join(rng.choice(regex_diff.ALPHABET) for _ in range(rng.randint(0, 12)))
        out.append(one(pattern, subject, flags))
        out.append(one(pattern, subject, flags, "fullmatch"))
    return out


def main():
    cases = [one(p, s, f) for p, s, f in SEARCH]
    cases += [one(p, s, f, mode, pos, end) for p, s, f, mode, pos, end in ANCHORED]
    cases += [one(p, "", 0) for p in ERRORS]
    cases += [one(p, s, f) for p, s, f in BYTES]
    cases += random_cases(9, 400)
    # One case a line, so that a change reads as a small diff.
    sys.stdout.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n]\n")


main()
