# Objects are still finalized when the script ends through sys.exit.
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def run():
    local = Tracked("local in run")
    sys.exit(2)

g = Tracked("global")
try:
    run()
except SystemExit as e:
    print("caught SystemExit", e.code)
print("exiting for real")
sys.exit(0)
