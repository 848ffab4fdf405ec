#!/bin/sh
# Runs the ops_* scripts (or those named) under python3 with
# py3shim/sitecustomize.py, where a proxy is its object, and shows how
# each .out differs from that: the differences are the proxy-specific
# lines, each to be read against the script's comments.
cd "$(dirname "$0")/.."
shim=$(pwd)/ops_mods/py3shim
[ $# -eq 0 ] && set -- ops_*.py
for py in "$@"; do
	echo "### $py"
	PYTHONPATH=$shim PYTHONHASHSEED=0 python3 -u "$py" 2>&1 | diff "${py%.py}.out" - 
done
