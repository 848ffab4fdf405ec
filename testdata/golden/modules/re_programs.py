# re: realistic programs: a tokenizer with named alternatives, a log
# parser, an INI reader, a template engine and re.Scanner.
import re
from collections import Counter, namedtuple

Token = namedtuple('Token', 'kind value line column')

TOKEN_SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?(?:[eE][-+]?\d+)?'),
    ('STRING', r'"(?:[^"\\]|\\.)*"'),
    ('ASSIGN', r':='),
    ('END', r';'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'[+\-*/()<>=!]=?'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('COMMENT', r'\#[^\n]*'),
    ('MISMATCH', r'.'),
]
TOKEN_RE = re.compile('|'.join('(?P<%s>%s)' % pair for pair in TOKEN_SPEC))
KEYWORDS = {'IF', 'THEN', 'ENDIF', 'FOR', 'NEXT', 'GOSUB', 'RETURN'}


def tokenize(code):
    line_num = 1
    line_start = 0
    for mo in TOKEN_RE.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        column = mo.start() - line_start
        if kind == 'NUMBER':
            value = float(value) if '.' in value or 'e' in value.lower() else int(value)
        elif kind == 'ID' and value in KEYWORDS:
            kind = value
        elif kind == 'NEWLINE':
            line_start = mo.end()
            line_num += 1
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        elif kind == 'MISMATCH':
            raise RuntimeError(f'{value!r} unexpected on line {line_num}')
        yield Token(kind, value, line_num, column)


program = '''
    IF quantity THEN   # check stock
        total := total + price * quantity;
        tax := price * 0.05e1;
        name := "say \\"hi\\"";
    ENDIF;
'''
for tok in tokenize(program):
    print(tok)
try:
    list(tokenize('x := 1 @ 2'))
except RuntimeError as e:
    print('RuntimeError', e)

LOG = '''\
2024-03-01 12:00:01,123 INFO  [web.request] GET /index.html 200 1532ms user=alice
2024-03-01 12:00:02,004 WARN  [web.request] GET /missing 404 12ms user=-
2024-03-01 12:00:02,950 ERROR [db.pool] connection reset by peer (retry 3/5)
2024-03-01 12:00:03,100 INFO  [web.request] POST /api/v1/items 201 87ms user=bob
garbage line without structure
2024-03-01 12:00:04,777 DEBUG [cache] hit ratio=0.93 keys=1024
2024-03-01 12:00:05,000 INFO  [web.request] GET /index.html 200 932ms user=carol
'''
LINE_RE = re.compile(r'''
    ^(?P<date>\d{4}-\d\d-\d\d)\s
    (?P<time>\d\d:\d\d:\d\d),(?P<ms>\d{3})\s+
    (?P<level>[A-Z]+)\s+
    \[(?P<logger>[\w.]+)\]\s
    (?P<msg>.*)$''', re.VERBOSE | re.MULTILINE)
REQ_RE = re.compile(r'(?P<method>GET|POST|PUT|DELETE) (?P<path>\S+) (?P<status>\d{3}) (?P<dur>\d+)ms user=(?P<user>[\w-]+)')
levels = Counter()
paths = Counter()
slow = []
for m in LINE_RE.finditer(LOG):
    levels[m['level']] += 1
    r = REQ_RE.fullmatch(m['msg'])
    if r:
        paths[r['path']] += 1
        if int(r['dur']) > 500:
            slow.append((m['time'], r['path'], int(r['dur'])))
print(sorted(levels.items()), paths.most_common(2), slow)
print(len(LINE_RE.findall(LOG)), [line for line in LOG.splitlines() if not LINE_RE.match(line)])
print(re.sub(r'user=(\w+)', lambda m: 'user=' + m.group(1)[0] + '***', LOG.splitlines()[0]))
print(re.findall(r'(\w+)=([\w.]+)', LOG))

INI = '''
; comment
[server]
host = example.org
port=8080

[paths]
root = /var/www   ; trailing comment
logs = %(root)s/logs
'''
SECTION = re.compile(r'^\[(?P<name>[^]]+)\]\s*$')
OPTION = re.compile(r'^(?P<key>[\w.-]+)\s*=\s*(?P<value>.*?)\s*(?:;.*)?$')
config, current = {}, None
for line in INI.splitlines():
    if not line.strip() or re.match(r'\s*[;#]', line):
        continue
    if m := SECTION.match(line):
        current = config.setdefault(m.group('name'), {})
    elif m := OPTION.match(line):
        current[m['key']] = m['value']
for sec in config.values():
    for k, v in sec.items():
        sec[k] = re.sub(r'%\((\w+)\)s', lambda m: sec[m.group(1)], v)
print(config)

def render(template, context):
    def repl(m):
        expr, filt = m.group('expr'), m.group('filter')
        value = context
        for part in expr.split('.'):
            value = value[part]
        if filt == 'upper':
            value = str(value).upper()
        return str(value)
    return re.sub(r'\{\{\s*(?P<expr>[\w.]+)\s*(?:\|\s*(?P<filter>\w+)\s*)?\}\}', repl, template)
print(render('Hello {{ user.name | upper }}, you have {{count}} new {{ what }}.', {'user': {'name': 'ada'}, 'count': 3, 'what': 'messages'}))

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, t: ('IDENT', t)),
    (r'\d+\.\d*', lambda s, t: ('FLOAT', float(t))),
    (r'\d+', lambda s, t: ('INT', int(t))),
    (r'=|\+|-|\*|/', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('sum = 3 + x1 * 4.5 ? rest'))

words = re.findall(r"[a-z']+", open(__file__).read().lower())
print(len(words) > 100, Counter(w for w in words if len(w) > 6).most_common(3))
camel = ['parseHTTPResponse', 'getURLForID', 'simpleCase', 'already_snake']
print([re.sub(r'(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])', '_', c).lower() for c in camel])
print(re.sub(r'\s+', ' ', '  many   spaces\n\tand\ttabs  ').strip(), re.split(r'(?<=[.!?])\s+', 'One. Two! Three? Four'))
print([m.group(0) for m in re.finditer(r'(?:\d{1,3}\.){3}\d{1,3}', 'hosts 10.0.0.1, 192.168.1.254 and 999.1')])
