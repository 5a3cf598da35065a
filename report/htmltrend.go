package report

import (
	"fmt"

	"github.com/corslint/corslint/rules"
)

// htmlTrend is the findings-over-time chart (an inline SVG of stacked bars,
// one per scan, oldest left) and the same numbers as a table, with what
// changed since the scan before, matched on fingerprints.
type htmlTrend struct {
	Width, Height  int
	Left, Right    int // x of the plot's edges
	Top, Bottom    int // y of the plot's edges
	Ticks          []htmlTick
	Bars           []htmlBar
	Rows           []htmlTrendRow
	RotateLabels   bool
	Caption        string
	SeverityLegend []htmlLegend
}

type htmlTick struct {
	X1, X2, Y    int
	TextX, TextY int
	Value        int
}

type htmlBar struct {
	Center         int
	Segments       []htmlSegment
	Total, TotalY  int
	Label          string
	LabelY         int
	LabelAnchor    string // middle, or end when slanted
	LabelTransform string
}

type htmlSegment struct {
	X, Y, W, H int
	Severity   string
	Title      string
}

type htmlLegend struct {
	X, TextX int
	Severity string
}

type htmlTrendRow struct {
	Label                       string
	Total                       int
	Critical, High, Medium, Low int
	New, Fixed                  int
	First                       bool
}

// Chart geometry in SVG user units.
const (
	trendWidth     = 760
	trendHeight    = 280
	trendLeft      = 48
	trendRight     = 16
	trendTop       = 28
	trendBottom    = 70
	trendMaxBarW   = 56
	trendMaxLabel  = 18 // runes of a bar label
	trendRotateOff = 6  // more bars than this: slanted labels
)

// buildTrend lays out the chart; nil with fewer than two scans.
func buildTrend(scans []*AuditScan) *htmlTrend {
	ordered := chronological(scans)
	if len(ordered) < 2 {
		return nil
	}
	t := &htmlTrend{
		Width: trendWidth, Height: trendHeight,
		Left: trendLeft, Right: trendWidth - trendRight,
		Top: trendTop, Bottom: trendHeight - trendBottom,
		RotateLabels: len(ordered) > trendRotateOff,
		Caption:      fmt.Sprintf("Findings in %d scans, oldest first", len(ordered)),
	}
	for i, s := range severities {
		x := trendLeft + i*90
		t.SeverityLegend = append(t.SeverityLegend, htmlLegend{X: x, TextX: x + 14, Severity: string(s)})
	}

	most := 0
	counts := make([]map[rules.Severity]int, len(ordered))
	for i, s := range ordered {
		counts[i] = map[rules.Severity]int{}
		for _, f := range s.Findings {
			counts[i][bandOrMedium(f.Severity)]++
		}
		most = max(most, len(s.Findings))
	}
	step, top := tickScale(most)
	plotH := t.Bottom - t.Top
	y := func(v int) int { return t.Bottom - v*plotH/top }
	for v := 0; v <= top; v += step {
		t.Ticks = append(t.Ticks, htmlTick{X1: t.Left, X2: t.Right, Y: y(v), TextX: t.Left - 8, TextY: y(v) + 4, Value: v})
	}

	slot := (t.Right - t.Left) / len(ordered)
	barW := min(trendMaxBarW, slot*6/10)
	for i, s := range ordered {
		x := t.Left + i*slot + (slot-barW)/2
		b := htmlBar{Center: x + barW/2, Total: len(s.Findings), Label: truncate(scanLabel(s), trendMaxLabel), LabelAnchor: "middle"}
		b.TotalY = y(b.Total) - 6
		b.LabelY = t.Bottom + 18
		if t.RotateLabels {
			b.LabelAnchor = "end"
			b.LabelTransform = fmt.Sprintf("rotate(-35 %d %d)", b.Center, b.LabelY)
		}
		// Most severe at the bottom, so the bars' lower parts compare.
		base := 0
		for _, sev := range severities {
			n := counts[i][sev]
			if n == 0 {
				continue
			}
			segTop, segBottom := y(base+n), y(base)
			b.Segments = append(b.Segments, htmlSegment{X: x, W: barW, Y: segTop, H: max(segBottom-segTop, 1), Severity: string(sev),
				Title: fmt.Sprintf("%s: %d %s", b.Label, n, sev)})
			base += n
		}
		t.Bars = append(t.Bars, b)

		row := htmlTrendRow{Label: scanLabel(s), Total: len(s.Findings), First: i == 0,
			Critical: counts[i][rules.Critical], High: counts[i][rules.High], Medium: counts[i][rules.Medium], Low: counts[i][rules.Low]}
		if i > 0 {
			row.New, row.Fixed = diffScans(ordered[i-1], s)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// bandOrMedium files a finding of an unknown severity under medium, SARIF's
// default level, so every finding is in some bar segment.
func bandOrMedium(s rules.Severity) rules.Severity {
	if s.Rank() == 0 {
		return rules.Medium
	}
	return s
}

// tickScale picks a tick step of 1, 2 or 5 times a power of ten giving at
// most five steps, and the axis top: the first tick at or above most.
func tickScale(most int) (step, top int) {
	most = max(most, 1)
	for pow := 1; ; pow *= 10 {
		for _, m := range []int{1, 2, 5} {
			step = m * pow
			if (most+step-1)/step <= 5 {
				return step, (most + step - 1) / step * step
			}
		}
	}
}

// diffScans counts the findings of cur whose fingerprint prev lacks (new)
// and those of prev that cur lacks (fixed), as multisets: two findings with
// one fingerprint need two matches. Findings without a fingerprint never
// match.
func diffScans(prev, cur *AuditScan) (added, fixed int) {
	seen := map[string]int{}
	for _, f := range prev.Findings {
		if f.Fingerprint != "" {
			seen[f.Fingerprint]++
		}
	}
	for _, f := range cur.Findings {
		if f.Fingerprint != "" && seen[f.Fingerprint] > 0 {
			seen[f.Fingerprint]--
			continue
		}
		added++
	}
	for _, f := range prev.Findings {
		if f.Fingerprint == "" {
			fixed++
		}
	}
	for _, n := range seen {
		fixed += n
	}
	return added, fixed
}
