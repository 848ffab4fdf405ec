# sys.exit(None) and sys.exit() exit with status 0.
import sys
print("clean exit")
sys.exit(None)
