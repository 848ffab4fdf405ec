#!/bin/sh
# Regenerates the goldens of the pending golden scripts from python3, the way
# vm/interp/golden_test.go -update does: run from the repo root with
# PYTHONHASHSEED=0, the repo root stripped from the output (and testdata/pending/
# written as testdata/golden/, where the script moves once minipy passes it), .err only when
# non-empty, .exitcode only when non-zero. Usage: testdata/pending/regen.sh [FILE.py...]
set -u
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 1
if [ $# -eq 0 ]; then
	set -- $(find testdata/pending -name '*.py' ! -path '*_mods/*' ! -name trial.py | sort)
fi
for py in "$@"; do
	base=${py%.py}
	PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
		python3 "$py" >"$base.out.tmp" 2>"$base.err.tmp" </dev/null
	code=$?
	# Strip "$root/" literally (sed would treat it as a pattern).
	python3 - "$root/" "$base" <<'PY'
import sys
root, base = sys.argv[1], sys.argv[2]
for ext in (".out", ".err"):
    with open(base + ext + ".tmp", encoding="utf-8", newline="") as f:
        # The script will live under testdata/golden once minipy passes it.
        s = f.read().replace(root, "").replace("testdata/pending/", "testdata/golden/")
    import os
    os.remove(base + ext + ".tmp")
    if ext == ".out" or s:
        with open(base + ext, "w", encoding="utf-8", newline="") as f:
            f.write(s)
    elif os.path.exists(base + ext):
        os.remove(base + ext)
PY
	if [ "$code" -ne 0 ]; then echo "$code" >"$base.exitcode"; else rm -f "$base.exitcode"; fi
done
