package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// table collects the lines of the report.
type table struct{ lines []string }

const rowFormat = "%-56s %10s %10s %6s  %-6s %s"

func (t *table) add(format string, args ...any) {
	t.lines = append(t.lines, strings.TrimRight(fmt.Sprintf(format, args...), " "))
}

func (t *table) title(format string, args ...any) { t.add(format, args...) }

func (t *table) header() {
	t.add("")
	t.add(rowFormat, "", "noticelint", "opa", "ratio", "target", "")
}

func (t *table) section(format string, args ...any) { t.add(format, args...) }

// row is a comparison of two times in seconds; ok says whether the target
// is met.
func (t *table) row(label string, noticelint, opa float64, target string, ok bool) {
	t.add(rowFormat, label, duration(noticelint), duration(opa), fmt.Sprintf("%.2f", noticelint/opa), target, status(ok))
}

// info is a comparison of two times in seconds with no target.
func (t *table) info(label string, noticelint, opa float64) {
	t.add(rowFormat, label, duration(noticelint), duration(opa), fmt.Sprintf("%.2f", noticelint/opa), "", "")
}

// growth compares how much time grows from one size to another.
func (t *table) growth(label string, noticelint, opa float64, target string, ok bool) {
	t.add(rowFormat, label, fmt.Sprintf("×%.1f", noticelint), fmt.Sprintf("×%.1f", opa), "", target, status(ok))
}

// rate compares throughputs, per second.
func (t *table) rate(label string, noticelint, opa float64) {
	t.add(rowFormat, label, thousands(int(noticelint+0.5))+"/s", thousands(int(opa+0.5))+"/s", "", "", "")
}

func (t *table) print(w io.Writer) {
	for _, l := range t.lines {
		fmt.Fprintln(w, l)
	}
}

func status(ok bool) string {
	if ok {
		return "ok"
	}
	return "MISSED"
}

func seconds(d time.Duration) float64 { return d.Seconds() }

// duration formats seconds with three significant digits or so.
func duration(s float64) string {
	switch {
	case s >= 1:
		return fmt.Sprintf("%.2f s", s)
	case s >= 0.1:
		return fmt.Sprintf("%.0f ms", s*1e3)
	case s >= 0.01:
		return fmt.Sprintf("%.1f ms", s*1e3)
	case s >= 0.001:
		return fmt.Sprintf("%.2f ms", s*1e3)
	default:
		return fmt.Sprintf("%.0f µs", s*1e6)
	}
}

// thousands formats n with commas: 10,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
