package objects

// Per-interpreter number settings. CPython keeps int_max_str_digits on the
// interpreter (sys.set_int_max_str_digits changes it for that interpreter
// only), so it lives on the Space, not in a package variable.

// IntMaxStrDigitsDefault is CPython 3.11's default limit on the number of
// decimal digits int <-> str conversions accept (sys.int_info.default_max_str_digits).
const IntMaxStrDigitsDefault = 4300

// IntMaxStrDigitsThreshold is the smallest non-zero limit
// (sys.int_info.str_digits_check_threshold).
const IntMaxStrDigitsThreshold = 640

// NumConfig holds a Space's number settings. The zero value is CPython's
// default configuration.
type NumConfig struct {
	// maxStrDigits is the limit stored as limit+1 so that the zero value
	// means "default" (0 stands for 4300, 1 for "no limit").
	maxStrDigits int
}

// IntMaxStrDigits is sys.get_int_max_str_digits(): 0 means no limit.
func (c *NumConfig) IntMaxStrDigits() int {
	if c == nil || c.maxStrDigits == 0 {
		return IntMaxStrDigitsDefault
	}
	return c.maxStrDigits - 1
}

// SetIntMaxStrDigits is sys.set_int_max_str_digits(n); it reports false
// (with CPython's ValueError set) when n is neither 0 nor >= the threshold.
func (c *NumConfig) SetIntMaxStrDigits(ts *Thread, n int) bool {
	if n != 0 && n < IntMaxStrDigitsThreshold {
		ts.Raisef(ValueError, "maxdigits must be 0 or larger than %d", IntMaxStrDigitsThreshold)
		return false
	}
	if c != nil {
		c.maxStrDigits = n + 1
	}
	return true
}

// numConfigOf returns the number settings of ts's Space.
func numConfigOf(ts *Thread) *NumConfig {
	return &ts.Space.Num
}

// IntMaxStrDigits is the int <-> str digit limit of ts's interpreter (0: none).
func IntMaxStrDigits(ts *Thread) int { return numConfigOf(ts).IntMaxStrDigits() }

// SetIntMaxStrDigits sets the limit of ts's interpreter (sys.set_int_max_str_digits).
func SetIntMaxStrDigits(ts *Thread, n int) bool { return numConfigOf(ts).SetIntMaxStrDigits(ts, n) }
