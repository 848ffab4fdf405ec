import argparse, sys, io
def run(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_args(argv)
        res = repr(ns)
    except SystemExit as e:
        res = 'exit %s' % e.code
    finally:
        sys.stdout, sys.stderr = so, se
    print('>>', argv, res)
    if out.getvalue():
        print('OUT:' + out.getvalue(), end='')
    if err.getvalue():
        print('ERR:' + err.getvalue(), end='')

p = argparse.ArgumentParser(prog='tool', description='A tool that does things with files and numbers, in a description long enough to need wrapping across lines.', epilog='See the manual.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination (default: %(default)s)')
p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
p.add_argument('-n', '--num', type=int, default=3, help='how many')
p.add_argument('--mode', choices=['fast', 'slow', 'auto'], default='auto', help='mode to use: %(choices)s')
p.add_argument('--flag', action='store_true', help='a flag')
p.add_argument('--no-thing', dest='thing', action='store_false')
p.add_argument('-I', '--include', action='append', metavar='DIR', help='include directories; may be repeated as needed to add several of them')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, type=float, metavar=('X', 'Y'))
p.add_argument('--many', nargs='+')
p.add_argument('--opt', nargs='*', default=[])
p.add_argument('--version', action='version', version='%(prog)s 1.0')
g = p.add_argument_group('extra', 'Extra options for advanced use.')
g.add_argument('--level', type=int, choices=range(1, 4))
m = p.add_mutually_exclusive_group()
m.add_argument('--json', action='store_true')
m.add_argument('--xml', action='store_true')
for argv in [['a'], ['a', 'b'], ['-vv', 'a', '-n', '7'], ['a', '--num=5', '--mode', 'fast'], ['--help'], ['-h'], ['--version'], [], ['a', 'b', 'c'],
             ['a', '-n', 'x'], ['a', '--mode', 'bad'], ['a', '--json', '--xml'], ['a', '-I', 'x', '-Iy', '--include=z'], ['a', '--pair', '1', '2'], ['a', '--pair', '1'],
             ['a', '--many'], ['a', '--many', 'x', 'y', '--flag'], ['a', '--opt'], ['a', '--const', '--no-thing'], ['a', '--verb'], ['a', '--ver'], ['a', '--unknown'], ['--', '-x'], ['a', '-vvv', '-n3'], ['a', '--level', '5'], ['a', '--level', '2'], ['-n']]:
    run(p, argv)
print(p.format_usage(), end='')
print(p.format_help())
q = argparse.ArgumentParser(prog='pos')
q.add_argument('first', type=int)
q.add_argument('rest', nargs='*')
q.add_argument('-x', type=float, default='1.5')
for argv in [['1', 'a', 'b'], ['1'], ['x'], ['1', '-x', '2', 'a'], ['-x', '-1', '5'], ['-1'], ['2', '--', '-x']]:
    run(q, argv)
print(q.format_help())
s = argparse.ArgumentParser(prog='git')
s.add_argument('--debug', action='store_true')
sub = s.add_subparsers(dest='cmd', help='sub-command help')
c1 = sub.add_parser('commit', help='record changes')
c1.add_argument('-m', '--message', required=True)
c2 = sub.add_parser('push', aliases=['p'], help='send changes')
c2.add_argument('remote', nargs='?', default='origin')
for argv in [['commit', '-m', 'hi'], ['--debug', 'push'], ['p', 'up'], ['commit'], ['nope'], [], ['-h'], ['push', '-h']]:
    run(s, argv)
print(s.format_help())
print(argparse.Namespace(a=1, b='x'), argparse.Namespace(a=1) == argparse.Namespace(a=1), 'a' in argparse.Namespace(a=1))
d = argparse.ArgumentParser(prog='defs', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--alpha', default=10, help='alpha value')
d.add_argument('--beta', help='beta')
d.add_argument('gamma', nargs='*', default=[1], help='gammas')
print(d.format_help())
r = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawTextHelpFormatter, description='line one\n  line two\n\nafter blank')
r.add_argument('--x', help='first\nsecond line\n  indented')
print(r.format_help())
b = argparse.ArgumentParser(prog='bool')
b.add_argument('--feature', action=argparse.BooleanOptionalAction, default=True, help='use feature')
b.add_argument('--ext', action='extend', nargs='+', type=int)
for argv in [['--no-feature'], ['--feature', '--ext', '1', '2', '--ext', '3']]:
    run(b, argv)
print(b.format_help())
long = argparse.ArgumentParser(prog='a-rather-long-program-name-for-wrapping-tests')
for k in range(12):
    long.add_argument('--option-number-%d' % k, metavar='VALUE%d' % k, help='option %d help' % k)
long.add_argument('inputs', nargs='+')
long.add_argument('output')
print(long.format_usage(), end='')
print(long.format_help())
rm = argparse.ArgumentParser(prog='req')
grp = rm.add_mutually_exclusive_group(required=True)
grp.add_argument('--a', action='store_true')
grp.add_argument('--b', type=int)
rm.add_argument('--must', required=True)
for argv in [[], ['--must', 'x'], ['--must', 'x', '--a']]:
    run(rm, argv)
print(rm.format_help())
pp = argparse.ArgumentParser(prog='parent', add_help=False)
pp.add_argument('--shared', default='s')
ch = argparse.ArgumentParser(prog='child', parents=[pp])
ch.add_argument('--own')
run(ch, ['--shared', 'q'])
print(ch.format_help())
t = argparse.ArgumentParser(prog='types', exit_on_error=False)
t.add_argument('--n', type=int)
try:
    t.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError', e, e.argument_name, e.message)
print(t.parse_known_args(['--n', '2', 'extra', '--zz']))
try:
    t.add_argument('--n')
except argparse.ArgumentError as e:
    print('conflict', e)
try:
    t.add_argument('pos', dest='x')
except ValueError as e:
    print(e)
