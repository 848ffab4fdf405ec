# json: dumps/dump (indent, separators, sort_keys, ensure_ascii, default, cls, NaN), loads/load (hooks, parse_*), and every decode error.
import json
data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'nested': {'x': 1.5, 'y': None, 'z': True}, 'e': [], 'f': {}, 'uni': 'héllo ☃ 𝄞', 'esc': 'a"b\\c\n\t\x01'}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':')))
print(json.dumps([1, 2.0, 1e100, -0.0, 3.14, 10**20, True, None, 'x'], indent='\t'))
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'}), json.dumps((1, 2)), json.dumps('s'), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
print(json.loads('{"a": [1, 2.5, -3e2, true, false, null], "b": "\\u00e9\\ud834\\udd1e\\n", "c": {}}'))
print(json.loads('  [ ]  '), json.loads('"x"'), json.loads('12'), json.loads('-0.5'), json.loads('NaN'), json.loads(b'[1]'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1}', object_pairs_hook=list), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)), json.loads('1.5', parse_float=str), json.loads('7', parse_int=float))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=Enc), json.dumps({'k': object}, default=lambda o: o.__name__))
import io
buf = io.StringIO(); json.dump({'a': [1, {'b': 2}]}, buf, indent=1); print(buf.getvalue()); print(json.load(io.StringIO(buf.getvalue())))
bad = ['', '[', '[1,]', '{"a" 1}', '{a: 1}', '{"a": 1,}', '[1 2]', '"abc', '"\\x"', '"\\u12"', '[1] x', '{"a": }', 'nul', '"a\x01b"', '\ufeff1', '01']
for b in bad:
    try:
        print(repr(json.loads(b)))
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, e.pos, e.lineno, e.colno)
for thunk in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.loads(5)]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.dumps({'b': 1, 'a': 2}, skipkeys=True, sort_keys=True), json.dumps({(1,): 1, 'k': 2}, skipkeys=True))
print(json.loads('{\n  "a": [\n    1,\n    x\n  ]\n}') if False else '')
try:
    json.loads('{\n  "a": [\n    1,\n    x\n  ]\n}')
except json.JSONDecodeError as e:
    print(e)
