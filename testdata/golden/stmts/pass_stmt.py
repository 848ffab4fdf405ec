# pass in every block kind.
def f():
    pass

class Empty:
    pass

for i in range(3):
    pass

while False:
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass
finally:
    pass

import io
with io.StringIO() as s:
    pass

print(f(), Empty.__name__, i, s.closed)
print(type(Empty()).__name__)
