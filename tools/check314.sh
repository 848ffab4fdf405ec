#!/bin/sh
# make check314: the concurrent.interpreters goldens whose expected output
# is CPython 3.14's (every script under testdata/minipy/interpreters but
# those that say their output is "written by hand") re-checked against
# python3.14, run as the golden harness runs python3 (from the repo root,
# PYTHONHASHSEED=0, unbuffered so that the output of the interpreters
# comes in program order, the repo root removed from paths).
PY314=${PYTHON314:-/root/.cache/minipy/cpython314/bin/python3.14}
if [ ! -x "$PY314" ]; then
	echo "check314: $PY314 not installed (../shared/tools/install-cpython314.sh); skipped"
	exit 0
fi
root=$(pwd)
fail=0
n=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for py in testdata/minipy/interpreters/*.py; do
	grep -q "written by hand" "$py" && continue
	base=${py%.py}
	n=$((n + 1))
	PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 "$PY314" -u "$py" >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/code"
	sed -i "s#$root/##g" "$tmp/out" "$tmp/err"
	want_err=/dev/null
	[ -f "$base.err" ] && want_err=$base.err
	want_code=0
	[ -f "$base.exitcode" ] && want_code=$(cat "$base.exitcode")
	if ! cmp -s "$tmp/out" "$base.out" || ! cmp -s "$tmp/err" "$want_err" || [ "$(cat "$tmp/code")" != "$want_code" ]; then
		echo "check314: $py: python3.14 prints something else:"
		diff "$base.out" "$tmp/out"
		diff "$want_err" "$tmp/err"
		fail=1
	fi
done
echo "check314: $n scripts checked against $PY314"
exit $fail
