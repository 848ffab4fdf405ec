# urllib.parse: urlsplit/urlparse and back, the result types and their
# netloc properties, urljoin (RFC 3986's examples), urldefrag, bytes.
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin,
                          urldefrag, ParseResult, SplitResult)
import urllib.parse
import urllib

urls = [
    "http://user:pw@Example.COM:8080/a/b;p1;p2?q=1&r=2#frag",
    "https://[::1]:443/path",
    "https://[fe80::1%25eth0]/x",
    "ftp://ftp.example.org/pub/file.txt",
    "mailto:someone@example.com",
    "file:///etc/passwd",
    "//netloc/only/path",
    "/just/a/path?x#y",
    "relative/path;params",
    "news:comp.lang.python",
    "HTTP://EXAMPLE.com/",
    "  \t http://strip.me/\n",
    "path:80",
    "svn+ssh://host/repo",
    "tel:+1-816-555-1212;ext=1",
    "",
    "http://h/p;a/b;c?q",
    "scheme-only:",
    "http://a@b@c/",
    "http://:80/",
    "http://host:/",
]
for u in urls:
    s = urlsplit(u)
    p = urlparse(u)
    print(repr(u))
    print("  ", s)
    print("  ", p)
    print("  ", s.username, s.password, s.hostname, s.port, repr(s.geturl()), repr(p.geturl()))
    print("  ", urlunsplit(s) == s.geturl(), urlunparse(p))
print(urlparse("www.x.com", scheme="http"), urlsplit("a#b", allow_fragments=False))
print(urlunsplit(("http", "", "path", "", "")), urlunsplit(("", "", "//p", "", "")), urlunparse(("x", "y", "z", "p", "q", "f")))
r = urlparse("http://h:99/p")
print(r.scheme, r[1], r._replace(path="/other").geturl(), r._fields, isinstance(r, tuple), isinstance(r, ParseResult))
for bad in ["http://h:99999/", "http://h:x/", "http://h:-1/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError", e)
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[zz::]/", "http://[v1.x]/", "http://[vz.x]/",
            "http://\uff03netloc/"]:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    urlsplit("http://x", b"http")
except TypeError as e:
    print("TypeError", e)

b = urlsplit(b"https://u@host:81/p?q#f")
print(b, b.hostname, b.port, b.username, b.geturl())
print(b.decode(), urlparse(b"x:y").decode(), urlsplit("http://a/b").encode())
print(urldefrag("http://a/b#c"), urldefrag("noslash"), urldefrag(b"a#b"), urldefrag("http://a/b#c").geturl())

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x",
            "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
            "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g",
            "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
            "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https://other/x", "a//b"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("", "x"), urljoin("x", ""), urljoin("mailto:a@b", "c"), urljoin(b"http://a/b/", b"c"),
      urljoin("http://a/b/c", "d", allow_fragments=False), urljoin("ftp://h/a/", "../../x"))
print(urllib.parse.__name__, hasattr(urllib, "parse"), sorted(urllib.parse.__all__)[:5])
