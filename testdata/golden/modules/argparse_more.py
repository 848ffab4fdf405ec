import argparse, sys, io, os
def run(parser, argv, known=False):
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = parser.parse_known_args(argv) if known else parser.parse_args(argv)
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
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
p = argparse.ArgumentParser(prog='short')
p.add_argument('-a', action='store_true')
p.add_argument('-b', action='store_true')
p.add_argument('-c', type=int)
p.add_argument('-d', nargs='?', const='C', default='D')
p.add_argument('--long-name', dest='ln')
p.add_argument('--longer')
p.add_argument('rest', nargs=argparse.REMAINDER)
for argv in [['-ab'], ['-abc5'], ['-ac', '7'], ['-c5', 'x', '-a'], ['-d'], ['-d', 'v'], ['-dv'], ['--long'], ['--long-n=1'], ['--longer', 'q'], ['--lo', 'x'], ['x', '--long-name', 'y', '-a'], ['-ax'], ['-c', '-1'], ['-c=3'], ['-e'], ['-']]:
    run(p, argv)
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('val', nargs='?')
for argv in [['-1'], ['-2'], ['5']]:
    run(n, argv)
n2 = argparse.ArgumentParser(prog='neg2')
n2.add_argument('-x', type=int)
n2.add_argument('v', type=float, nargs='*')
for argv in [['-x', '-5', '-1.5', '-.5', '2'], ['-5']]:
    run(n2, argv)
pl = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
pl.add_argument('+f', action='store_true')
pl.add_argument('++bar')
pl.add_argument('-m')
run(pl, ['+f', '++bar', 'x', '-m', '1'])
print(pl.format_help())
import tempfile
tmpdir = tempfile.mkdtemp()
argfile = os.path.join(tmpdir, 'args.txt')
with open(argfile, 'w') as f:
    f.write('--num\n5\nPOS\n')
ff = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
ff.add_argument('--num', type=int)
ff.add_argument('pos')
ns = ff.parse_args(['@' + argfile])
print('fromfile', ns)
os.unlink(argfile)
os.rmdir(tmpdir)
run(ff, ['@/nonexistent/missing.txt'])
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values.upper())
ca = argparse.ArgumentParser(prog='custom', usage='%(prog)s [options] thing')
ca.add_argument('--name', action=Upper)
ca.add_argument('thing', nargs=2)
ca.add_argument('more', nargs='+')
run(ca, ['--name', 'bob', 'a', 'b', 'c'])
run(ca, ['a', 'b'])
run(ca, ['a'])
print(ca.format_help())
t(lambda: argparse.ArgumentParser().add_argument('x', required=True)); t(lambda: argparse.ArgumentParser().add_argument('bad', 'worse')); t(lambda: argparse.ArgumentParser().add_argument('--z', nargs=0)); t(lambda: argparse.ArgumentParser().add_argument('--z', const=1)); t(lambda: argparse.ArgumentParser().add_argument('--z', action='nope')); t(lambda: argparse.ArgumentParser().add_argument('--z', type='int')); t(lambda: argparse.ArgumentParser().add_argument('--z', nargs=2, metavar=('A',))); t(lambda: argparse.ArgumentParser().add_argument('-'))
rs = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
rs.add_argument('-x', '--xx', help='old')
rs.add_argument('--xx', help='new')
print(rs.format_help())
sd = argparse.ArgumentParser(prog='sd', add_help=False)
sd.add_argument('--a', default=1)
sd.set_defaults(a=5, b=7)
print(sd.get_default('a'), sd.get_default('b'), sd.parse_args([]), sd.format_help(), end='')
run(sd, ['--a', '2', 'extra', '--bogus', 'x'], known=True)
run(sd, ['--a'])
pr = argparse.ArgumentParser(prog='prog-in-help', description='Run %(prog)s now.')
pr.add_argument('--x', help='used by %(prog)s, default %(default)r, type %(type)s', type=int, default=4)
print(pr.format_help())
mv = argparse.ArgumentParser(prog='mv', formatter_class=argparse.MetavarTypeHelpFormatter)
mv.add_argument('--n', type=int)
mv.add_argument('f', type=float)
print(mv.format_help())
print(repr(argparse.FileType('w')), repr(argparse.FileType('rb', encoding='x')), argparse.SUPPRESS, argparse.REMAINDER, argparse.PARSER)
ft = argparse.ArgumentParser(prog='ft')
ft.add_argument('f', type=argparse.FileType('r'))
run(ft, ['/nonexistent/file'])
print(repr(p)[:60])
w = argparse.ArgumentParser(prog='narrow', formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40), description='This description is long enough to wrap at forty columns wide.')
w.add_argument('--alpha', help='an option whose help text is long enough to wrap several times at this width')
w.add_argument('target', help='what to act on')
print(w.format_help())
