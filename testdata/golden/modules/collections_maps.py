# collections: ChainMap, defaultdict, UserDict, UserList, UserString.
from collections import ChainMap, defaultdict, UserDict, UserList, UserString
import collections

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm.get('z', 'dflt'), len(cm), list(cm), sorted(cm.items()), 'c' in cm, bool(ChainMap({})))
cm['d'] = 4; del cm['b']; print(cm, over, base)
child = cm.new_child({'e': 5}); print(child, child.parents, child.maps[0], cm.new_child(), cm.new_child(f=6))
print(cm.pop('d'), cm.popitem(), cm, ChainMap(), ChainMap.fromkeys('ab', 0), cm.copy(), type(cm.keys()).__name__)
print(ChainMap({'a': 1}) | {'b': 2}, {'b': 2} | ChainMap({'a': 1}))
cm2 = ChainMap({'x': 1}); cm2 |= {'y': 2}; print(cm2)
r = ChainMap(); r.maps[0]['me'] = r; print(r)
for t in [lambda: ChainMap({})['x'], lambda: ChainMap().pop('x'), lambda: ChainMap().popitem(), lambda: ChainMap({'a': 1}, {'b': 2}).__delitem__('b')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

dd = defaultdict(list)
dd['x'].append(1); dd['x'].append(2); dd['y']
print(dd, dd.default_factory, dict(dd), 'z' in dd, dd.get('z'), len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.copy(), type(counts.copy()).__name__)
print(defaultdict(), defaultdict(None, a=1), defaultdict(int, {'a': 1}, b=2), defaultdict(lambda: 'v')['k'])
print(defaultdict(int) | {'a': 1}, {'a': 1} | defaultdict(int), defaultdict(list, a=[1]).__reduce__()[:2], isinstance(dd, dict))
d2 = defaultdict(int); d2 |= {'q': 1}; print(d2)
for t in [lambda: defaultdict(1), lambda: defaultdict(None)['k'], lambda: defaultdict(int, 1)]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3; del ud['a']
print(ud, len(ud), ud.data, 'b' in ud, list(ud), ud.get('x', 0), ud.copy(), ud | {'z': 1}, UserDict.fromkeys('ab'))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [9] + ul, ul * 2, len(ul), ul.pop(), ul.index(2), ul.count(1))
ul.extend(UserList([7])); ul.insert(0, -1); ul.remove(1); ul.reverse(); print(ul, ul == [7, 3, 2, 0, -1], ul < [8], ul.copy())
us = UserString('Hello')
print(us, repr(us), us.upper(), us.lower(), us[1:3], us + '!', 'x' + us, us * 2, len(us), 'ell' in us, us.find('l'), us.split('l'), us.replace('l', 'L'), us.center(9, '*'), us == 'Hello', us < 'J')
print(type(us.upper()).__name__, type(us.split('l')[0]).__name__, us.startswith('He'), us.zfill(8), us.strip('Ho'), int(UserString('42')) + 1)
print(collections.__all__, sorted(n for n in dir(collections) if not n.startswith('_'))[:12])
