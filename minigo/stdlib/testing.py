"""Package testing: T, B, F, M and TB, run by `minigo test`'s generated main
(project/testmain.py) as the go command's _testmain.go runs them.

Written in Go, after the behaviour (not the code) of GOROOT/src/testing: each
test runs in its own goroutine (tRunner), FailNow and SkipNow end it with
runtime.Goexit, a subtest blocks its parent until it finishes or calls
Parallel, parallel subtests are released when their parent's function
returns, and the report is Go's byte for byte: `=== RUN`, `=== PAUSE`,
`=== CONT`, `=== NAME`, `--- PASS: T (0.00s)` with the logs indented under
it, `PASS`/`FAIL`. Examples capture stdout and compare it with their
`// Output:` comment. The Python side finds call sites (file:line of a Log,
skipping helpers), captures stdout for examples and makes temp directories.
"""
from __future__ import annotations

import os
import shutil
import tempfile

from ..runtime.context import RUN

GO_DECLS = r'''
package testing

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"reflect"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// InternalFlags are the -test.* flags `minigo test` passes to MainStart.
type InternalFlags struct {
	Verbose    bool
	Run        string
	Skip       string
	Bench      string
	Count      int
	Shuffle    string
	Timeout    time.Duration
	Benchtime  time.Duration
	BenchN     int
	Short      bool
	FailFast   bool
	ImportPath string
}

type InternalTest struct {
	Name string
	F    func(*T)
}

type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

type InternalFuzzTarget struct {
	Name string
	Fn   func(f *F)
}

var flags InternalFlags

func Short() bool     { return flags.Short }
func Verbose() bool   { return flags.Verbose }
func Testing() bool   { return true }
func CoverMode() string { return "" }
func Coverage() float64 { return 0 }

// natives (Python)
func callSite(helpers string) string
func callerName() string
func captureStdout()
func releaseStdout() string
func makeTempDir(pattern string) (string, error)
func removeAll(dir string)
func raceErrors() int

// ------------------------------------------------------------ output

type chattyPrinter struct {
	mu       sync.Mutex
	lastName string
}

func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastName = testName
	fmt.Printf(format, args...)
}

func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Printf("=== NAME  %s\n", testName)
		p.lastName = testName
	}
	fmt.Printf(format, args...)
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

const indent = "    "

// ------------------------------------------------------------ names and -run

type matcher struct {
	mu       sync.Mutex
	filter   [][]string // alternatives of /-separated patterns; nil matches all
	skip     [][]string
	subNames map[string]int32
}

func splitRegexp(s string) [][]string {
	var alts [][]string
	var a []string
	cs, cp := 0, 0
	for i := 0; i < len(s); {
		switch s[i] {
		case '[':
			cs++
		case ']':
			if cs--; cs < 0 {
				cs = 0
			}
		case '(':
			if cs == 0 {
				cp++
			}
		case ')':
			if cs == 0 {
				cp--
			}
		case '\\':
			i++
		case '/', '|':
			if cs == 0 && cp == 0 {
				a = append(a, s[:i])
				sep := s[i]
				s = s[i+1:]
				i = 0
				if sep == '|' {
					alts = append(alts, a)
					a = nil
				}
				continue
			}
		}
		i++
	}
	a = append(a, s)
	alts = append(alts, a)
	for _, alt := range alts {
		for i := range alt {
			alt[i] = rewrite(alt[i])
		}
	}
	return alts
}

func matchString(pat, str string) (bool, error) {
	return regexp.MatchString(pat, str)
}

func verifyPatterns(flag string, alts [][]string) bool {
	for ai, alt := range alts {
		for i, s := range alt {
			if _, err := matchString(s, "non-empty"); err != nil {
				msg := fmt.Sprintf("element %d of %s (%q): %s", i, flag, s, err)
				if len(alts) > 1 {
					msg = fmt.Sprintf("alternation %d of %s", ai, msg)
				}
				fmt.Fprintf(os.Stderr, "testing: invalid regexp for %s\n", msg)
				return false
			}
		}
	}
	return true
}

func newMatcher(run, skip string) *matcher {
	m := &matcher{subNames: map[string]int32{}}
	if run != "" {
		m.filter = splitRegexp(run)
		if !verifyPatterns("-test.run", m.filter) {
			os.Exit(1)
		}
	}
	if skip != "" {
		m.skip = splitRegexp(skip)
		if !verifyPatterns("-test.skip", m.skip) {
			os.Exit(1)
		}
	}
	return m
}

func matchAlts(alts [][]string, elem []string) (ok, partial bool) {
	for _, alt := range alts {
		good := true
		for i, s := range elem {
			if i >= len(alt) {
				break
			}
			if m, _ := matchString(alt[i], s); !m {
				good = false
				break
			}
		}
		if good {
			return true, len(elem) < len(alt)
		}
	}
	return false, false
}

func (m *matcher) fullName(c *common, subname string) (name string, ok, partial bool) {
	name = subname
	m.mu.Lock()
	defer m.mu.Unlock()
	if c != nil && c.level > 0 {
		name = m.unique(c.name, rewrite(subname))
	}
	elem := strings.Split(name, "/")
	ok, partial = true, false
	if m.filter != nil {
		ok, partial = matchAlts(m.filter, elem)
		if !ok {
			return name, false, false
		}
	}
	if m.skip != nil {
		skip, partialSkip := matchAlts(m.skip, elem)
		if skip && !partialSkip {
			return name, false, false
		}
	}
	return name, ok, partial
}

func (m *matcher) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := m.subNames[base]
		m.subNames[base] = n + 1
		if n == 0 && subname != "" {
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if _, ok := m.subNames[name]; !ok {
			return name
		}
		base = name
	}
}

func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
	} else {
		if r <= 0x200a {
			return true
		}
		switch r {
		case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
			return true
		}
	}
	return false
}

// ------------------------------------------------------------ common

type testState struct {
	match    *matcher
	deadline time.Time
}

type common struct {
	mu             sync.Mutex
	output         []byte
	partial        []byte
	toStdout       bool // the root: flushes to stdout, not to a parent's output
	ran            bool
	failed         bool
	skipped        bool
	done           bool
	finished       bool
	hasSub         bool
	isParallel     bool
	denyParallel   bool
	cleanupStarted bool
	isSynctest     bool
	bench          bool
	chatty         *chattyPrinter
	parent         *common
	level          int
	name           string
	helpers        string
	cleanups       []func()
	start          time.Time
	duration       time.Duration
	barrier        chan bool
	signal         chan bool
	sub            []*T
	ctx            context.Context
	cancelCtx      context.CancelFunc
	tempDir        string
	tempDirErr     error
	tempDirSeq     int
	tstate         *testState
	lastRaceErrors int
	raceLogged     bool
}

// resetRaces and checkRaces fail a test during which -race reported a race
// (the innermost running test reports it; its parents take the count).
func (c *common) resetRaces() {
	if c.parent == nil {
		c.lastRaceErrors = raceErrors()
	} else {
		c.lastRaceErrors = c.parent.checkRaces()
	}
}

func (c *common) checkRaces() int {
	n := raceErrors()
	if n <= c.lastRaceErrors {
		return n
	}
	c.lastRaceErrors = n
	if !c.raceLogged {
		c.raceLogged = true
		// Go's testing.go reports it from its own line
		c.logAt("testing.go:1867: ", "race detected during execution of test\n")
		c.Fail()
	}
	for p := c.parent; p != nil; p = p.parent {
		if p.lastRaceErrors < n {
			p.lastRaceErrors = n
		}
	}
	return n
}

// TB is the interface common to T, B, and F.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Chdir(dir string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
	Context() context.Context
	Output() io.Writer
	private()
}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

func (c *common) private() {}

func (c *common) Name() string { return c.name }

func (c *common) setRan() {
	if c.parent != nil {
		c.parent.setRan()
	}
	c.mu.Lock()
	c.ran = true
	c.mu.Unlock()
}

func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

func (c *common) Failed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

func (c *common) FailNow() {
	c.Fail()
	c.mu.Lock()
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

// write adds text (whole lines) to c's output, as a test's own log does:
// printed at once in -v mode, kept for the report otherwise.
func (c *common) writeLines(s string) {
	for len(s) > 0 {
		end := strings.IndexByte(s, '\n')
		if end < 0 {
			end = len(s)
		} else {
			end++
		}
		line := s[:end]
		s = s[end:]
		if c.done || c.chatty == nil {
			c.output = append(c.output, indent...)
			c.output = append(c.output, line...)
		} else if c.bench {
			fmt.Printf("%s%s", indent, line)
		} else {
			c.chatty.Printf(c.name, "%s%s", indent, line)
		}
	}
}

func (c *common) log(s string) {
	s = strings.TrimSuffix(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n"+indent)
	s += "\n"
	n := c.destination()
	if n == nil {
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	n.logAt(callSite(c.helpers), s)
}

func (n *common) logAt(site, s string) {
	s = site + s
	n.flushPartial()
	n.mu.Lock()
	n.writeLines(s)
	n.mu.Unlock()
}

func (c *common) destination() *common {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.done && !c.isSynctest {
		return c
	}
	for parent := c.parent; parent != nil; parent = parent.parent {
		if !parent.done {
			return parent
		}
	}
	return nil
}

func (c *common) flushPartial() {
	c.mu.Lock()
	p := len(c.partial) > 0
	c.mu.Unlock()
	if p {
		c.Output().Write([]byte("\n"))
	}
}

type outputWriter struct{ c *common }

func (o outputWriter) Write(p []byte) (int, error) {
	c := o.c
	if c.destination() == nil {
		panic("Write called after " + c.name + " has completed")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	s := string(c.partial) + string(p)
	i := strings.LastIndexByte(s, '\n')
	c.partial = []byte(s[i+1:])
	if i >= 0 {
		c.writeLines(s[:i+1])
	}
	return len(p), nil
}

func (c *common) Output() io.Writer {
	n := c.destination()
	if n == nil {
		panic("Output called after " + c.name + " has completed")
	}
	return outputWriter{n}
}

// flushToParent writes the header line and then c's output to where the
// parent collects its output (stdout for a top-level test).
func (c *common) flushToParent(testName, format string, args ...any) {
	p := c.parent
	p.mu.Lock()
	defer p.mu.Unlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	text := fmt.Sprintf(format, args...) + string(c.output)
	c.output = c.output[:0]
	if p.toStdout {
		if c.chatty != nil {
			c.chatty.Updatef(testName, "%s", text)
		} else {
			fmt.Print(text)
		}
		return
	}
	for len(text) > 0 {
		end := strings.IndexByte(text, '\n')
		if end < 0 {
			end = len(text)
		} else {
			end++
		}
		p.output = append(p.output, indent...)
		p.output = append(p.output, text[:end]...)
		text = text[end:]
	}
}

func (c *common) Log(args ...any)                 { c.log(fmt.Sprintln(args...)) }
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

func (c *common) SkipNow() {
	c.mu.Lock()
	c.skipped = true
	c.finished = true
	c.mu.Unlock()
	runtime.Goexit()
}

func (c *common) Skipped() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.skipped
}

// Helper marks the calling function as a helper: its callers' lines are
// reported instead of its own.
func (c *common) Helper() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.helpers += callerName() + "\n"
}

func (c *common) Cleanup(f func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cleanups = append(c.cleanups, f)
}

func (c *common) runCleanup() {
	c.mu.Lock()
	c.cleanupStarted = true
	c.mu.Unlock()
	if c.cancelCtx != nil {
		c.cancelCtx()
	}
	for {
		var f func()
		c.mu.Lock()
		if len(c.cleanups) > 0 {
			last := len(c.cleanups) - 1
			f = c.cleanups[last]
			c.cleanups = c.cleanups[:last]
		}
		c.mu.Unlock()
		if f == nil {
			return
		}
		f()
	}
}

func (c *common) TempDir() string {
	c.mu.Lock()
	if c.tempDir == "" && c.tempDirErr == nil {
		pattern := c.name
		pattern = strings.Map(func(r rune) rune {
			if strings.ContainsRune(`<>:"/\|?*`, r) || r < ' ' {
				return -1
			}
			return r
		}, pattern)
		if len(pattern) > 64 {
			pattern = pattern[:64]
		}
		c.tempDir, c.tempDirErr = makeTempDir(pattern)
		if c.tempDirErr == nil {
			dir := c.tempDir
			c.cleanups = append(c.cleanups, func() { removeAll(dir) })
		}
	}
	c.mu.Unlock()
	if c.tempDirErr != nil {
		c.Fatalf("TempDir: %v", c.tempDirErr)
	}
	c.mu.Lock()
	c.tempDirSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempDirSeq)
	c.mu.Unlock()
	if err := os.Mkdir(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

func (c *common) Chdir(dir string) {
	old, err := os.Getwd()
	if err != nil {
		c.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		c.Fatal(err)
	}
	c.Cleanup(func() {
		if err := os.Chdir(old); err != nil {
			panic("testing.Chdir: " + err.Error())
		}
	})
}

func (c *common) Context() context.Context { return c.ctx }

// ------------------------------------------------------------ T

type T struct {
	common
}

func (t *T) Setenv(key, value string) {
	t.checkParallel()
	t.common.Setenv(key, value)
}

func (t *T) Chdir(dir string) {
	t.checkParallel()
	t.common.Chdir(dir)
}

func (t *T) checkParallel() {
	for c := &t.common; c != nil; c = c.parent {
		if c.isParallel {
			panic("testing: test using t.Setenv or t.Chdir can not use t.Parallel")
		}
	}
	t.denyParallel = true
}

func (t *T) Deadline() (deadline time.Time, ok bool) {
	if t.isSynctest {
		panic("testing: t.Deadline called inside synctest bubble")
	}
	return t.tstate.deadline, !t.tstate.deadline.IsZero()
}

func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.isSynctest {
		panic("testing: t.Parallel called inside synctest bubble")
	}
	if t.denyParallel {
		panic("testing: test using t.Setenv or t.Chdir can not use t.Parallel")
	}
	t.isParallel = true
	t.duration += time.Since(t.start)
	t.parent.sub = append(t.parent.sub, t)
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	running.remove(t.name)
	t.signal <- true
	<-t.parent.barrier
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	running.add(t.name)
	t.start = time.Now()
}

var errNilPanicOrGoexit = fmt.Errorf("test executed panic(nil) or runtime.Goexit")

func tRunner(t *T, fn func(t *T)) {
	defer func() {
		t.checkRaces()
		err := recover()
		signal := true
		t.mu.Lock()
		finished := t.finished
		t.mu.Unlock()
		if !finished && err == nil {
			err = errNilPanicOrGoexit
			for p := t.parent; p != nil; p = p.parent {
				p.mu.Lock()
				pf := p.finished
				p.mu.Unlock()
				if pf {
					if !t.isParallel {
						t.Errorf("%v: subtest may have called FailNow on a parent test", err)
						err = nil
					}
					signal = false
					break
				}
			}
		}
		if err != nil {
			t.Fail()
			t.runCleanup()
			for root := &t.common; !root.isSynctest && root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				root.flushPartial()
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration))
			}
			panic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			running.remove(t.name)
			close(t.barrier)
			for _, sub := range t.sub {
				<-sub.signal
			}
			cleanupStart := time.Now()
			t.runCleanup()
			t.duration += time.Since(cleanupStart)
		}
		for root := &t.common; root.parent != nil; root = root.parent {
			root.flushPartial()
		}
		if t.Failed() {
			numFailed++
		}
		t.report()
		t.done = true
		if t.parent != nil && !t.hasSub {
			t.setRan()
		}
		running.remove(t.name)
		t.signal <- signal
	}()
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup()
		}
	}()
	t.start = time.Now()
	t.resetRaces()
	fn(t)
	t.mu.Lock()
	t.finished = true
	t.mu.Unlock()
}

var numFailed int

func (t *T) report() {
	if t.parent == nil || t.isSynctest {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if t.chatty != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

func (t *T) Run(name string, f func(t *T)) bool {
	if t.isSynctest {
		panic("testing: t.Run called inside synctest bubble")
	}
	if t.cleanupStarted {
		panic("testing: t.Run called during t.Cleanup")
	}
	t.hasSub = true
	testName, ok, _ := t.tstate.match.fullName(&t.common, name)
	if !ok || (flags.FailFast && numFailed > 0) {
		return true
	}
	ctx, cancelCtx := context.WithCancel(context.Background())
	t = &T{common: common{
		barrier:   make(chan bool),
		signal:    make(chan bool, 1),
		name:      testName,
		parent:    &t.common,
		level:     t.level + 1,
		chatty:    t.chatty,
		ctx:       ctx,
		cancelCtx: cancelCtx,
		tstate:    t.tstate,
	}}
	if t.chatty != nil {
		t.chatty.Updatef(t.name, "=== RUN   %s\n", t.name)
	}
	running.add(t.name)
	go tRunner(t, f)
	if !<-t.signal {
		runtime.Goexit()
	}
	return !t.failed
}

// synctestRun runs f as the test t inside a synctest bubble (testing/synctest.Test).
func SynctestRun(t *T, f func(*T)) bool {
	if t.cleanupStarted {
		panic("testing: synctest.Run called during t.Cleanup")
	}
	ctx, cancelCtx := context.WithCancel(context.Background())
	t2 := &T{common: common{
		barrier:    make(chan bool),
		signal:     make(chan bool, 1),
		name:       t.name,
		parent:     &t.common,
		level:      t.level + 1,
		chatty:     t.chatty,
		ctx:        ctx,
		cancelCtx:  cancelCtx,
		isSynctest: true,
		tstate:     t.tstate,
	}}
	go tRunner(t2, f)
	if !<-t2.signal {
		runtime.Goexit()
	}
	return !t2.failed
}

// ------------------------------------------------------------ running tests

type runningTests struct {
	mu    sync.Mutex
	start map[string]time.Time
}

var running = &runningTests{start: map[string]time.Time{}}

func (r *runningTests) add(name string) {
	r.mu.Lock()
	r.start[name] = time.Now()
	r.mu.Unlock()
}

func (r *runningTests) remove(name string) {
	r.mu.Lock()
	delete(r.start, name)
	r.mu.Unlock()
}

func (r *runningTests) list() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	names := make([]string, 0, len(r.start))
	for n := range r.start {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "\n\t%s (%v)", n, time.Since(r.start[n]).Round(time.Second))
	}
	return b.String()
}

func runTests(tests []InternalTest, deadline time.Time) (ran, ok bool) {
	ok = true
	for i := 0; i < flags.Count; i++ {
		if flags.FailFast && numFailed > 0 {
			break
		}
		if i > 0 && !ran {
			break
		}
		ctx, cancelCtx := context.WithCancel(context.Background())
		tstate := &testState{match: newMatcher(flags.Run, flags.Skip), deadline: deadline}
		t := &T{common: common{
			signal:    make(chan bool, 1),
			barrier:   make(chan bool),
			toStdout:  true,
			ctx:       ctx,
			cancelCtx: cancelCtx,
			tstate:    tstate,
		}}
		if flags.Verbose {
			t.chatty = &chattyPrinter{}
		}
		tRunner(t, func(t *T) {
			for _, test := range tests {
				t.Run(test.Name, test.F)
			}
		})
		<-t.signal
		ok = ok && !t.Failed()
		ran = ran || t.ran
	}
	return ran, ok
}

// ------------------------------------------------------------ examples

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	m := newMatcher(flags.Run, flags.Skip)
	for i := 0; i < flags.Count; i++ {
		for _, eg := range examples {
			if _, matched, _ := m.fullName(nil, eg.Name); !matched {
				continue
			}
			ran = true
			if !runExample(eg) {
				ok = false
			}
		}
	}
	return ran, ok
}

func runExample(eg InternalExample) (ok bool) {
	if flags.Verbose {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	captureStdout()
	finished := false
	start := time.Now()
	defer func() {
		timeSpent := time.Since(start)
		out := releaseStdout()
		err := recover()
		ok = eg.processRunResult(out, timeSpent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func (eg *InternalExample) processRunResult(stdout string, timeSpent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(timeSpent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		gotLines := strings.Split(got, "\n")
		wantLines := strings.Split(want, "\n")
		sort.Strings(gotLines)
		sort.Strings(wantLines)
		if strings.Join(gotLines, "\n") != strings.Join(wantLines, "\n") && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if flags.Verbose {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	} else if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}

// ------------------------------------------------------------ benchmarks

type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

func (r BenchmarkResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) String() string {
	ns := ""
	if r.N > 0 {
		nsop := float64(r.T.Nanoseconds()) / float64(r.N)
		if nsop >= 100 || nsop == float64(int64(nsop)) {
			ns = fmt.Sprintf("%12d ns/op", int64(nsop))
		} else {
			ns = fmt.Sprintf("%12.2f ns/op", nsop)
		}
	}
	return fmt.Sprintf("%8d\t%s", r.N, ns)
}

type B struct {
	common
	N          int
	benchFunc  func(b *B)
	benchTime  time.Duration
	timerOn    bool
	startTime  time.Time
	elapsed    time.Duration
	bytes      int64
	result     BenchmarkResult
	loopN      int
	loopDone   bool
	extra      map[string]float64
}

func (b *B) StartTimer() {
	if !b.timerOn {
		b.startTime = time.Now()
		b.timerOn = true
	}
}

func (b *B) StopTimer() {
	if b.timerOn {
		b.elapsed += time.Since(b.startTime)
		b.timerOn = false
	}
}

func (b *B) ResetTimer() {
	if b.timerOn {
		b.startTime = time.Now()
	}
	b.elapsed = 0
}

func (b *B) SetBytes(n int64)           { b.bytes = n }
func (b *B) ReportAllocs()              {}
func (b *B) Elapsed() time.Duration     { return b.elapsed }
func (b *B) ReportMetric(n float64, unit string) {
	if b.extra == nil {
		b.extra = map[string]float64{}
	}
	b.extra[unit] = n
}

// Loop reports whether the benchmark should go on: b.Loop() runs the body
// b.N times, the timer covering only the loop.
func (b *B) Loop() bool {
	if b.loopN == 0 {
		b.ResetTimer()
		b.StartTimer()
	}
	if b.loopN < b.N {
		b.loopN++
		return true
	}
	b.StopTimer()
	b.loopDone = true
	return false
}

func (b *B) runN(n int) {
	b.N = n
	b.loopN = 0
	b.loopDone = false
	b.elapsed = 0
	b.timerOn = false
	done := make(chan bool)
	go func() {
		defer func() {
			b.StopTimer()
			done <- true
		}()
		b.StartTimer()
		b.benchFunc(b)
		b.mu.Lock()
		b.finished = true
		b.mu.Unlock()
	}()
	<-done
	if b.loopN > 0 {
		b.N = b.loopN
	}
}

func (b *B) run1() bool {
	b.runN(1)
	return !b.failed && !b.skipped
}

func (b *B) launch() {
	if flags.BenchN > 0 {
		b.runN(flags.BenchN)
	} else {
		d := b.benchTime
		for n := 1; !b.failed && b.elapsed < d && n < 1e9; {
			last := n
			goalns := d.Nanoseconds()
			prevIters := int64(b.N)
			prevns := b.elapsed.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			next := goalns * prevIters / prevns
			next += next / 5
			if next > 100*int64(last) {
				next = 100 * int64(last)
			}
			if next < int64(last)+1 {
				next = int64(last) + 1
			}
			if next > 1e9 {
				next = 1e9
			}
			n = int(next)
			b.runN(n)
		}
	}
	b.result = BenchmarkResult{N: b.N, T: b.elapsed, Bytes: b.bytes, Extra: b.extra}
}

func (b *B) Run(name string, f func(b *B)) bool {
	sub := &B{common: common{
		signal: make(chan bool),
		name:   b.name + "/" + rewrite(name),
		parent: &b.common,
		level:  b.level + 1,
		bench:  true,
		chatty: b.chatty,
	}, benchFunc: f, benchTime: b.benchTime}
	b.hasSub = true
	if !sub.run1() {
		return false
	}
	runOneBenchmark(sub)
	return !sub.failed
}

type PB struct {
	n int
}

func (pb *PB) Next() bool {
	if pb.n > 0 {
		pb.n--
		return true
	}
	return false
}

func (b *B) RunParallel(body func(*PB)) {
	body(&PB{n: b.N})
}

func (b *B) SetParallelism(p int) {}

var benchNameWidth int

func runOneBenchmark(b *B) {
	if b.hasSub {
		return
	}
	b.launch()
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, string(b.output))
		return
	}
	fmt.Printf("%-*s\t%s", benchNameWidth, b.name, b.result.String())
	if b.extra != nil {
		units := make([]string, 0, len(b.extra))
		for u := range b.extra {
			units = append(units, u)
		}
		sort.Strings(units)
		for _, u := range units {
			fmt.Printf("\t%12.2f %s", b.extra[u], u)
		}
	}
	fmt.Println()
	if len(b.output) > 0 {
		fmt.Printf("--- BENCH: %s\n%s", b.name, string(b.output))
	}
}

func runBenchmarks(importPath string, benchmarks []InternalBenchmark) bool {
	if flags.Bench == "" {
		return true
	}
	m := newMatcher(flags.Bench, "")
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if _, matched, _ := m.fullName(nil, bm.Name); matched {
			bs = append(bs, bm)
			if len(bm.Name) > benchNameWidth {
				benchNameWidth = len(bm.Name)
			}
		}
	}
	ok := true
	if len(bs) == 0 {
		return true
	}
	fmt.Printf("goos: %s\ngoarch: %s\npkg: %s\ncpu: %s\n", runtime.GOOS, runtime.GOARCH, importPath, "minigo")
	for _, bm := range bs {
		for i := 0; i < flags.Count; i++ {
			b := &B{common: common{
				signal: make(chan bool),
				name:   bm.Name,
				bench:  true,
			}, benchFunc: bm.F, benchTime: flags.Benchtime}
			b.parent = &common{toStdout: true}
			if !b.run1() {
				if b.failed {
					ok = false
					fmt.Printf("--- FAIL: %s\n%s", b.name, string(b.output))
				} else if b.skipped && flags.Verbose {
					fmt.Printf("--- SKIP: %s\n%s", b.name, string(b.output))
				}
				continue
			}
			runOneBenchmark(b)
			if b.failed {
				ok = false
			}
		}
	}
	return ok
}

func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{common: common{signal: make(chan bool), bench: true}, benchFunc: f, benchTime: time.Second}
	if !b.run1() {
		return BenchmarkResult{}
	}
	b.launch()
	return b.result
}

func AllocsPerRun(runs int, f func()) (avg float64) {
	f()
	for i := 0; i < runs; i++ {
		f()
	}
	return 0
}

// ------------------------------------------------------------ fuzz targets (seed corpus only)

type F struct {
	common
	seeds  [][]any
	fuzzed bool
	t      *T
}

func (f *F) Add(args ...any) {
	f.seeds = append(f.seeds, args)
}

func (f *F) Fuzz(ff any) {
	if f.fuzzed {
		panic("testing: F.Fuzz called more than once")
	}
	f.fuzzed = true
	fn := reflect.ValueOf(ff)
	ft := fn.Type()
	if ft.Kind() != reflect.Func || ft.NumIn() < 1 || ft.In(0) != reflect.TypeOf((*T)(nil)) {
		panic("testing: F.Fuzz function must receive at least two arguments, where the first argument is a *T")
	}
	type corpusEntry struct {
		name string
		args []any
	}
	var corpus []corpusEntry
	for i, seed := range f.seeds {
		if len(seed) != ft.NumIn()-1 {
			panic(fmt.Sprintf("wrong number of values in corpus entry: %d, want %d", len(seed), ft.NumIn()-1))
		}
		corpus = append(corpus, corpusEntry{fmt.Sprintf("seed#%d", i), seed})
	}
	// the seed corpus in testdata/fuzz/NAME (go test fuzz v1 files)
	dir := "testdata/fuzz/" + f.t.name
	files, _ := os.ReadDir(dir)
	for _, file := range files {
		if file.IsDir() {
			continue
		}
		path := dir + "/" + file.Name()
		data, err := os.ReadFile(path)
		if err != nil {
			f.t.Fatal(err)
		}
		vals, err := unmarshalCorpus(data)
		if err == nil && len(vals) != ft.NumIn()-1 {
			err = fmt.Errorf("wrong number of values in corpus entry: %d, want %d", len(vals), ft.NumIn()-1)
		}
		for i := 0; err == nil && i < len(vals); i++ {
			if got, want := reflect.TypeOf(vals[i]), ft.In(i+1); got != want {
				err = fmt.Errorf("mismatched types in corpus entry: %v, want %v", got, want)
			}
		}
		if err != nil {
			f.t.Fatalf("%q: %v", path, err)
		}
		corpus = append(corpus, corpusEntry{file.Name(), vals})
	}
	for _, entry := range corpus {
		args := entry.args
		f.t.Run(entry.name, func(t *T) {
			in := []reflect.Value{reflect.ValueOf(t)}
			for _, a := range args {
				in = append(in, reflect.ValueOf(a))
			}
			fn.Call(in)
		})
	}
}

func (f *F) Helper() { f.t.Helper() }

// unmarshalCorpus reads a `go test fuzz v1` file: one typed value a line,
// as T(literal).
func unmarshalCorpus(b []byte) ([]any, error) {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "go test fuzz v1" {
		return nil, fmt.Errorf("unmarshal: must include version and at least one value")
	}
	var vals []any
	for _, line := range lines[1:] {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		v, err := corpusValue(line)
		if err != nil {
			return nil, fmt.Errorf("unmarshal: malformed line %q: %v", line, err)
		}
		vals = append(vals, v)
	}
	return vals, nil
}

func corpusValue(line string) (any, error) {
	open := strings.IndexByte(line, '(')
	if open < 0 || !strings.HasSuffix(line, ")") {
		return nil, fmt.Errorf("expected call expression")
	}
	typ, lit := line[:open], line[open+1:len(line)-1]
	switch typ {
	case "string", "[]byte":
		s, err := strconv.Unquote(lit)
		if err != nil {
			return nil, fmt.Errorf("string literal required for type %s", typ)
		}
		if typ == "string" {
			return s, nil
		}
		return []byte(s), nil
	case "bool":
		switch lit {
		case "true":
			return true, nil
		case "false":
			return false, nil
		}
		return nil, fmt.Errorf("bool literal required for type bool")
	case "float32", "float64":
		bits := 64
		if typ == "float32" {
			bits = 32
		}
		x, err := strconv.ParseFloat(lit, bits)
		if err != nil {
			return nil, fmt.Errorf("float literal required for type %s", typ)
		}
		if typ == "float32" {
			return float32(x), nil
		}
		return x, nil
	case "rune", "byte":
		if strings.HasPrefix(lit, "'") {
			s, err := strconv.Unquote(lit)
			if err != nil {
				return nil, err
			}
			r := []rune(s)[0]
			if typ == "byte" {
				return byte(r), nil
			}
			return r, nil
		}
	}
	if strings.HasPrefix(typ, "uint") || typ == "byte" {
		bits := map[string]int{"uint": 64, "uint8": 8, "byte": 8, "uint16": 16, "uint32": 32, "uint64": 64}[typ]
		n, err := strconv.ParseUint(lit, 0, bits)
		if err != nil {
			return nil, fmt.Errorf("integer literal required for uint types")
		}
		switch typ {
		case "uint":
			return uint(n), nil
		case "uint8", "byte":
			return uint8(n), nil
		case "uint16":
			return uint16(n), nil
		case "uint32":
			return uint32(n), nil
		}
		return n, nil
	}
	if strings.HasPrefix(typ, "int") || typ == "rune" {
		bits := map[string]int{"int": 64, "int8": 8, "int16": 16, "int32": 32, "rune": 32, "int64": 64}[typ]
		if bits == 0 {
			return nil, fmt.Errorf("unsupported type %s", typ)
		}
		n, err := strconv.ParseInt(lit, 0, bits)
		if err != nil {
			return nil, fmt.Errorf("integer literal required for int types")
		}
		switch typ {
		case "int":
			return int(n), nil
		case "int8":
			return int8(n), nil
		case "int16":
			return int16(n), nil
		case "int32", "rune":
			return int32(n), nil
		}
		return n, nil
	}
	return nil, fmt.Errorf("unsupported type %s", typ)
}

func runFuzzTests(targets []InternalFuzzTarget, deadline time.Time) (ran, ok bool) {
	if len(targets) == 0 {
		return false, true
	}
	var tests []InternalTest
	for _, ft := range targets {
		fn := ft.Fn
		tests = append(tests, InternalTest{Name: ft.Name, F: func(t *T) {
			f := &F{t: t}
			f.common = t.common
			fn(f)
			t.common.failed = t.common.failed || f.common.failed
		}})
	}
	return runTests(tests, deadline)
}

// ------------------------------------------------------------ M

type M struct {
	tests       []InternalTest
	benchmarks  []InternalBenchmark
	fuzzTargets []InternalFuzzTarget
	examples    []InternalExample
	exitCode    int
	numRun      int
}

func MainStart(f InternalFlags, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets []InternalFuzzTarget, examples []InternalExample) *M {
	flags = f
	return &M{tests: tests, benchmarks: benchmarks, fuzzTargets: fuzzTargets, examples: examples}
}

// ExitCode is what `minigo test`'s main exits with after TestMain returns.
func (m *M) ExitCode() int { return m.exitCode }

func (m *M) Run() (code int) {
	defer func() { code = m.exitCode }()
	m.numRun++
	if flags.Shuffle != "off" && flags.Shuffle != "" {
		var n int64
		if flags.Shuffle == "on" {
			n = time.Now().UnixNano()
		} else {
			var err error
			n, err = strconv.ParseInt(flags.Shuffle, 10, 64)
			if err != nil {
				fmt.Fprintln(os.Stderr, `testing: -shuffle should be "off", "on", or a valid integer:`, err)
				m.exitCode = 2
				return
			}
		}
		fmt.Println("-test.shuffle", n)
		rng := rand.New(rand.NewSource(n))
		rng.Shuffle(len(m.tests), func(i, j int) { m.tests[i], m.tests[j] = m.tests[j], m.tests[i] })
		rng.Shuffle(len(m.benchmarks), func(i, j int) { m.benchmarks[i], m.benchmarks[j] = m.benchmarks[j], m.benchmarks[i] })
	}
	var deadline time.Time
	if flags.Timeout > 0 {
		deadline = time.Now().Add(flags.Timeout)
		timeout := flags.Timeout
		alarm := time.AfterFunc(timeout, func() {
			extra := running.list()
			if extra != "" {
				extra = "\nrunning tests:" + extra
			}
			panic(fmt.Sprintf("test timed out after %v%s", timeout, extra))
		})
		defer alarm.Stop()
	}
	testRan, testOk := runTests(m.tests, deadline)
	fuzzRan, fuzzOk := runFuzzTests(m.fuzzTargets, deadline)
	exampleRan, exampleOk := runExamples(m.examples)
	if !testRan && !exampleRan && !fuzzRan && flags.Bench == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	anyFailed := !testOk || !exampleOk || !fuzzOk || !runBenchmarks(flags.ImportPath, m.benchmarks)
	if !anyFailed && raceErrors() > 0 {
		fmt.Print("testing: race detected outside of test execution\n")
		anyFailed = true
	}
	if anyFailed {
		fmt.Print("FAIL\n")
		m.exitCode = 1
		return
	}
	m.exitCode = 0
	fmt.Print("PASS\n")
	return
}
'''


def callSite(helpers):
    """`file.go:LINE: ` of the first caller outside package testing that is
    not a helper (a function that called t.Helper)."""
    from ..runtime.callers import call_sites
    names = set(bytes(helpers).decode('utf-8', 'replace').split('\n')) if helpers else set()
    first = None
    for path, line, func in call_sites():
        if func.startswith('testing.') or func.startswith('testing/'):
            continue
        if first is None:
            first = (path, line)
        if func in names:
            continue
        return _site(path, line)
    return _site(*first) if first else b'???:1: '


def _site(path, line):
    return f'{os.path.basename(path) if path else "???"}:{line or 1}: '.encode('utf-8', 'surrogateescape')


def callerName():
    """The Go name of the function that called Helper."""
    from ..runtime.callers import call_sites
    for path, line, func in call_sites():
        if not func.startswith('testing.'):
            return func.encode()
    return b''


def captureStdout():
    import io
    run = RUN.run
    from ..runtime.output import flush_stdout
    flush_stdout()
    run.state('testing.stdout', list).append(run.stdout)
    run.stdout = io.BytesIO()


def releaseStdout():
    run = RUN.run
    buf = run.stdout
    run.stdout = run.state('testing.stdout', list).pop()
    return buf.getvalue()


def makeTempDir(pattern):
    try:
        return tempfile.mkdtemp(prefix=bytes(pattern).decode('utf-8', 'replace')).encode(), None
    except OSError as e:
        from .io_eof import _new_error
        return b'', _new_error(f'mkdir {e.filename}: {(e.strerror or str(e)).lower()}'.encode())


def removeAll(d):
    shutil.rmtree(bytes(d).decode('utf-8', 'surrogateescape'), ignore_errors=True)


def raceErrors():
    """Races the -race detector has reported so far in this run (0 without -race)."""
    s = RUN.run.sched
    det = s.race if s is not None else None
    return det.count if det is not None else 0
