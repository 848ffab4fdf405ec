package objects

// object.__sizeof__: CPython returns tp_basicsize plus tp_itemsize times
// the object's size. minipy's layouts differ from CPython's, and programs
// compare these numbers with CPython's, so the answer is CPython 3.11's
// basic size of the nearest built-in type (64-bit build; values read from
// python3's T.__basicsize__). Types with a variable part of their own
// (int, str, bytes, list, dict, set, ...) define __sizeof__ themselves.

var cpythonBasicSize = map[string]int{
	"object": 16, "NoneType": 16, "NotImplementedType": 16, "ellipsis": 16,
	"builtin_function_or_method": 56, "bytearray_iterator": 32, "bytes_iterator": 32,
	"callable_iterator": 32, "cell": 24, "classmethod": 32, "classmethod_descriptor": 56,
	"code": 184, "complex": 32, "dict_itemiterator": 56, "dict_items": 24,
	"dict_keyiterator": 56, "dict_keys": 24, "dict_reverseitemiterator": 56,
	"dict_reversekeyiterator": 56, "dict_reversevalueiterator": 56, "dict_valueiterator": 56,
	"dict_values": 24, "enumerate": 56, "filter": 32, "float": 24, "frame": 120,
	"function": 136, "generator": 152, "getset_descriptor": 48, "iterator": 32,
	"list_iterator": 32, "list_reverseiterator": 32, "longrange_iterator": 48, "map": 32,
	"mappingproxy": 24, "member_descriptor": 48, "memoryview": 144, "method": 48,
	"method_descriptor": 56, "module": 56, "property": 64, "range": 48, "range_iterator": 48,
	"reversed": 32, "set_iterator": 48, "slice": 40, "staticmethod": 32, "str_ascii_iterator": 32,
	"str_iterator": 32, "super": 40, "traceback": 40, "tuple": 24, "tuple_iterator": 32,
	"wrapper_descriptor": 56, "zip": 48, "cell_iterator": 32,
	"BaseException": 72, "OSError": 112, "SyntaxError": 136, "StopIteration": 80,
	"SystemExit": 80, "ImportError": 96, "UnicodeDecodeError": 112, "UnicodeEncodeError": 112,
	"UnicodeTranslateError": 112, "NameError": 80, "AttributeError": 88, "BaseExceptionGroup": 88,
	"_io.StringIO": 120, "_io.BytesIO": 64, "_io.TextIOWrapper": 192, "_io.BufferedReader": 152,
	"_io.BufferedWriter": 152, "_io.BufferedRandom": 152, "_io.FileIO": 48,
}

func objectSizeof(ts *Thread, self *Object, args []*Object, kwnames *Object) *Object {
	// Named as the descriptor a method call finds (CPython names a
	// method bound by getattr after the receiver's type instead).
	if !CheckNoArgs(ts, "object.__sizeof__", args, kwnames) {
		return nil
	}
	t := self.Type()
	n := 16
	for _, b := range t.MRO {
		if b.IsHeapType() {
			continue
		}
		if v, ok := cpythonBasicSize[b.Name]; ok {
			n = v
			break
		}
	}
	if t.IsHeapType() {
		n += 8 // the weak-reference list a class adds to its instances
	}
	if tup := AsTuple(self); tup != nil {
		n += 8 * len(TupleItems(self))
	}
	return NewInt(ts, int64(n))
}

var objectSizeofDef = &MethodDef{Name: "__sizeof__", Fn: objectSizeof, Doc: "Size of object in memory, in bytes."}
