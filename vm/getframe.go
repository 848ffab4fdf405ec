package vm

import "minipy/vm/objects"

// GetFrame is sys._getframe(depth): a frame object for the Python frame
// depth calls below the running one, with f_back, f_locals and f_lineno
// as they are now. minipy's running frames are not objects, so each call
// makes snapshots (of the whole chain of callers, for f_back).
func (th *Thread) GetFrame(depth int) *Object {
	ts := th.TS
	f := th.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil || depth < 0 {
		return ts.Raise(objects.ValueError, "call stack is not deep enough")
	}
	return th.frameSnapshot(f)
}

func (th *Thread) frameSnapshot(f *Frame) *Object {
	ts := th.TS
	fo := newFrameObject(ts, f, max(f.pc-1, 0))
	obj := (*FrameObject)(ptr(fo))
	if obj.locals == nil {
		if obj.locals = th.frameLocals(f); obj.locals == nil {
			objects.Decref(ts, fo)
			return nil
		}
	}
	if f.back != nil {
		if obj.back = th.frameSnapshot(f.back); obj.back == nil {
			objects.Decref(ts, fo)
			return nil
		}
	}
	return fo
}
