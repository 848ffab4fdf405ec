import html, html.entities as he, errno
print(html.escape("<a href=\"x\">'&'</a>"), html.escape("<'\">", quote=False))
tests = ["&amp;&lt;&gt;&quot;&#39;&#x27;", "&notit; &notin; &not &noti", "&#0;&#13;&#128;&#x81;&#150;&#x9F;&#1;&#11;&#xFFFE;&#x1FFFF;&#xD800;&#x110000;&#65;&#x41", "&unknown; &; &#; &#x; &&amp", "&AElig &AElig; &aelig", "a & b", "&#999999999999;", "&nbsp&copy2023", "&NotNestedGreaterGreater;&fjlig;"]
for t in tests:
    print(repr(html.unescape(t)))
print(len(he.html5), len(he.name2codepoint), len(he.codepoint2name), len(he.entitydefs), he.entitydefs['amp'], he.entitydefs['Alpha'], he.name2codepoint['euro'], he.codepoint2name[60], he.html5['fjlig;'])
print(he.__all__, html.__all__)
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[11], errno.errorcode[2], len(errno.errorcode), errno.EDEADLOCK)
try:
    html.escape(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    html.unescape(None)
except TypeError as e:
    print("TypeError", e)
import os
try:
    open("/nonexistent/x")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
