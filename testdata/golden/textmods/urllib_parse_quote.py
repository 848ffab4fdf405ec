# urllib.parse: quote/unquote and their plus forms, bytes, encodings and
# errors; urlencode (doseq, quote_via, safe); parse_qs/parse_qsl options.
from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl, unwrap)

for s in ["abc def", "a/b c", "ü€𝄞", "~_.-!*'()", "a+b=c&d", "", "%41", "/path with/slashes?"]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/+"), quote(s, safe="()!*"))
print(quote("é", encoding="latin-1"), quote("é€", encoding="ascii", errors="replace"), quote(b"a b\xff"), quote(bytearray(b"x y")))
print(quote_from_bytes(b"\x00\x7f\x80 /"), quote_from_bytes(b"abc", safe=b"b"), quote_from_bytes(b""), quote("héé", safe="é"))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("str"),
            lambda: quote(5), lambda: quote("é", encoding="ascii"), lambda: unquote(None), lambda: quote_plus(None)]:
    try:
        print(bad())
    except (TypeError, UnicodeEncodeError, AttributeError) as e:
        print(type(e).__name__, e)
for s in ["abc%20def", "%e2%82%AC", "%zz%4", "%", "100%", "a+b", "%C3%A9t%C3", "é%41", "%ff%fe", "%41%42%43"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, encoding="latin-1")),
          repr(unquote(s, errors="ignore")))
print(unquote(b"%41%20b"), unquote_to_bytes(b"a%2Bb"), unquote_to_bytes(""), unquote(""), repr(unquote("no percent")))
try:
    unquote("%ff", errors="strict")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)

print(urlencode({"a": 1, "b": "x y", "c": "é&="}))
print(urlencode([("k", "v1"), ("k", "v2"), (b"bk", b"b v")]))
print(urlencode({"list": [1, 2, "three"], "s": "str", "n": None, "t": (4,)}, doseq=True))
print(urlencode({"list": [1, 2]}))
print(urlencode({"path": "/a b/"}, safe="/"), urlencode({"p": "a b"}, quote_via=quote))
print(urlencode({"e": "é"}, encoding="latin-1"), urlencode({}), urlencode([]))
for bad in ["abc", [1, 2], 5]:
    try:
        urlencode(bad)
    except TypeError as e:
        print("TypeError", e, type(e.__cause__).__name__)

q = "a=1&b=2&a=3&empty=&noeq&c=x+y%21&&d=%E2%82%AC"
print(parse_qs(q))
print(parse_qs(q, keep_blank_values=True))
print(parse_qsl(q))
print(parse_qsl(q, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qsl(b"a=1&b=%20"), parse_qs(b"x=1&x=2"))
print(parse_qsl("a=%ff", encoding="latin-1"), parse_qsl("a=%ff"), parse_qsl(""), parse_qs("=v&k="), parse_qsl("a==b"))
for kw in [dict(strict_parsing=True), dict(max_num_fields=2), dict(separator=""), dict(separator=5)]:
    try:
        print(parse_qsl("a=1&bad&&c=3", **kw))
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(parse_qsl("a=1&b=2", max_num_fields=2), unwrap("<URL:http://x/>"), unwrap(" http://y "))
