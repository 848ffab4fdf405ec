package stdlib

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// _heapq and _bisect in Go. The heap functions work in place on a list's
// item slice: moving an item is a swap of two slots, so no reference
// count changes; after every comparison (which may run Python code) the
// list is looked at again and a change of size is an error, as in
// CPython.

var heapqDefs, bisectDefs []*objects.MethodDef

func newUnderHeapqModule(th *vm.Thread) *Object {
	return makeModule(th, "_heapq", "Heap queue algorithm (a.k.a. priority queue).", heapqDefs, nil)
}

func newUnderBisectModule(th *vm.Thread) *Object {
	return makeModule(th, "_bisect", "Bisection algorithms.", bisectDefs, nil)
}

// heapLess is a < b (or b < a for the max-heap functions): 1, 0 or -1.
func heapLess(ts *objects.Thread, a, b *Object, max bool) int {
	if max {
		a, b = b, a
	}
	objects.Incref(a)
	objects.Incref(b)
	r := objects.RichCompareBool(ts, a, b, objects.LT)
	objects.Decref(ts, a)
	objects.Decref(ts, b)
	return r
}

func sizeChanged(ts *objects.Thread) bool {
	ts.Raise(objects.RuntimeError, "list changed size during iteration")
	return false
}

// siftDown moves the item at pos up towards start while it is smaller
// than its parent.
func siftDown(ts *objects.Thread, heap *Object, start, pos int, max bool) bool {
	n := len(objects.ListItems(heap))
	for pos > start {
		parent := (pos - 1) / 2
		h := objects.ListItems(heap)
		r := heapLess(ts, h[pos], h[parent], max)
		if r < 0 {
			return false
		}
		h = objects.ListItems(heap)
		if len(h) != n {
			return sizeChanged(ts)
		}
		if r == 0 {
			break
		}
		h[pos], h[parent] = h[parent], h[pos]
		pos = parent
	}
	return true
}

// siftUp sinks the item at pos to a leaf along the smaller children, then
// lets it rise to its place (the bottom-up variant: fewer comparisons).
func siftUp(ts *objects.Thread, heap *Object, pos int, max bool) bool {
	n := len(objects.ListItems(heap))
	start := pos
	child := 2*pos + 1
	for child < n {
		if right := child + 1; right < n {
			h := objects.ListItems(heap)
			r := heapLess(ts, h[child], h[right], max)
			if r < 0 {
				return false
			}
			if len(objects.ListItems(heap)) != n {
				return sizeChanged(ts)
			}
			if r == 0 {
				child = right
			}
		}
		h := objects.ListItems(heap)
		h[pos], h[child] = h[child], h[pos]
		pos = child
		child = 2*pos + 1
	}
	return siftDown(ts, heap, start, pos, max)
}

func heapList(ts *objects.Thread, fname string, o *Object, argument string) bool {
	if objects.AsList(o) == nil {
		ts.Raisef(objects.TypeError, "%s() %s must be list, not %s", fname, argument, objects.TypeName(o))
		return false
	}
	return true
}

// popLast removes and returns the list's last item.
func popLast(ts *objects.Thread, l *Object) *Object {
	h := objects.ListItems(l)
	last := objects.NewRef(h[len(h)-1])
	idx := objects.NewInt(ts, int64(len(h)-1))
	r := objects.DelItem(ts, l, idx)
	objects.Decref(ts, idx)
	if r < 0 {
		objects.Decref(ts, last)
		return nil
	}
	return last
}

func heappop(ts *objects.Thread, heap *Object, max bool) *Object {
	if len(objects.ListItems(heap)) == 0 {
		return ts.Raise(objects.IndexError, "index out of range")
	}
	last := popLast(ts, heap)
	if last == nil {
		return nil
	}
	h := objects.ListItems(heap)
	if len(h) == 0 {
		return last
	}
	// The last item takes the root's place and sinks.
	top := h[0]
	h[0] = last
	if !siftUp(ts, heap, 0, max) {
		objects.Decref(ts, top)
		return nil
	}
	return top
}

func heapreplace(ts *objects.Thread, heap, item *Object, max bool) *Object {
	h := objects.ListItems(heap)
	if len(h) == 0 {
		return ts.Raise(objects.IndexError, "index out of range")
	}
	top := h[0]
	h[0] = objects.NewRef(item)
	if !siftUp(ts, heap, 0, max) {
		objects.Decref(ts, top)
		return nil
	}
	return top
}

func heapify(ts *objects.Thread, heap *Object, max bool) bool {
	n := len(objects.ListItems(heap))
	for i := n/2 - 1; i >= 0; i-- {
		if !siftUp(ts, heap, i, max) {
			return false
		}
	}
	return true
}

func init() {
	oneList := func(name string, f func(ts *objects.Thread, heap *Object) *Object) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckOneArg(ts, "_heapq."+name, args, kw) || !heapList(ts, name, args[0], "argument") {
				return nil
			}
			return f(ts, args[0])
		}}
	}
	listAndItem := func(name string, f func(ts *objects.Thread, heap, item *Object) *Object) *objects.MethodDef {
		return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			if !objects.CheckNoKw(ts, "_heapq."+name, kw) || !objects.CheckArgs(ts, name, args, kw, 2, 2) ||
				!heapList(ts, name, args[0], "argument 1") {
				return nil
			}
			return f(ts, args[0], args[1])
		}}
	}
	heapqDefs = []*objects.MethodDef{
		listAndItem("heappush", func(ts *objects.Thread, heap, item *Object) *Object {
			if objects.ListAppend(ts, heap, item) < 0 {
				return nil
			}
			if !siftDown(ts, heap, 0, len(objects.ListItems(heap))-1, false) {
				return nil
			}
			return objects.None
		}),
		oneList("heappop", func(ts *objects.Thread, heap *Object) *Object { return heappop(ts, heap, false) }),
		listAndItem("heapreplace", func(ts *objects.Thread, heap, item *Object) *Object {
			return heapreplace(ts, heap, item, false)
		}),
		listAndItem("heappushpop", func(ts *objects.Thread, heap, item *Object) *Object {
			h := objects.ListItems(heap)
			if len(h) == 0 {
				return objects.NewRef(item)
			}
			r := heapLess(ts, h[0], item, false)
			if r < 0 {
				return nil
			}
			if r == 0 {
				return objects.NewRef(item)
			}
			if len(objects.ListItems(heap)) == 0 {
				return ts.Raise(objects.IndexError, "index out of range")
			}
			return heapreplace(ts, heap, item, false)
		}),
		oneList("heapify", func(ts *objects.Thread, heap *Object) *Object {
			if !heapify(ts, heap, false) {
				return nil
			}
			return objects.None
		}),
		oneList("_heapify_max", func(ts *objects.Thread, heap *Object) *Object {
			if !heapify(ts, heap, true) {
				return nil
			}
			return objects.None
		}),
		oneList("_heappop_max", func(ts *objects.Thread, heap *Object) *Object { return heappop(ts, heap, true) }),
		listAndItem("_heapreplace_max", func(ts *objects.Thread, heap, item *Object) *Object {
			return heapreplace(ts, heap, item, true)
		}),
	}
	heapqDefs[0].Doc = "Push item onto heap, maintaining the heap invariant."
	heapqDefs[1].Doc = "Pop the smallest item off the heap, maintaining the heap invariant."
	registerDefs("_heapq", heapqDefs)

	bisectDefs = []*objects.MethodDef{
		{Name: "bisect_right", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			return bisectCall(ts, "bisect_right", args, kw, true, false)
		}, Doc: "Return the index where to insert item x in list a, assuming a is sorted."},
		{Name: "bisect_left", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			return bisectCall(ts, "bisect_left", args, kw, false, false)
		}, Doc: "Return the index where to insert item x in list a, assuming a is sorted."},
		{Name: "insort_right", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			return bisectCall(ts, "insort_right", args, kw, true, true)
		}, Doc: "Insert item x in list a, and keep it sorted assuming a is sorted."},
		{Name: "insort_left", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kw *Object) *Object {
			return bisectCall(ts, "insort_left", args, kw, false, true)
		}, Doc: "Insert item x in list a, and keep it sorted assuming a is sorted."},
	}
	registerDefs("_bisect", bisectDefs)
}

// bisectCall parses (a, x, lo=0, hi=None, *, key=None), finds the
// insertion point, and for insort inserts x there.
func bisectCall(ts *objects.Thread, name string, args []*Object, kw *Object, right, insort bool) *Object {
	var a, x, loObj, hiObj, key *Object
	if !objects.ParseArgs(ts, name, args, kw, []string{"a", "x", "lo", "hi", "*", "key"}, 2, &a, &x, &loObj, &hiObj, &key) {
		return nil
	}
	lo, hi := int64(0), int64(-1)
	if loObj != nil {
		v, ok := objects.AsInt64(ts, loObj)
		if !ok {
			return nil
		}
		lo = v
	}
	if lo < 0 {
		return ts.Raise(objects.ValueError, "lo must be non-negative")
	}
	if hiObj != nil && hiObj != objects.None {
		v, ok := objects.AsInt64(ts, hiObj)
		if !ok {
			return nil
		}
		hi = v
	}
	if hiObj == nil || hiObj == objects.None || hi == -1 {
		n := objects.Len(ts, a)
		if n < 0 {
			return nil
		}
		hi = int64(n)
	}
	if key == objects.None {
		key = nil
	}
	// The probe compares x with key(a[mid]); with a key, insort compares
	// key(x).
	probe := x
	if key != nil && insort {
		if probe = objects.CallOneArg(ts, key, x); probe == nil {
			return nil
		}
		defer objects.Decref(ts, probe)
	}
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		idx := objects.NewInt(ts, mid)
		item := objects.GetItem(ts, a, idx)
		objects.Decref(ts, idx)
		if item == nil {
			return nil
		}
		if key != nil {
			k := objects.CallOneArg(ts, key, item)
			objects.Decref(ts, item)
			if k == nil {
				return nil
			}
			item = k
		}
		var r int
		if right {
			r = objects.RichCompareBool(ts, probe, item, objects.LT)
		} else {
			r = objects.RichCompareBool(ts, item, probe, objects.LT)
		}
		objects.Decref(ts, item)
		if r < 0 {
			return nil
		}
		if (r == 1) == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	if !insort {
		return objects.NewInt(ts, lo)
	}
	if a.Type() == objects.ListType {
		if objects.ListInsert(ts, a, int(lo), x) < 0 {
			return nil
		}
		return objects.None
	}
	at := objects.NewInt(ts, lo)
	r := objects.CallMethod(ts, a, "insert", at, x)
	objects.Decref(ts, at)
	if r == nil {
		return nil
	}
	objects.Decref(ts, r)
	return objects.None
}
