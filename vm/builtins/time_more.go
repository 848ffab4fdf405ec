package builtins

import (
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"minipy/vm/objects"
)

// The rest of CPython 3.11's time module on Linux: clock_gettime and its
// clock ids, thread_time, get_clock_info, tzset and strptime (CPython's
// is _strptime.py; this one builds the same regular expression for the
// C locale's directives).

var clockInfo = NewStructSeqType("namespace", []string{"implementation", "monotonic", "adjustable", "resolution"}, 4)

var clockIDs = map[string]int64{"CLOCK_REALTIME": 0, "CLOCK_MONOTONIC": 1, "CLOCK_PROCESS_CPUTIME_ID": 2,
	"CLOCK_THREAD_CPUTIME_ID": 3, "CLOCK_MONOTONIC_RAW": 4, "CLOCK_BOOTTIME": 7, "CLOCK_TAI": 11}

// clockGettime is clock_gettime(2) (or getres when res is set).
func clockGettime(clk int64, res bool) (int64, error) {
	var t syscall.Timespec
	call := uintptr(syscall.SYS_CLOCK_GETTIME)
	if res {
		call = syscall.SYS_CLOCK_GETRES
	}
	if _, _, e := syscall.Syscall(call, uintptr(clk), uintptr(unsafe.Pointer(&t)), 0); e != 0 {
		return 0, e
	}
	return t.Sec*1e9 + t.Nsec, nil
}

func clockArg(ts *objects.Thread, name string, args []*Object, kwnames *Object) (int64, bool) {
	if !objects.CheckOneArg(ts, name, args, kwnames) {
		return 0, false
	}
	v, ok := objects.IndexValue(ts, args[0], objects.OverflowError)
	return int64(v), ok
}

func clockFn(name string, ns, res bool) *objects.MethodDef {
	return &objects.MethodDef{Name: name, Fn: func(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
		clk, ok := clockArg(ts, name, args, kwnames)
		if !ok {
			return nil
		}
		n, err := clockGettime(clk, res)
		if err != nil {
			return raiseOSErr2(ts, err, nil, nil)
		}
		if ns {
			return objects.NewInt(ts, n)
		}
		return objects.NewFloat(ts, float64(n)/1e9)
	}}
}

func threadNanos() int64 {
	n, err := clockGettime(3, false)
	if err != nil {
		return 0
	}
	return n
}

func timeGetClockInfo(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckOneArg(ts, "get_clock_info", args, kwnames) {
		return nil
	}
	if objects.AsStr(args[0]) == nil {
		return ts.Raisef(objects.TypeError, "get_clock_info() argument must be str, not %s", objects.TypeName(args[0]))
	}
	var impl string
	mono, adj := true, false
	switch objects.StrValue(args[0]) {
	case "time":
		impl, mono, adj = "clock_gettime(CLOCK_REALTIME)", false, true
	case "monotonic", "perf_counter":
		impl = "clock_gettime(CLOCK_MONOTONIC)"
	case "process_time":
		impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
	case "thread_time":
		impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
	default:
		return ts.Raise(objects.ValueError, "unknown clock")
	}
	return clockInfo.NewSteal(ts, objects.NewStr(ts, impl), objects.NewRef(objects.Bool(mono)),
		objects.NewRef(objects.Bool(adj)), objects.NewFloat(ts, 1e-09))
}

// strptimeRE are _strptime.TimeRE's patterns for the C locale.
var strptimeRE = map[byte]string{
	'd': `(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])`,
	'f': `(?P<f>[0-9]{1,6})`,
	'H': `(?P<H>2[0-3]|[0-1]\d|\d)`,
	'I': `(?P<I>1[0-2]|0[1-9]|[1-9])`,
	'j': `(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])`,
	'm': `(?P<m>1[0-2]|0[1-9]|[1-9])`,
	'M': `(?P<M>[0-5]\d|\d)`,
	'S': `(?P<S>6[0-1]|[0-5]\d|\d)`,
	'w': `(?P<w>[0-6])`,
	'u': `(?P<u>[1-7])`,
	'y': `(?P<y>\d\d)`,
	'Y': `(?P<Y>\d\d\d\d)`,
	'z': `(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))`,
	'a': `(?P<a>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)`,
	'A': `(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)`,
	'b': `(?P<b>january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
	'B': `(?P<B>january|february|march|april|may|june|july|august|september|october|november|december)`,
	'p': `(?P<p>am|pm)`,
	'Z': `(?P<Z>utc|gmt)`,
	'%': `%`,
}

func timeStrptime(ts *objects.Thread, _ *Object, args []*Object, kwnames *Object) *Object {
	if !objects.CheckArgs(ts, "strptime", args, kwnames, 1, 2) {
		return nil
	}
	for i, a := range args {
		if objects.AsStr(a) == nil {
			return ts.Raisef(objects.TypeError, "strptime() argument %d must be str, not %s", i, objects.TypeName(a))
		}
	}
	data, format := objects.StrValue(args[0]), "%a %b %d %H:%M:%S %Y"
	if len(args) == 2 {
		format = objects.StrValue(args[1])
	}
	var re strings.Builder
	re.WriteString(`(?i)^`)
	seen := map[byte]bool{}
	for i := 0; i < len(format); i++ {
		c := format[i]
		switch {
		case c == '%' && i+1 < len(format):
			i++
			d := format[i]
			p, ok := strptimeRE[d]
			if !ok {
				if d == 'c' || d == 'x' || d == 'X' {
					sub := map[byte]string{'c': "%a %b %d %H:%M:%S %Y", 'x': "%m/%d/%y", 'X': "%H:%M:%S"}[d]
					format = format[:i+1] + sub[1:] + format[i+1:]
					format = format[:i-1] + format[i-1:]
					i--
					continue
				}
				return ts.Raisef(objects.ValueError, "'%c' is a bad directive in format '%s'", d, format)
			}
			if seen[d] && d != '%' {
				// A repeated directive is a back-reference in _strptime.
				p = `(?:` + p[strings.Index(p, ">")+1:]
			}
			seen[d] = true
			re.WriteString(p)
		case c == '%':
			return ts.Raisef(objects.ValueError, "stray %% in format '%s'", format)
		case c == ' ' || c == '\t' || c == '\n':
			re.WriteString(`\s+`)
			for i+1 < len(format) && strings.IndexByte(" \t\n", format[i+1]) >= 0 {
				i++
			}
		default:
			re.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	rx, err := regexp.Compile(re.String())
	if err != nil {
		return ts.Raise(objects.ValueError, err.Error())
	}
	m := rx.FindStringSubmatchIndex(data)
	if m == nil {
		return ts.Raisef(objects.ValueError, "time data %s does not match format %s", objects.StrRepr(data), objects.StrRepr(format))
	}
	if m[1] != len(data) {
		return ts.Raisef(objects.ValueError, "unconverted data remains: %s", data[m[1]:])
	}
	year, month, day, hour, minute, sec, yday, wday := 1900, 1, 1, 0, 0, 0, -1, -1
	pm := -1
	get := func(n string) (string, bool) {
		i := rx.SubexpIndex(n)
		if i < 0 || m[2*i] < 0 {
			return "", false
		}
		return data[m[2*i]:m[2*i+1]], true
	}
	num := func(n string) (int, bool) {
		s, ok := get(n)
		if !ok {
			return 0, false
		}
		v, _ := strconv.Atoi(strings.TrimSpace(s))
		return v, true
	}
	if v, ok := num("Y"); ok {
		year = v
	} else if v, ok := num("y"); ok {
		if v <= 68 {
			year = 2000 + v
		} else {
			year = 1900 + v
		}
	}
	if v, ok := num("m"); ok {
		month = v
	}
	for _, n := range []string{"b", "B"} {
		if s, ok := get(n); ok {
			s = strings.ToLower(s)
			for i, mn := range monthNames {
				if strings.HasPrefix(strings.ToLower(mn), s) && (len(s) == 3 || len(s) == len(mn)) {
					month = i + 1
				}
			}
		}
	}
	if v, ok := num("d"); ok {
		day = v
	}
	if s, ok := get("p"); ok {
		pm = 0
		if strings.ToLower(s) == "pm" {
			pm = 1
		}
	}
	if v, ok := num("H"); ok {
		hour = v
	} else if v, ok := num("I"); ok {
		hour = v % 12
		if pm == 1 {
			hour += 12
		}
	}
	if v, ok := num("M"); ok {
		minute = v
	}
	if v, ok := num("S"); ok {
		sec = v
	}
	if v, ok := num("j"); ok {
		yday = v
	}
	for _, n := range []string{"a", "A"} {
		if s, ok := get(n); ok {
			s = strings.ToLower(s)
			for i, dn := range dayNames {
				if strings.HasPrefix(strings.ToLower(dn), s) {
					wday = (i + 6) % 7
				}
			}
		}
	}
	if v, ok := num("w"); ok {
		wday = (v + 6) % 7
	}
	if v, ok := num("u"); ok {
		wday = v - 1
	}
	if yday >= 1 && month == 1 && day == 1 {
		t := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, yday-1)
		month, day = int(t.Month()), t.Day()
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month {
		return ts.Raise(objects.ValueError, "day is out of range for month")
	}
	if yday < 0 {
		yday = t.YearDay()
	}
	if wday < 0 {
		wday = (int(t.Weekday()) + 6) % 7
	}
	vals := []int{year, month, day, hour, minute, sec, wday, yday, -1}
	objs := make([]*Object, 0, 11)
	for _, v := range vals {
		objs = append(objs, objects.NewInt(ts, int64(v)))
	}
	objs = append(objs, objects.NewRef(objects.None), objects.NewRef(objects.None))
	return structTime.NewSteal(ts, objs...)
}

var timeMoreDefs = []*objects.MethodDef{
	clockFn("clock_gettime", false, false),
	clockFn("clock_gettime_ns", true, false),
	clockFn("clock_getres", false, true),
	timeArgs0("thread_time", func(ts *objects.Thread) *Object { return objects.NewFloat(ts, float64(threadNanos())/1e9) }),
	timeArgs0("thread_time_ns", func(ts *objects.Thread) *Object { return objects.NewInt(ts, threadNanos()) }),
	{Name: "get_clock_info", Fn: timeGetClockInfo},
	{Name: "strptime", Fn: timeStrptime},
	timeArgs0("tzset", func(ts *objects.Thread) *Object { return objects.None }),
}

func init() {
	registerDefs("time", timeMoreDefs)
	timeDefs = append(timeDefs, timeMoreDefs...)
}
