# The harness of the ops_* proxy scripts (runner.py).
