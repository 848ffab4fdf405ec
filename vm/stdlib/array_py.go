package stdlib

// array in Python, written for minipy: items are kept in a list and
// checked as CPython's setitem functions check them (ranges and messages
// per typecode, 'f' rounded to single precision); bytes go through
// struct, in the little-endian machine layout. An array does not export
// a buffer (memoryview(a), bytes(a) need one): use tobytes().

func init() {
	addFrozen("array", "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n", arraySource)
}

const arraySource = `
import struct as _struct
from operator import index as _index

typecodes = 'bBuhHiIlLqQfd'

# typecode: (struct code, item size, range check or None, pickle format)
_INT_LIMITS = {
    'b': (-2**7, 2**7 - 1, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 2**8 - 1, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-2**15, 2**15 - 1, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 2**16 - 1, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 2**32 - 1, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': (-2**63, 2**63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
    'L': (0, 2**64 - 1, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),
}
_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8,
          'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_STRUCT = {'b': 'b', 'B': 'B', 'h': 'h', 'H': 'H', 'i': 'i', 'I': 'I',
           'l': 'q', 'L': 'Q', 'q': 'q', 'Q': 'Q', 'f': 'f', 'd': 'd'}
# CPython's machine format codes (little-endian machine), for pickles.
_MFORMAT = {'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6,
            'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16}
_MFORMAT_DECODE = {0: ('B', '<'), 1: ('b', '<'), 2: ('H', '<'), 3: ('H', '>'),
                   4: ('h', '<'), 5: ('h', '>'), 6: ('I', '<'), 7: ('I', '>'),
                   8: ('i', '<'), 9: ('i', '>'), 10: ('Q', '<'), 11: ('Q', '>'),
                   12: ('q', '<'), 13: ('q', '>'), 14: ('f', '<'), 15: ('f', '>'),
                   16: ('d', '<'), 17: ('d', '>')}


def _to_float32(x):
    # What storing x in a C float gives: rounded, inf past the range.
    try:
        return _struct.unpack('<f', _struct.pack('<f', x))[0]
    except OverflowError:
        return float('inf') if x > 0 else float('-inf')


def _checker(typecode):
    if typecode in _INT_LIMITS:
        lo, hi, low_msg, high_msg = _INT_LIMITS[typecode]

        def check(v):
            v = _index(v)
            if v < lo:
                raise OverflowError(low_msg)
            if v > hi:
                raise OverflowError(high_msg)
            return v
        return check
    if typecode == 'u':
        def check(v):
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        return check

    def check(v):
        t = type(v)
        if not (isinstance(v, float) or hasattr(t, '__float__') or hasattr(t, '__index__')):
            raise TypeError('must be real number, not %s' % t.__name__)
        v = float(v)
        return _to_float32(v) if typecode == 'f' else v
    return check


_CHECKERS = {c: _checker(c) for c in typecodes}


class array:
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
a bytes-like object, or iterable over elements of the
appropriate type.
"""

    __slots__ = ('_code', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._code = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, array):
            if (initializer._code == 'u') != (typecode == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array '
                                'with typecode %r' % typecode)
            self.extend(initializer._items)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with '
                                'typecode %r' % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self.extend(initializer)
        return self

    def __init__(self, *args):
        pass

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _SIZES[self._code]

    def _new(self, items, cls=None):
        # Slices and sums are plain arrays; copies keep the subclass.
        out = object.__new__(cls or array)
        out._code = self._code
        out._items = items
        return out

    def _same(self, other, message):
        if not isinstance(other, array):
            raise TypeError(message % type(other).__name__)
        if other._code != self._code:
            raise TypeError('bad argument type for built-in operation')

    # ---- the list-like methods

    def append(self, v, /):
        self._items.append(_CHECKERS[self._code](v))

    def extend(self, bb, /):
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(bb._items)
            return
        check = _CHECKERS[self._code]
        self._items.extend([check(v) for v in bb])

    def insert(self, i, v, /):
        self._items.insert(_index(i), _CHECKERS[self._code](v))

    def pop(self, i=-1, /):
        if not self._items:
            raise IndexError('pop from empty array')
        i = _index(i)
        n = len(self._items)
        if not -n <= i < n:
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v, /):
        for k, x in enumerate(self._items):
            if x == v:
                del self._items[k]
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=2**63 - 1, /):
        n = len(self._items)
        start, stop = _index(start), _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for k in range(start, min(stop, n)):
            if self._items[k] == v:
                return k
        raise ValueError('array.index(x): x not in array')

    def count(self, v, /):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, list, /):
        if not isinstance(list, type([])):
            raise TypeError('arg must be list')
        check = _CHECKERS[self._code]
        self._items.extend([check(v) for v in list])

    def buffer_info(self):
        return (id(self._items), len(self._items))

    # ---- bytes

    def _pack(self, order='<'):
        if self._code == 'u':
            return ''.join(self._items).encode('utf-32-le' if order == '<' else 'utf-32-be')
        return _struct.pack('%s%d%s' % (order, len(self._items), _STRUCT[self._code]),
                            *self._items)

    def tobytes(self):
        return self._pack()

    def frombytes(self, buffer, /):
        data = bytes(memoryview(buffer))
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        self._items.extend(self._unpack(data, '<'))

    def _unpack(self, data, order):
        n = len(data) // self.itemsize
        if self._code == 'u':
            return list(data.decode('utf-32-le' if order == '<' else 'utf-32-be'))
        return list(_struct.unpack('%s%d%s' % (order, n, _STRUCT[self._code]), data))

    def byteswap(self):
        if self._code == 'u':
            self._items = list(self._pack('>').decode('utf-32-le'))
        else:
            self._items = self._unpack(self._pack('>'), '<')

    def fromfile(self, f, n, /):
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        want = n * self.itemsize
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError('read() didn\'t return bytes')
        whole = len(data) - len(data) % self.itemsize
        self.frombytes(data[:whole])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f, /):
        data = self.tobytes()
        for k in range(0, len(data), 64 * 1024):
            f.write(data[k:k + 64 * 1024])

    def fromunicode(self, ustr, /):
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(ustr).__name__)
        if self._code != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(ustr)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    # ---- the sequence protocol

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))

    def __contains__(self, v):
        return any(x == v for x in self._items)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return self._new(self._items[key])
        try:
            return self._items[_index(key)]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._code != self._code:
                raise TypeError('bad argument type for built-in operation')
            self._items[key] = list(value._items)
            return
        v = _CHECKERS[self._code](value)
        try:
            self._items[_index(key)] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        try:
            del self._items[_index(key)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        self._same(other, 'can only append array (not "%s") to array')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other, 'can only extend array with array (not "%s")')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        return self._new(self._items * _index(n))

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        self._items *= _index(n)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        name = 'array' if type(self) is array else type(self).__name__
        if not self._items:
            return '%s(%r)' % (name, self._code)
        if self._code == 'u':
            return '%s(%r, %r)' % (name, self._code, ''.join(self._items))
        return '%s(%r, %r)' % (name, self._code, list(self._items))

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, unused, /):
        return self._new(list(self._items))

    def __sizeof__(self):
        return 64 + len(self._items) * self.itemsize

    def __reduce_ex__(self, protocol, /):
        state = getattr(self, '__dict__', None) or None
        if protocol < 3:
            return (type(self), (self._code, list(self._items)), state)
        return (_array_reconstructor,
                (type(self), self._code, _MFORMAT[self._code], self.tobytes()), state)


array.__module__ = 'array'
ArrayType = array


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    if not isinstance(arraytype, type) or not issubclass(arraytype, array):
        raise TypeError('first argument must be a type object, not %s'
                        % type(arraytype).__name__)
    if typecode not in typecodes:
        raise ValueError('second argument must be a valid type code')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s' % type(items).__name__)
    out = arraytype(typecode)
    if mformat_code in (20, 21):
        out._items = list(items.decode('utf-32-le' if mformat_code == 20 else 'utf-32-be'))
        return out
    if mformat_code in (18, 19):
        out._items = list(items.decode('utf-16-le' if mformat_code == 18 else 'utf-16-be'))
        return out
    if mformat_code not in _MFORMAT_DECODE:
        raise ValueError('third argument must be a valid machine format code.')
    code, order = _MFORMAT_DECODE[mformat_code]
    size = _struct.calcsize(code)
    values = _struct.unpack('%s%d%s' % (order, len(items) // size, code), items)
    out.extend(values)
    return out
`
