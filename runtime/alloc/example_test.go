package alloc_test

import (
	"fmt"

	"minipy/runtime/alloc"
)

// Float is an object struct: the Header first, then the object layer's fields.
type Float struct {
	alloc.Header
	typ *struct{} // the object layer's type word
	v   float64
}

var floatClass = alloc.NewClass[Float]("float")

func Example() {
	h := alloc.NewHeap(alloc.Config{})
	f := alloc.Alloc(h, floatClass)
	f.Refcnt, f.v = 1, 2.5
	fmt.Println(h.AllocatedBlocks(), floatClass.BlockSize())
	fmt.Print(h.LeakReport(nil, 1))
	alloc.Free(h, floatClass, f)
	fmt.Println(h.AllocatedBlocks(), h.LeakReport(nil, 1) == "")
	// Output:
	// 1 24
	// 1 block in use in 1 class
	//   float: 1
	//     refcnt=1
	// 0 true
}
