# subprocess: run, Popen, pipes, communicate, errors, timeouts, os.popen.
import subprocess, sys, os
r = subprocess.run(['echo', 'hi'], capture_output=True)
print(r)
print(subprocess.run('echo $((1+2)); echo err >&2; exit 3', shell=True, capture_output=True, text=True))
print(subprocess.check_output(['cat'], input=b'abc\r\nx'))
print(subprocess.check_output(['cat'], input='abc\r\nx', text=True))
try:
    subprocess.run(['false'], check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
try:
    subprocess.run(['nonexistent_cmd_x'])
except FileNotFoundError as e:
    print(type(e).__name__, e.cmd, type(e.timeout).__name__) if isinstance(e, subprocess.TimeoutExpired) else print(e)
try:
    subprocess.run(['ls'], cwd='/nonexistent_dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.cmd, type(e.timeout).__name__) if isinstance(e, subprocess.TimeoutExpired) else print(e)
try:
    subprocess.run(['sleep', '5'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, type(e.timeout).__name__) if isinstance(e, subprocess.TimeoutExpired) else print(e)
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b'data')
print(out, err, p.returncode, p)
p = subprocess.Popen(['sh', '-c', 'echo a; echo b'], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline(), p.stdout.read(), p.wait())
print(subprocess.call(['true']), subprocess.check_call(['true']))
print(subprocess.getoutput('echo hello; echo x >&2'), subprocess.getstatusoutput('exit 4'))
print(subprocess.run(['sh', '-c', 'echo $FOO'], env={'FOO': 'bar'}, capture_output=True).stdout)
print(subprocess.run(['pwd'], cwd='/', capture_output=True).stdout)
p = subprocess.Popen(['sleep', '10'])
p.kill(); print(p.wait())
print(subprocess.run(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT).stdout)
print(subprocess.run(['echo', 'x'], stdout=subprocess.DEVNULL))
with os.popen('echo popen') as f: print(f.read())
print(os.popen('exit 2').close())
try:
    subprocess.run(['false'], check=True, shell=False).check_returncode()
except subprocess.CalledProcessError as e: print(repr(e))
# bad arguments
for bad in [lambda: subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE),
            lambda: subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE),
            lambda: subprocess.check_output(['true'], stdout=subprocess.PIPE),
            lambda: subprocess.run([1, 2]),
            lambda: subprocess.run(['true'], env={'A=B': 'x'})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
p = subprocess.Popen(['sh', '-c', 'read x; echo got $x; exit 7'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
p.stdin.write('line\n')
p.stdin.flush()
print(p.stdout.read(), p.wait(), p.poll(), p.returncode)
p = subprocess.Popen(['sleep', '5'])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print('timeout', e.cmd, e.timeout)
print(p.poll())
p.terminate()
print(p.wait())
print(subprocess.CompletedProcess(['x'], 0), subprocess.CalledProcessError(2, 'cmd'), subprocess.CalledProcessError(-9, 'cmd'))
print(str(subprocess.TimeoutExpired('cmd', 2)), subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
with subprocess.Popen(['printf', 'a\\nb\\n'], stdout=subprocess.PIPE) as p:
    print(list(p.stdout))
print(p.returncode, p.stdout.closed)
