package builtins

import (
	"math"
	"strings"
	"syscall"
	"time"

	"minipy/vm"
	"minipy/vm/objects"
)

// The time module. Clocks come from Go's time package (monotonic clock
// for perf_counter/monotonic, getrusage for process_time); strftime
// implements the C library's directives for the C/POSIX locale.

var structTime = NewStructSeqType("time.struct_time",
	[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}, 9)

// monoBase makes monotonic readings small, positive numbers; it is set
// once at init and only read afterwards.
var monoBase = time.Now()

// gmtZone is UTC under the name glibc's gmtime gives it.
var gmtZone = time.FixedZone("GMT", 0)

func monoNanos() int64 { return int64(time.Since(monoBase)) + int64(time.Second) }

func timeArgs0(name string, f func(ts *objects.Thread) *Object) *objects.MethodDef {
	return gcNoArgs(name, f)
}

func processNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// secsArg reads the optional seconds argument of localtime/gmtime/ctime.
func secsArg(ts *objects.Thread, name string, args []*Object, kwnames *Object) (time.Time, bool) {
	if !objects.CheckArgsOld(ts, name, args, kwnames, 0, 1) {
		return time.Time{}, false
	}
	if len(args) == 0 || args[0] == objects.None {
		return time.Now(), true
	}
	v, ok := toFloat(ts, args[0])
	if !ok {
		if ts.ErrMatches(objects.TypeError) {
			ts.ClearErr()
			ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(args[0]))
		}
		return time.Time{}, false
	}
	if math.IsNaN(v) {
		ts.Raise(objects.ValueError, "Invalid value NaN (not a number)")
		return time.Time{}, false
	}
	if math.Abs(v) > 1e17 {
		ts.Raise(objects.OverflowError, "timestamp out of range for platform time_t")
		return time.Time{}, false
	}
	sec := math.Floor(v)
	return time.Unix(int64(sec), 0), true
}

func newStructTime(ts *objects.Thread, t time.Time) *Object {
	zone, off := t.Zone()
	isdst := int64(0)
	if t.IsDST() {
		isdst = 1
	}
	wday := (int(t.Weekday()) + 6) % 7
	return structTime.NewSteal(ts,
		objects.NewInt(ts, int64(t.Year())), objects.NewInt(ts, int64(t.Month())), objects.NewInt(ts, int64(t.Day())),
		objects.NewInt(ts, int64(t.Hour())), objects.NewInt(ts, int64(t.Minute())), objects.NewInt(ts, int64(t.Second())),
		objects.NewInt(ts, int64(wday)), objects.NewInt(ts, int64(t.YearDay())), objects.NewInt(ts, isdst),
		objects.NewStr(ts, zone), objects.NewInt(ts, int64(off)))
}

// tupleTime reads a struct_time or 9-tuple back into a time (local zone).
func tupleTime(ts *objects.Thread, fname string, o *Object) (time.Time, int, int, bool) {
	var items []*Object
	if o.Type() == structTime.T {
		items = objects.TupleItems((*structSeq)(ptr(o)).tup)
	} else if objects.AsTuple(o) != nil {
		items = objects.TupleItems(o)
	} else {
		ts.Raise(objects.TypeError, "Tuple or struct_time argument required")
		return time.Time{}, 0, 0, false
	}
	if len(items) != 9 {
		ts.Raisef(objects.TypeError, "%s(): illegal time tuple argument", fname)
		return time.Time{}, 0, 0, false
	}
	var v [9]int
	for i, it := range items {
		x, ok := objects.IndexValue(ts, it, objects.OverflowError)
		if !ok {
			return time.Time{}, 0, 0, false
		}
		v[i] = x
	}
	if fname == "strftime" || fname == "asctime" {
		if v[1] == 0 {
			v[1] = 1
		}
		if v[2] == 0 {
			v[2] = 1
		}
		if v[7] == 0 {
			v[7] = 1
		}
		if v[1] < 1 || v[1] > 12 {
			ts.Raise(objects.ValueError, "month out of range")
			return time.Time{}, 0, 0, false
		}
		if v[2] < 1 || v[2] > 31 {
			ts.Raise(objects.ValueError, "day of month out of range")
			return time.Time{}, 0, 0, false
		}
		if v[3] < 0 || v[3] > 23 {
			ts.Raise(objects.ValueError, "hour out of range")
			return time.Time{}, 0, 0, false
		}
		if v[4] < 0 || v[4] > 59 {
			ts.Raise(objects.ValueError, "minute out of range")
			return time.Time{}, 0, 0, false
		}
		if v[5] < 0 || v[5] > 61 {
			ts.Raise(objects.ValueError, "seconds out of range")
			return time.Time{}, 0, 0, false
		}
		if v[6] < 0 {
			ts.Raise(objects.ValueError, "day of week out of range")
			return time.Time{}, 0, 0, false
		}
		if v[7] < 1 || v[7] > 366 {
			ts.Raise(objects.ValueError, "day of year out of range")
			return time.Time{}, 0, 0, false
		}
	}
	t := time.Date(v[0], time.Month(v[1]), v[2], v[3], v[4], v[5], 0, time.Local)
	return t, (v[6] + 1) % 7, v[7], true
}

var (
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

func pad(n, w int, c byte) string {
	s := itoa(n)
	for len(s) < w {
		s = string(c) + s
	}
	return s
}

// strftime formats t with the C library's directives (C locale).
func strftime(format string, t time.Time, wday, yday int) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(dayNames[wday][:3])
		case 'A':
			b.WriteString(dayNames[wday])
		case 'b', 'h':
			b.WriteString(monthNames[t.Month()-1][:3])
		case 'B':
			b.WriteString(monthNames[t.Month()-1])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", t, wday, yday))
		case 'C':
			b.WriteString(pad(t.Year()/100, 2, '0'))
		case 'd':
			b.WriteString(pad(t.Day(), 2, '0'))
		case 'D':
			b.WriteString(strftime("%m/%d/%y", t, wday, yday))
		case 'e':
			b.WriteString(pad(t.Day(), 2, ' '))
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", t, wday, yday))
		case 'H':
			b.WriteString(pad(t.Hour(), 2, '0'))
		case 'I':
			h := t.Hour() % 12
			if h == 0 {
				h = 12
			}
			b.WriteString(pad(h, 2, '0'))
		case 'j':
			b.WriteString(pad(yday, 3, '0'))
		case 'm':
			b.WriteString(pad(int(t.Month()), 2, '0'))
		case 'M':
			b.WriteString(pad(t.Minute(), 2, '0'))
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if t.Hour() < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'r':
			b.WriteString(strftime("%I:%M:%S %p", t, wday, yday))
		case 'R':
			b.WriteString(strftime("%H:%M", t, wday, yday))
		case 'S':
			b.WriteString(pad(t.Second(), 2, '0'))
		case 't':
			b.WriteByte('\t')
		case 'T':
			b.WriteString(strftime("%H:%M:%S", t, wday, yday))
		case 'u':
			b.WriteString(itoa((wday+6)%7 + 1))
		case 'w':
			b.WriteString(itoa(wday))
		case 'x':
			b.WriteString(strftime("%m/%d/%y", t, wday, yday))
		case 'X':
			b.WriteString(strftime("%H:%M:%S", t, wday, yday))
		case 'y':
			b.WriteString(pad(t.Year()%100, 2, '0'))
		case 'Y':
			b.WriteString(itoa(t.Year()))
		case 'z':
			_, off := t.Zone()
			sign := byte('+')
			if off < 0 {
				sign, off = '-', -off
			}
			b.WriteByte(sign)
			b.WriteString(pad(off/3600, 2, '0') + pad(off%3600/60, 2, '0'))
		case 'Z':
			z, _ := t.Zone()
			b.WriteString(z)
		case 'U':
			b.WriteString(pad((yday+6-wday)/7, 2, '0'))
		case 'W':
			b.WriteString(pad((yday+6-(wday+6)%7)/7, 2, '0'))
		case 'G', 'g', 'V':
			y, w := t.ISOWeek()
			switch format[i] {
			case 'G':
				b.WriteString(itoa(y))
			case 'g':
				b.WriteString(pad(y%100, 2, '0'))
			default:
				b.WriteString(pad(w, 2, '0'))
			}
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func asctime(t time.Time, wday int) string {
	return dayNames[wday][:3] + " " + monthNames[t.Month()-1][:3] + " " + pad(t.Day(), 2, ' ') + " " +
		pad(t.Hour(), 2, '0') + ":" + pad(t.Minute(), 2, '0') + ":" + pad(t.Second(), 2, '0') + " " + itoa(t.Year())
}

var timeDefs = []*objects.MethodDef{
	timeArgs0("time", func(ts *objects.Thread) *Object { return objects.NewFloat(ts, float64(time.Now().UnixNano())/1e9) }),
	timeArgs0("time_ns", func(ts *objects.Thread) *Object { return objects.NewInt(ts, time.Now().UnixNano()) }),
	timeArgs0("perf_counter", func(ts *objects.Thread) *Object { return objects.NewFloat(ts, float64(monoNanos())/1e9) }),
	timeArgs0("perf_counter_ns", func(ts *objects.Thread) *Object { return objects.NewInt(ts, monoNanos()) }),
	timeArgs0("monotonic", func(ts *objects.Thread) *Object { return objects.NewFloat(ts, float64(monoNanos())/1e9) }),
	timeArgs0("monotonic_ns", func(ts *objects.Thread) *Object { return objects.NewInt(ts, monoNanos()) }),
	timeArgs0("process_time", func(ts *objects.Thread) *Object { return objects.NewFloat(ts, float64(processNanos())/1e9) }),
	timeArgs0("process_time_ns", func(ts *objects.Thread) *Object { return objects.NewInt(ts, processNanos()) }),
	{Name: "sleep", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "time.sleep", args, kwnames) {
			return nil
		}
		v, ok := toFloat(ts, args[0])
		if !ok {
			if ts.ErrMatches(objects.TypeError) {
				ts.ClearErr()
				ts.Raisef(objects.TypeError, "'%s' object cannot be interpreted as an integer", objects.TypeName(args[0]))
			}
			return nil
		}
		if math.IsNaN(v) {
			return ts.Raise(objects.ValueError, "Invalid value NaN (not a number)")
		}
		if v < 0 {
			return ts.Raise(objects.ValueError, "sleep length must be non-negative")
		}
		// The thread detaches from the interpreter while it sleeps, so
		// that the other threads run (vm/gil.go).
		if !vmThread(ts).Sleep(time.Duration(v * 1e9)) {
			return nil
		}
		return objects.None
	}},
	{Name: "localtime", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		t, ok := secsArg(ts, "localtime", args, kwnames)
		if !ok {
			return nil
		}
		return newStructTime(ts, t.Local())
	}},
	{Name: "gmtime", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		t, ok := secsArg(ts, "gmtime", args, kwnames)
		if !ok {
			return nil
		}
		return newStructTime(ts, t.In(gmtZone))
	}},
	{Name: "ctime", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		t, ok := secsArg(ts, "ctime", args, kwnames)
		if !ok {
			return nil
		}
		t = t.Local()
		return objects.NewStr(ts, asctime(t, int(t.Weekday())))
	}},
	{Name: "asctime", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "asctime", args, kwnames, 0, 1) {
			return nil
		}
		if len(args) == 0 {
			t := time.Now()
			return objects.NewStr(ts, asctime(t, int(t.Weekday())))
		}
		t, wday, _, ok := tupleTime(ts, "asctime", args[0])
		if !ok {
			return nil
		}
		return objects.NewStr(ts, asctime(t, wday))
	}},
	{Name: "mktime", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckOneArg(ts, "mktime", args, kwnames) {
			return nil
		}
		t, _, _, ok := tupleTime(ts, "mktime", args[0])
		if !ok {
			return nil
		}
		return objects.NewFloat(ts, float64(t.Unix()))
	}},
	{Name: "strftime", Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		if !objects.CheckArgs(ts, "strftime", args, kwnames, 1, 2) {
			return nil
		}
		if objects.AsStr(args[0]) == nil {
			return ts.Raisef(objects.TypeError, "strftime() argument 1 must be str, not %s", objects.TypeName(args[0]))
		}
		if len(args) == 1 {
			t := time.Now()
			return objects.NewStr(ts, strftime(objects.StrValue(args[0]), t, int(t.Weekday()), t.YearDay()))
		}
		t, wday, yday, ok := tupleTime(ts, "strftime", args[1])
		if !ok {
			return nil
		}
		return objects.NewStr(ts, strftime(objects.StrValue(args[0]), t, wday, yday))
	}},
}

func init() { registerDefs("time", timeDefs) }

func newTimeModule(th *vm.Thread) *Object {
	ts := th.TS
	now := time.Now()
	jan := time.Date(now.Year(), 1, 1, 0, 0, 0, 0, time.Local)
	jul := time.Date(now.Year(), 7, 1, 0, 0, 0, 0, time.Local)
	zj, oj := jan.Zone()
	zl, ol := jul.Zone()
	std, dst, stdOff, dstOff := zj, zl, oj, ol
	if oj > ol {
		std, dst, stdOff, dstOff = zl, zj, ol, oj
	}
	daylight := int64(0)
	if oj != ol {
		daylight = 1
	}
	vals := map[string]*Object{
		"struct_time": structTime.T.TypeObject(),
		"timezone":    objects.NewInt(ts, int64(-stdOff)), "altzone": objects.NewInt(ts, int64(-dstOff)),
		"daylight": objects.NewInt(ts, daylight),
		"tzname":   objects.NewTupleSteal(ts, objects.NewStr(ts, std), objects.NewStr(ts, dst)),
	}
	for k, v := range clockIDs {
		vals[k] = objects.NewInt(ts, v)
	}
	return makeModule(th, "time", "This module provides various functions to manipulate time values.", timeDefs, vals)
}
