package builtins

import "unsafe"

// ptrMemo is the pickler's memo: object identity to memo index, an
// open-addressing table keyed by the object's address (objects do not
// move, and the memo holds a reference to each key, so an address is
// never reused while it is in the table). Faster than a Go map on the
// lookup every save() makes.
type ptrMemo struct {
	keys []*Object
	vals []int
	n    int
}

func (m *ptrMemo) slot(o *Object) uint64 {
	h := uint64(uintptr(unsafe.Pointer(o))>>3) * 0x9e3779b97f4a7c15
	return h >> 32
}

// get returns the index memoized for o.
func (m *ptrMemo) get(o *Object) (int, bool) {
	if m.n == 0 {
		return 0, false
	}
	mask := uint64(len(m.keys) - 1)
	for i := m.slot(o) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case o:
			return m.vals[i], true
		case nil:
			return 0, false
		}
	}
}

// put records o at idx (o must not be in the table yet, or is updated).
func (m *ptrMemo) put(o *Object, idx int) {
	if (m.n+1)*2 > len(m.keys) {
		m.grow()
	}
	mask := uint64(len(m.keys) - 1)
	for i := m.slot(o) & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case o:
			m.vals[i] = idx
			return
		case nil:
			m.keys[i], m.vals[i] = o, idx
			m.n++
			return
		}
	}
}

func (m *ptrMemo) grow() {
	old, oldv := m.keys, m.vals
	size := max(64, 2*len(old))
	m.keys, m.vals, m.n = make([]*Object, size), make([]int, size), 0
	for i, k := range old {
		if k != nil {
			m.put(k, oldv[i])
		}
	}
}

func (m *ptrMemo) has(o *Object) bool {
	_, ok := m.get(o)
	return ok
}
