# Proxies used from three interpreters in a ring: sub1, sub2 and sub3
# each own a station that holds a proxy of the next one's, so a call
# travels sub1 -> sub2 -> sub3 -> sub1 and around again, each step
# running in the station's owner (one lock held at a time, so no
# deadlock); values picked up on the way are copies or proxies as they
# cross, and a proxy arriving back at its owner is the object itself.
# Main, holding proxies of all three, starts the tour from outside the
# ring and from a thread; closing one member breaks the ring with the
# closed interpreter's RuntimeError at that step.
# Expected output: minipy's documented behaviour (PEP 797), by hand.
import threading
from concurrent import interpreters as I

station = """
from concurrent import interpreters as I
class Station:
    def __init__(self, name):
        self.name = name
        self.next = None
        self.visits = 0
    def link(self, nxt):
        self.next = nxt
    def tour(self, hops, path):
        self.visits += 1
        path.append((self.name, I.get_current().id))
        if hops == 0:
            return path
        return self.next.tour(hops - 1, path)
    def me(self):
        return self
st = Station(NAME)
q.put(I.SharedObjectProxy(st))
"""
q = I.create_queue()
subs = [I.create() for _ in range(3)]
for k, s in enumerate(subs):
    s.prepare_main(q=q, NAME=f'station{k + 1}')
    s.exec(station)
stations = [q.get() for _ in subs]
for k, st in enumerate(stations):
    st.link(stations[(k + 1) % 3])
print([type(st).__name__ for st in stations], [st.name for st in stations])

path = stations[0].tour(6, [])
print(type(path).__name__, path)
subs[1].exec("""
path = st.tour(4, [])
print(type(path).__name__, path)
print(st.next.next.next is st, type(st.next).__name__, st.next.next.me() is st.next.next)
""")
out = []
t = threading.Thread(target=lambda: out.append(stations[2].tour(3, [])))
t.start()
t.join()
print(out[0])
print([st.visits for st in stations])

subs[2].close()
print('sub3 closed')
try:
    stations[0].tour(5, [])
except RuntimeError as e:
    print('RuntimeError:', e)
subs[0].exec("print('station1 still works:', st.next.name, st.visits)")
del stations, st
subs[0].close()
subs[1].close()
