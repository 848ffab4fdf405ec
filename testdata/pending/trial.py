#!/usr/bin/env python3
"""Tries the pending golden scripts against minipy with the real harness.

Copies every testdata/pending script (with its goldens and the *_mods
directories) into testdata/golden, runs `go test ./vm/interp -run TestGolden`,
then keeps in testdata/golden (removing the pending copy: a move) each
script that passed both runs without a leak, and takes the others back out.
Writes testdata/pending/STATUS.txt: the first difference of each pending one.
"""
import json, os, shutil, subprocess, sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
os.chdir(root)
pend, gold = "testdata/pending", "testdata/golden"

scripts = []
for d, dirs, files in os.walk(pend):
    if "_mods" in d:
        continue
    for f in files:
        if f.endswith(".py") and f != "trial.py":
            scripts.append(os.path.relpath(os.path.join(d, f), pend))
scripts.sort()
# Scripts that crash the whole test process (a Go fatal error cannot be
# recovered by the harness); they are reported without being tried.
CRASHERS = {}
scripts = [s for s in scripts if s not in CRASHERS]
only = sys.argv[1:]
if only:
    scripts = [s for s in scripts if any(s.startswith(o) for o in only)]

copied_files, copied_mods = [], []
for s in scripts:
    base = s[:-3]
    os.makedirs(os.path.join(gold, os.path.dirname(s)), exist_ok=True)
    for ext in (".py", ".out", ".err", ".exitcode"):
        src = os.path.join(pend, base + ext)
        if os.path.exists(src):
            dst = os.path.join(gold, base + ext)
            shutil.copy(src, dst)
            copied_files.append(dst)
for d, dirs, files in os.walk(pend):
    for x in dirs:
        if x.endswith("_mods"):
            rel = os.path.relpath(os.path.join(d, x), pend)
            dst = os.path.join(gold, rel)
            if not os.path.exists(dst):
                shutil.copytree(os.path.join(pend, rel), dst)
                copied_mods.append(rel)

# Each script runs in its own process of a test binary built once, so that
# a Go crash or a hang in one script cannot hide the others' results.
binary = "/tmp/minipy_golden_trial.test"
if os.path.exists("/tmp/minipy_golden_trial_cli"):
    os.remove("/tmp/minipy_golden_trial_cli")
build = subprocess.run(["go", "test", "-c", "-o", binary, "./vm/interp"], capture_output=True, text=True)
if build.returncode != 0:
    print(build.stdout, build.stderr)
outputs, results = {}, {}
def run_one(s):
    name = "TestGolden/testdata/golden/" + s[:-3]
    try:
        p = subprocess.run([binary, "-test.run", "^" + name.replace(".", r"\.") + "$", "-test.v", "-test.timeout", "60s"],
                           capture_output=True, text=True, cwd=os.path.join(root, "vm/interp"), timeout=90)
        out = p.stdout + p.stderr
    except subprocess.TimeoutExpired:
        return s, "fail", ["timeout (over 90 s)"]
    ok = p.returncode == 0 and ("--- PASS: " + name) in out
    return s, "pass" if ok else "fail", [out]
from concurrent.futures import ThreadPoolExecutor
if build.returncode == 0:
    with ThreadPoolExecutor(2) as ex:
        for s, res, out in ex.map(run_one, scripts):
            results[s], outputs[s] = res, out
def first_diff(lines):
    """One line: the first wanted and got lines that differ, plus the
    error minipy raised when its stderr shows one."""
    import re
    text = "".join(lines)
    for ln in text.splitlines():
        if "panic:" in ln or "fatal error" in ln or "timeout" in ln or "leak" in ln or "running testdata" in ln:
            return ln.strip()[:200]
    want, got, err = None, None, None
    skip = re.compile(r'^[-+]\s*(Stdout:|Stderr:|Exit:|"""|\)|\(|strings\.Join\(\{|\}, ""\),?)?\s*$')
    for ln in text.splitlines():
        st = ln.strip()
        if not st[:1] in "-+" or st.startswith(("--- ", "+++ ")) or skip.match(st):
            continue
        body = st[1:].strip()
        if body.startswith(("Stdout:", "Stderr:", "Exit:")) and body.endswith("("):
            continue
        if st[0] == "-" and want is None:
            want = body
        if st[0] == "+":
            if got is None:
                got = body
            for piece in body.strip('",').split("\\n"):
                m = re.match(r'^([A-Z]\w*(Error|Exception|Exit|Interrupt|Group|Iteration))(:.*)?$', piece.strip())
                if m:
                    err = piece.strip()
    out = f"want {want!s:.90} | got {got!s:.90}"
    if err:
        out += f" | minipy raised: {err[:120]}"
    return out

def cli_diff(s):
    """The first differing line between the goldens and what the minipy
    command prints for the pending script (more readable than cmp's diff)."""
    exe = "/tmp/minipy_golden_trial_cli"
    if not os.path.exists(exe):
        subprocess.run(["go", "build", "-o", exe, "./cmd/minipy"], capture_output=True)
    path = os.path.join(pend, s)
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
    try:
        p = subprocess.run([exe, path], capture_output=True, text=True, env=env, timeout=60, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return "timeout (over 60 s)"
    except UnicodeDecodeError:
        return "minipy output is not UTF-8"
    def norm(t):
        return t.replace(root + "/", "").replace("testdata/pending/", "testdata/golden/")
    base = os.path.join(pend, s[:-3])
    want = {}
    for ext in (".out", ".err"):
        want[ext] = open(base + ext).read() if os.path.exists(base + ext) else ""
    code = int(open(base + ".exitcode").read()) if os.path.exists(base + ".exitcode") else 0
    for ext, got in ((".out", norm(p.stdout)), (".err", norm(p.stderr))):
        w, g = want[ext].splitlines(), got.splitlines()
        for i in range(max(len(w), len(g))):
            wl = w[i] if i < len(w) else "<nothing>"
            gl = g[i] if i < len(g) else "<nothing>"
            if wl != gl:
                where = "stdout" if ext == ".out" else "stderr"
                last = [l for l in norm(p.stderr).splitlines() if l and not l.startswith(" ")]
                raised = f" | minipy raised: {last[-1][:100]}" if ext == ".out" and p.returncode != code and last else ""
                return f"{where} line {i + 1}: want {wl[:90]!r} got {gl[:90]!r}{raised}"
    if p.returncode != code:
        return f"exit status: want {code} got {p.returncode}"
    return None

passed, pending = [], {}
for s in scripts:
    base = s[:-3]
    if results.get(s) == "pass":
        passed.append(s)
        for ext in (".py", ".out", ".err", ".exitcode"):
            p = os.path.join(pend, base + ext)
            if os.path.exists(p):
                os.remove(p)
    else:
        msg = first_diff(outputs.get(s, []))
        if not any(k in msg for k in ("panic", "fatal", "timeout", "leak")):
            msg = cli_diff(s) or ("in-process harness only: " + msg)
        pending[s] = msg
        for ext in (".py", ".out", ".err", ".exitcode"):
            p = os.path.join(gold, base + ext)
            if os.path.exists(p):
                os.remove(p)
# *_mods: keep in golden if a golden script of that dir exists; remove
# from pending if no pending script of that dir is left.
for rel in copied_mods:
    d = os.path.dirname(rel)
    gdir, pdir = os.path.join(gold, d), os.path.join(pend, d)
    if not any(f.endswith(".py") for f in os.listdir(gdir)):
        shutil.rmtree(os.path.join(gold, rel))
    if not any(f.endswith(".py") for f in os.listdir(pdir)):
        shutil.rmtree(os.path.join(pend, rel))
for d, dirs, files in list(os.walk(gold, topdown=False)):
    if not os.listdir(d):
        os.rmdir(d)
for d, dirs, files in list(os.walk(pend, topdown=False)):
    if not os.listdir(d):
        os.rmdir(d)
pending.update({s: d for s, d in CRASHERS.items() if os.path.exists(os.path.join(pend, s))})
with open(os.path.join(pend, "STATUS.txt"), "w") as f:
    for s, diff in sorted(pending.items()):
        f.write(f"{s}: {diff}\n")
print(f"tried {len(scripts)}: passed {len(passed)}, pending {len(pending)}")
for s in passed:
    print("PASS", s)

