# Regular expressions: a tokenizer (named alternatives, finditer and
# lastgroup), findall of words and numbers, sub with a template and with a
# function, split, and a log parser with match/fullmatch, over a few
# hundred KB of generated text (deterministic, no random module).
import re

WORDS = ('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',
         'iota', 'kappa', 'lambda', 'mu', 'Ünïcode', 'café', 'naïve')


def make_source(n):
    lines = []
    for i in range(n):
        w = WORDS[i % len(WORDS)]
        lines.append(f'    {w}_{i} = ({i} * {i % 7}.5 + "s{i}") # note {w}\n')
        if i % 5 == 0:
            lines.append(f'if {w} >= {i}: return {w}[{i % 3}]\n')
    return ''.join(lines)


def make_log(n):
    out = []
    levels = ('INFO', 'WARN', 'ERROR', 'DEBUG')
    for i in range(n):
        out.append(f'2024-03-{1 + i % 28:02d} {i % 24:02d}:{i % 60:02d}:{(i * 7) % 60:02d} '
                   f'{levels[i % 4]:5} [{WORDS[i % 12]}.svc] request id={i} took {(i * 37) % 1000}ms user=u{i % 97}\n')
    return ''.join(out)


TOKEN = re.compile(r'''
    (?P<NUMBER>\d+(?:\.\d*)?)
  | (?P<STRING>"[^"\n]*")
  | (?P<NAME>[^\W\d]\w*)
  | (?P<OP>>=|<=|==|[-+*/=<>()\[\]:])
  | (?P<COMMENT>\#[^\n]*)
  | (?P<NL>\n)
  | (?P<WS>[ \t]+)
''', re.VERBOSE)


def tokenize(src):
    counts = {}
    for m in TOKEN.finditer(src):
        k = m.lastgroup
        counts[k] = counts.get(k, 0) + 1
    return counts


LINE = re.compile(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\w+)\s+\[([\w.]+)\] (.*)')
REQ = re.compile(r'request id=(\d+) took (\d+)ms user=(\w+)')


def parse_log(log):
    slow = 0
    errors = 0
    for line in log.splitlines():
        m = LINE.match(line)
        if not m:
            continue
        if m.group(7) == 'ERROR':
            errors += 1
        r = REQ.fullmatch(m.group(9))
        if r and int(r.group(2)) > 900:
            slow += 1
    return slow, errors


def main():
    src = make_source(9000)
    log = make_log(5000)
    print(len(src), len(log))
    for _ in range(3):
        print(sorted(tokenize(src).items()))
    print(len(re.findall(r'\b\w+\b', src)), len(re.findall(r'\d+', src)), len(re.findall(r'(\w+)_(\d+)', src)))
    print(len(re.sub(r'(\w+)_(\d+)', r'\2_\1', src)), len(re.sub(r'\s+', ' ', src)))
    print(len(re.sub(r'\d+', lambda m: str(len(m.group())), src)))
    print(len(re.split(r'[=()\n]', src)), len(re.split(r'\s*#\s*', src)))
    print(parse_log(log), parse_log(log.upper().replace('REQUEST', 'request').replace('TOOK', 'took').replace('USER', 'user').replace('MS ', 'ms ')))
    print(len(re.findall(r'(?i)error|warn', log)), len(re.findall(r'[aeiou]{2,}', src)), len(re.findall(r'^if \w+', src, re.M)))


main()
