"""Package time: durations, timers and tickers on the scheduler's clock, and
civil time (Date, Format, arithmetic) for UTC and the local zone.

The clock is the scheduler's: real time by default, virtual with
--virtual-time (it jumps to the next timer when every goroutine is blocked).
A Time is a struct {sec, nsec, loc, mono}: seconds since January 1 year 1
UTC, nanoseconds, the location, and a monotonic reading (0 if none).
"""
from __future__ import annotations

import time as _time

from ..runtime.context import RUN

GO_DECLS = '''
package time

import "errors"

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func (d Duration) String() string
func (d Duration) Nanoseconds() int64   { return int64(d) }
func (d Duration) Microseconds() int64  { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64  { return int64(d) / 1e6 }
func (d Duration) Seconds() float64     { sec := d / Second; nsec := d % Second; return float64(sec) + float64(nsec)/1e9 }
func (d Duration) Minutes() float64     { min := d / Minute; nsec := d % Minute; return float64(min) + float64(nsec)/(60*1e9) }
func (d Duration) Hours() float64       { hour := d / Hour; nsec := d % Hour; return float64(hour) + float64(nsec)/(60*60*1e9) }
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

func (m Month) String() string

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string

type Location struct {
	name   string
	utc    bool
	fixed  bool // FixedZone's: always offset seconds east of UTC
	offset int
}

func FixedZone(name string, offset int) *Location {
	return &Location{name: name, fixed: true, offset: offset}
}

func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

var UTC *Location = &Location{name: "UTC", utc: true}
var Local *Location = &Location{name: localName()}

func localName() string

type Time struct {
	sec  int64
	nsec int32
	loc  *Location
	mono int64
}

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

func Now() Time
func Unix(sec int64, nsec int64) Time
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time
func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration
func (t Time) Add(d Duration) Time
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}
func (t Time) After(u Time) bool  { return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec }
func (t Time) Before(u Time) bool { return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec }
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}
func (t Time) Equal(u Time) bool { return t.sec == u.sec && t.nsec == u.nsec }
func (t Time) IsZero() bool      { return t.sec == 0 && t.nsec == 0 }
func (t Time) Unix() int64
func (t Time) UnixNano() int64
func (t Time) UnixMilli() int64 { return t.UnixNano() / 1e6 }
func (t Time) UnixMicro() int64 { return t.UnixNano() / 1e3 }
func (t Time) Date() (year int, month Month, day int)
func (t Time) Clock() (hour, min, sec int)
func (t Time) Year() int          { y, _, _ := t.Date(); return y }
func (t Time) Month() Month       { _, m, _ := t.Date(); return m }
func (t Time) Day() int           { _, _, d := t.Date(); return d }
func (t Time) Hour() int          { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int        { _, m, _ := t.Clock(); return m }
func (t Time) Second() int        { _, _, s := t.Clock(); return s }
func (t Time) Nanosecond() int    { return int(t.nsec) }
func (t Time) Weekday() Weekday
func (t Time) YearDay() int
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}
// UTC, Local and In drop the monotonic reading, as Go's setLoc does.
func (t Time) UTC() Time   { t.loc = UTC; t.mono = 0; return t }
func (t Time) Local() Time { t.loc = Local; t.mono = 0; return t }
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	t.mono = 0
	return t
}
func (t Time) Round(d Duration) Time
func (t Time) Truncate(d Duration) Time
func (t Time) Format(layout string) string
func (t Time) AppendFormat(b []byte, layout string) []byte { return append(b, t.Format(layout)...) }
func (t Time) String() string
func (t Time) Zone() (name string, offset int)
func (t Time) ISOWeek() (year, week int)

// The encoding methods: RFC 3339 text (MarshalText, AppendText,
// MarshalJSON and their inverses) and Go's 15/16-byte binary form.

// strictRFC3339 is t in RFC 3339 with sub-second precision, or the reason it
// cannot be (a year of other than four digits, a zone hour of 24 or more).
func (t Time) strictRFC3339() (string, string) {
	s := t.Format(RFC3339Nano)
	if len(s) < 5 || s[4] != '-' {
		return "", "year outside of range [0,9999]"
	}
	if s[len(s)-1] != 'Z' {
		c := s[len(s)-6]
		if '0' <= c && c <= '9' || (s[len(s)-5]-'0')*10+(s[len(s)-4]-'0') >= 24 {
			return "", "timezone hour outside of range [0,23]"
		}
	}
	return s, ""
}

func (t Time) appendTo(b []byte, errPrefix string) ([]byte, error) {
	s, why := t.strictRFC3339()
	if why != "" {
		return nil, errors.New(errPrefix + why)
	}
	return append(b, s...), nil
}

func (t Time) AppendText(b []byte) ([]byte, error) { return t.appendTo(b, "Time.AppendText: ") }
func (t Time) MarshalText() ([]byte, error) {
	return t.appendTo(make([]byte, 0, len(RFC3339Nano)), "Time.MarshalText: ")
}
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

func (t Time) MarshalJSON() ([]byte, error) {
	s, why := t.strictRFC3339()
	if why != "" {
		return nil, errors.New("Time.MarshalJSON: " + why)
	}
	return []byte(`"` + s + `"`), nil
}

func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}

func (t Time) AppendBinary(b []byte) ([]byte, error) {
	var offsetMin int16 // minutes east of UTC; -1 means the UTC location
	var offsetSec int8
	version := byte(1)
	if t.Location() == UTC {
		offsetMin = -1
	} else {
		_, offset := t.Zone()
		if offset%60 != 0 {
			version = 2
			offsetSec = int8(offset % 60)
		}
		offset /= 60
		if offset < -32768 || offset == -1 || offset > 32767 {
			return b, errors.New("Time.MarshalBinary: unexpected zone offset")
		}
		offsetMin = int16(offset)
	}
	sec, nsec := t.sec, t.nsec
	b = append(b, version,
		byte(sec>>56), byte(sec>>48), byte(sec>>40), byte(sec>>32),
		byte(sec>>24), byte(sec>>16), byte(sec>>8), byte(sec),
		byte(nsec>>24), byte(nsec>>16), byte(nsec>>8), byte(nsec),
		byte(offsetMin>>8), byte(offsetMin))
	if version == 2 {
		b = append(b, byte(offsetSec))
	}
	return b, nil
}

func (t Time) MarshalBinary() ([]byte, error) {
	b, err := t.AppendBinary(make([]byte, 0, 16))
	if err != nil {
		return nil, err
	}
	return b, nil
}

func (t *Time) UnmarshalBinary(data []byte) error {
	if len(data) == 0 {
		return errors.New("Time.UnmarshalBinary: no data")
	}
	version := data[0]
	if version != 1 && version != 2 {
		return errors.New("Time.UnmarshalBinary: unsupported version")
	}
	want := 15
	if version == 2 {
		want++
	}
	if len(data) != want {
		return errors.New("Time.UnmarshalBinary: invalid length")
	}
	var sec int64
	for _, c := range data[1:9] {
		sec = sec<<8 | int64(c)
	}
	var nsec int32
	for _, c := range data[9:13] {
		nsec = nsec<<8 | int32(c)
	}
	offset := int(int16(data[14])|int16(data[13])<<8) * 60
	if version == 2 {
		offset += int(int8(data[15]))
	}
	*t = Time{sec: sec, nsec: nsec}
	switch {
	case offset == -60:
		t.loc = UTC
	case offset == localOffsetAt(sec):
		t.loc = Local
	default:
		t.loc = FixedZone("", offset)
	}
	return nil
}

func localOffsetAt(sec int64) int

func (t Time) GobEncode() ([]byte, error)  { return t.MarshalBinary() }
func (t *Time) GobDecode(data []byte) error { return t.UnmarshalBinary(data) }

type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

func quote(s string) string

func parse(layout, value string, local bool) (Time, string, string, string, string)

func Parse(layout, value string) (Time, error) {
	t, le, ve, msg, ok := parse(layout, value, false)
	if ok != "" {
		return Time{}, &ParseError{layout, value, le, ve, msg}
	}
	return t, nil
}

func ParseDuration(s string) (Duration, error) {
	d, msg := parseDuration(s)
	if msg != "" {
		return 0, errors.New(msg)
	}
	return d, nil
}

func parseDuration(s string) (Duration, string)

func Sleep(d Duration)

type Timer struct {
	C <-chan Time
	t uintptr
}

func (t *Timer) Stop() bool
func (t *Timer) Reset(d Duration) bool
func NewTimer(d Duration) *Timer
func After(d Duration) <-chan Time { return NewTimer(d).C }
func AfterFunc(d Duration, f func()) *Timer

type Ticker struct {
	C <-chan Time
	t uintptr
}

func NewTicker(d Duration) *Ticker
func (t *Ticker) Stop()
func (t *Ticker) Reset(d Duration)
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
'''

# ------------------------------------------------------------------ durations

_UNITS = [(1, 'ns'), (1000, 'µs'), (1000000, 'ms')]


def Duration_String(d):
    """Go's Duration.String: 1h2m3.5s, 250ms, 0s, 1.5µs."""
    if d == 0:
        return b'0s'
    neg = d < 0
    u = -d if neg else d
    if u < 1000000000:
        if u < 1000:
            s = f'{u}ns'
        elif u < 1000000:
            s = _frac(u, 1000) + 'µs'
        else:
            s = _frac(u, 1000000) + 'ms'
    else:
        h, rem = divmod(u, 3600 * 10**9)
        m, rem = divmod(rem, 60 * 10**9)
        secs = _frac(rem, 10**9) + 's'
        if h:
            s = f'{h}h{m}m{secs}'
        elif m:
            s = f'{m}m{secs}'
        else:
            s = secs
    return (('-' if neg else '') + s).encode()


def _frac(v, unit):
    whole, frac = divmod(v, unit)
    if not frac:
        return str(whole)
    digits = len(str(unit)) - 1
    fs = str(frac).rjust(digits, '0').rstrip('0')
    return f'{whole}.{fs}'


_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
           'October', 'November', 'December']
_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']


def Month_String(m):
    if 1 <= m <= 12:
        return _MONTHS[m - 1].encode()
    return b'%!Month(' + str(m & 0xFFFFFFFFFFFFFFFF).encode() + b')'   # as uint64


def Weekday_String(d):
    if 0 <= d <= 6:
        return _DAYS[d].encode()
    return b'%!Weekday(' + str(d & 0xFFFFFFFFFFFFFFFF).encode() + b')'   # as uint64


# ------------------------------------------------------------------ civil time

_UNIX_TO_INTERNAL = (1969 * 365 + 1969 // 4 - 1969 // 100 + 1969 // 400) * 86400


def _loc(name):
    from .goside import package_var
    return package_var('time', name)


def _local_offset(unix_sec):
    try:
        lt = _time.localtime(unix_sec)
        return lt.tm_gmtoff or 0, lt.tm_zone or 'UTC'
    except (OverflowError, OSError, ValueError):
        return 0, 'UTC'


def _offset(t):
    """(offset east of UTC in seconds, zone name) of t's location at t."""
    return _loc_offset(t[2], t[0])


def _loc_offset(loc, sec):
    if loc is None or loc[1]:
        return 0, 'UTC'
    if loc[2]:
        return loc[3], loc[0].decode('utf-8', 'surrogateescape')
    return _local_offset(sec - _UNIX_TO_INTERNAL)


_ZONE_DIRS = ('/usr/share/zoneinfo/', '/usr/share/lib/zoneinfo/', '/usr/lib/locale/TZ/', '/etc/zoneinfo/')


def localName():
    """Local's name as Go gives it: "Local" for the system's zone, $TZ's
    zone name when $TZ names one, "UTC" when $TZ is empty, "UTC" or unknown."""
    import os
    tz = os.environ.get('TZ')
    if tz is None:
        return b'Local'
    if tz.startswith(':'):
        tz = tz[1:]
    if tz.startswith('/'):
        if os.path.isfile(tz):
            return b'Local' if tz == '/etc/localtime' else tz.encode()
    elif tz and tz != 'UTC' and any(os.path.isfile(d + tz) for d in _ZONE_DIRS):
        return tz.encode()
    return b'UTC'


def fixed_zone(name, offset):
    """A *Location as FixedZone(name, offset) makes it."""
    return [name, False, True, offset]


def _days_to_civil(days):
    """days since 0001-01-01 -> (year, month, day)."""
    from datetime import date
    if 0 <= days < 3652059:
        d = date.fromordinal(days + 1)
        return d.year, d.month, d.day
    # proleptic extension outside datetime's range
    z = days - 719162 + 719468
    era = z // 146097          # floor division: no adjustment for negatives
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def _civil_to_days(y, m, d):
    """Normalising (y, m, d) -> days since 0001-01-01 (Go's Date semantics)."""
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    y2 = y - (1 if m <= 2 else 0)
    era = y2 // 400
    yoe = y2 - era * 400
    mp = m + 9 if m <= 2 else m - 3
    doy = (153 * mp + 2) // 5 + 1 - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468 + 719162 + (d - 1)


def _abs(t):
    off, _ = _offset(t)
    return t[0] + off


def Now():
    s = RUN.run.sched
    wall = s.wall() if s is not None else _time.time()
    mono = int((s.now() if s is not None else _time.monotonic()) * 1e9) + 1
    sec = int(wall // 1)
    nsec = int(round((wall - sec) * 1e9))
    if nsec >= 10**9:
        sec += 1
        nsec -= 10**9
    return [sec + _UNIX_TO_INTERNAL, nsec, _loc('Local'), mono]


def Unix(sec, nsec):
    if nsec < 0 or nsec >= 10**9:
        n, nsec = divmod(nsec, 10**9)
        sec += n
    return [sec + _UNIX_TO_INTERNAL, nsec, _loc('Local'), 0]


def Date(year, month, day, hour, minute, sec, nsec, loc):
    if loc is None:
        from ..runtime.panic import GoPanic
        from ..runtime.rtypes import PLAIN_ERROR
        raise GoPanic((PLAIN_ERROR, b'time: missing Location in call to Date'))
    carry, nsec = divmod(nsec, 10**9)
    sec += carry
    days = _civil_to_days(year, month, day)
    total = days * 86400 + hour * 3600 + minute * 60 + sec
    t = [total, nsec, loc, 0]
    if not loc[1]:
        off, _ = _loc_offset(loc, total)
        t[0] = total - off
        off2, _ = _loc_offset(loc, t[0])
        if off2 != off:
            t[0] = total - off2
    return t


def Time_Sub(t, u):
    if t[3] and u[3]:
        d = t[3] - u[3]
    else:
        d = (t[0] - u[0]) * 10**9 + (t[1] - u[1])
    lim = (1 << 63) - 1
    return max(-lim - 1, min(lim, d))


def Time_Add(t, d):
    sec, nsec = divmod(t[1] + d, 10**9)
    mono = t[3] + d if t[3] else 0
    return [t[0] + sec, nsec, t[2], mono]


def Time_Unix(t):
    return t[0] - _UNIX_TO_INTERNAL


def Time_UnixNano(t):
    return (t[0] - _UNIX_TO_INTERNAL) * 10**9 + t[1]


def Time_Date(t):
    y, m, d = _days_to_civil(_abs(t) // 86400)
    return y, m, d


def Time_Clock(t):
    s = _abs(t) % 86400
    return s // 3600, (s // 60) % 60, s % 60


def Time_Weekday(t):
    return (_abs(t) // 86400 + 1) % 7


def Time_YearDay(t):
    days = _abs(t) // 86400
    y, _, _ = _days_to_civil(days)
    return days - _civil_to_days(y, 1, 1) + 1


def Time_ISOWeek(t):
    days = _abs(t) // 86400
    wd = (days + 1) % 7
    d = days + 3 - (wd + 6) % 7
    y, _, _ = _days_to_civil(d)
    return y, (d - _civil_to_days(y, 1, 1)) // 7 + 1


def Time_Zone(t):
    off, name = _offset(t)
    return name.encode(), off


def Time_Truncate(t, d):
    if d <= 0:
        return [t[0], t[1], t[2], 0]
    ns = t[0] * 10**9 + t[1]
    ns -= ns % d
    return [ns // 10**9, ns % 10**9, t[2], 0]


def Time_Round(t, d):
    if d <= 0:
        return [t[0], t[1], t[2], 0]
    ns = t[0] * 10**9 + t[1]
    r = ns % d
    if r + r < d:
        ns -= r
    else:
        ns += d - r
    return [ns // 10**9, ns % 10**9, t[2], 0]


def Time_String(t):
    s = Time_Format(t, b'2006-01-02 15:04:05.999999999 -0700 MST')
    if t[3]:
        m = t[3]
        sign = '+' if m >= 0 else '-'
        m = abs(m)
        s += f' m={sign}{m // 10**9}.{m % 10**9:09d}'.encode()
    return s


def Time_Format(t, layout):
    from .timefmt import format_time
    y, mo, d = Time_Date(t)
    h, mi, s = Time_Clock(t)
    off, zone = _offset(t)
    return format_time(layout, y, mo, d, h, mi, s, t[1], Time_Weekday(t), Time_YearDay(t), off, zone)


def localOffsetAt(sec):
    """The local zone's offset east of UTC at sec (seconds since year 1)."""
    return _local_offset(sec - _UNIX_TO_INTERNAL)[0]


def quote(s):
    from .timefmt import time_quote
    return time_quote(s).encode()


def parse(layout, value, local):
    from .timefmt import parse_time
    return parse_time(layout, value, _loc('UTC'))


def parseDuration(s):
    from .timefmt import parse_duration
    return parse_duration(s)


# ------------------------------------------------------------------ sleeping and timers

def Sleep(d):
    s = RUN.run.sched
    if d <= 0:
        return          # as Go's timeSleep: no yield

    g = s.current
    s.add_timer(s.now() + d / 1e9, lambda: s.ready(g))
    s.park('sleep')


class _TimerState:
    __slots__ = ('entry', 'chan', 'fn', 'period', 'fired')

    def __init__(self):
        self.entry = None
        self.chan = None
        self.fn = None
        self.period = 0
        self.fired = False


def _timer_chan():
    from ..runtime.chan import Chan
    c = Chan(1, lambda: [0, 0, None, 0])
    c.timer = True
    return c


def _fire(st):
    s = RUN.run.sched
    st.entry = None
    st.fired = True
    if st.fn is not None:
        s.spawn(st.fn, ())
        return
    c = st.chan
    if c is None:
        # AfterFunc(d, nil): the timer starts a goroutine running nil
        from ..runtime.panic import GoFatal
        raise GoFatal('go of nil func value', trace_g=s.main_g)
    from ..runtime import chan as C
    if c.recvq or len(c.buf) < c.cap:
        C.send(c, Now())
    if st.period > 0:
        st.entry = s.add_timer(s.now() + st.period / 1e9, lambda: _fire(st))


def _arm(st, d):
    s = RUN.run.sched
    st.entry = s.add_timer(s.now() + max(d, 0) / 1e9, lambda: _fire(st))


def NewTimer(d):
    st = _TimerState()
    st.chan = _timer_chan()
    _arm(st, d)
    return [st.chan, st]


def AfterFunc(d, f):
    st = _TimerState()
    st.fn = f
    _arm(st, d)
    return [None, st]


def _timer_state(t, what):
    """A Timer's state; a Timer not made by NewTimer or AfterFunc has none."""
    st = t[1]
    if not isinstance(st, _TimerState):
        from .strings import _str_panic
        raise _str_panic(f'time: {what} called on uninitialized Timer'.encode())
    return st


def Timer_Stop(t):
    st = _timer_state(t, 'Stop')
    active = st.entry is not None and RUN.run.sched.cancel_timer(st.entry)
    st.entry = None
    if st.chan is not None:
        st.chan.buf.clear()
    return active


def Timer_Reset(t, d):
    st = _timer_state(t, 'Reset')
    active = st.entry is not None and RUN.run.sched.cancel_timer(st.entry)
    if st.chan is not None:
        st.chan.buf.clear()
    _arm(st, d)
    return active


def NewTicker(d):
    if d <= 0:
        from ..runtime.panic import GoPanic
        from ..runtime.rtypes import PLAIN_ERROR
        raise GoPanic((PLAIN_ERROR, b'non-positive interval for NewTicker'))
    st = _TimerState()
    st.chan = _timer_chan()
    st.period = d
    _arm(st, d)
    return [st.chan, st]


def Ticker_Stop(t):
    st = t[1]
    if not isinstance(st, _TimerState):
        return   # Go lets Stop of a Ticker not made by NewTicker pass
    if st.entry is not None:
        RUN.run.sched.cancel_timer(st.entry)
    st.entry = None
    st.period = 0


def Ticker_Reset(t, d):
    from .strings import _str_panic
    if d <= 0:
        raise _str_panic(b'non-positive interval for Ticker.Reset')
    st = t[1]
    if not isinstance(st, _TimerState):
        raise _str_panic(b'time: Reset called on uninitialized Ticker')
    if st.entry is not None:
        RUN.run.sched.cancel_timer(st.entry)
    st.period = d
    _arm(st, d)
