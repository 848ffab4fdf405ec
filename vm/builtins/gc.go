package builtins

import (
	"minipy/vm"
	"minipy/vm/objects"
)

// The gc module over the object layer's collector (objects/gc_module.go).

func gcNoArgs(name string, f func(ts *objects.Thread) *Object) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoArgs(ts, name, args, kwnames) {
			return nil
		}
		return f(ts)
	}}
}

func intTriple(ts *objects.Thread, v [objects.NumGenerations]int) *Object {
	return objects.NewTupleSteal(ts, objects.NewInt(ts, int64(v[0])), objects.NewInt(ts, int64(v[1])), objects.NewInt(ts, int64(v[2])))
}

var gcDefs = []*objects.MethodDef{
	{Name: "collect", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var gen *Object
		if !objects.ParseArgs(ts, "collect", args, kwnames, []string{"generation"}, 0, &gen) {
			return nil
		}
		g := objects.NumGenerations - 1
		if gen != nil {
			v, ok := objects.IndexValue(ts, gen, objects.OverflowError)
			if !ok {
				return nil
			}
			if v < 0 || v >= objects.NumGenerations {
				return ts.Raise(objects.ValueError, "invalid generation")
			}
			g = v
		}
		n := objects.Collect(ts, g)
		if n < 0 {
			return nil
		}
		return objects.NewInt(ts, int64(n))
	}},
	gcNoArgs("enable", func(ts *objects.Thread) *Object { objects.GCEnable(ts); return objects.None }),
	gcNoArgs("disable", func(ts *objects.Thread) *Object { objects.GCDisable(ts); return objects.None }),
	gcNoArgs("isenabled", func(ts *objects.Thread) *Object { return objects.Bool(objects.GCIsEnabled(ts)) }),
	gcNoArgs("get_count", func(ts *objects.Thread) *Object { return intTriple(ts, objects.GCGetCount(ts)) }),
	gcNoArgs("get_threshold", func(ts *objects.Thread) *Object { return intTriple(ts, objects.GCGetThreshold(ts)) }),
	gcNoArgs("get_debug", func(ts *objects.Thread) *Object { return objects.NewInt(ts, int64(objects.GCGetDebug(ts))) }),
	gcNoArgs("freeze", func(ts *objects.Thread) *Object { objects.GCFreeze(ts); return objects.None }),
	gcNoArgs("unfreeze", func(ts *objects.Thread) *Object { objects.GCUnfreeze(ts); return objects.None }),
	gcNoArgs("get_freeze_count", func(ts *objects.Thread) *Object { return objects.NewInt(ts, int64(objects.GCGetFreezeCount(ts))) }),
	gcNoArgs("get_stats", func(ts *objects.Thread) *Object {
		stats := objects.GCGetStats(ts)
		items := make([]*Object, 0, len(stats))
		for _, st := range stats {
			d := objects.NewDict(ts)
			if d == nil {
				clearAll(ts, items)
				return nil
			}
			for _, kv := range []struct {
				k string
				v int
			}{{"collections", st.Collections}, {"collected", st.Collected}, {"uncollectable", st.Uncollectable}} {
				n := objects.NewInt(ts, int64(kv.v))
				objects.DictSetItemStr(ts, d, kv.k, n)
				objects.Decref(ts, n)
			}
			items = append(items, d)
		}
		return objects.NewListSteal(ts, items)
	}),
	{Name: "set_debug", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "set_debug", args, kwnames) {
			return nil
		}
		v, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
		if !ok {
			return nil
		}
		objects.GCSetDebug(ts, v)
		return objects.None
	}},
	{Name: "set_threshold", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgsOld(ts, "set_threshold", args, kwnames, 1, 3) {
			return nil
		}
		var th []int
		for _, a := range args {
			if objects.IsFloat(a) {
				return ts.Raise(objects.TypeError, "'float' object cannot be interpreted as an integer")
			}
			v, ok := objects.IndexValue(ts, a, objects.OverflowError)
			if !ok {
				return nil
			}
			th = append(th, v)
		}
		objects.GCSetThreshold(ts, th...)
		return objects.None
	}},
	{Name: "get_objects", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		var gen *Object
		if !objects.ParseArgs(ts, "get_objects", args, kwnames, []string{"generation"}, 0, &gen) {
			return nil
		}
		g := -1
		if gen != nil && gen != objects.None {
			v, ok := objects.IndexValue(ts, gen, objects.OverflowError)
			if !ok {
				return nil
			}
			g = v
		}
		return objects.GCGetObjects(ts, g)
	}},
	{Name: "get_referents", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoKw(ts, "get_referents", kwnames) {
			return nil
		}
		return objects.GCGetReferents(ts, args)
	}},
	{Name: "get_referrers", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckNoKw(ts, "get_referrers", kwnames) {
			return nil
		}
		return objects.GCGetReferrers(ts, args)
	}},
	{Name: "is_tracked", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "is_tracked", args, kwnames) {
			return nil
		}
		return objects.Bool(objects.GCIsTracked(args[0]))
	}},
	{Name: "is_finalized", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "is_finalized", args, kwnames) {
			return nil
		}
		return objects.Bool(objects.GCIsFinalized(args[0]))
	}},
}

func init() { registerDefs("gc", gcDefs) }

func newGCModule(th *vm.Thread) *Object {
	ts := th.TS
	return makeModule(th, "gc", "This module provides access to the garbage collector for reference cycles.", gcDefs, map[string]*Object{
		"garbage": objects.NewRef(objects.GCGarbage(ts)), "callbacks": objects.NewRef(objects.GCCallbacks(ts)),
		"DEBUG_STATS": objects.NewInt(ts, 1), "DEBUG_COLLECTABLE": objects.NewInt(ts, 2),
		"DEBUG_UNCOLLECTABLE": objects.NewInt(ts, 4), "DEBUG_SAVEALL": objects.NewInt(ts, 32),
		"DEBUG_LEAK": objects.NewInt(ts, 38),
	})
}
