package report

import (
	"fmt"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/corslint/corslint/rules"
)

// Baseline states, as SARIF's result.baselineState spells them
// (integration.md §8).
const (
	StateNew       = "new"
	StateUnchanged = "unchanged"
	StateUpdated   = "updated"
	StateAbsent    = "absent"
)

// Baseline is the outcome of comparing a scan with a previous SARIF log
// (`--baseline`). It is optional: a nil Input.Baseline renders exactly as
// before.
type Baseline struct {
	// States maps a finding's corslint/v1 fingerprint to new, unchanged or
	// updated. Keyed by fingerprint rather than by index because reporters
	// re-sort findings; a finding missing from the map is new.
	States map[string]string
	// Absent are baseline results no longer found, emitted once in SARIF at
	// their old location; the other formats only count them.
	Absent []AbsentResult
}

// AbsentResult is a result of the baseline log that the scan no longer
// produces, kept as the baseline wrote it.
type AbsentResult struct {
	RuleID      string
	Level       string // SARIF level as written in the baseline ("" = warning)
	Message     string
	URI         string // artifactLocation.uri, already percent-encoded
	Fingerprint string
	// Region as written in the baseline: UTF-16 columns, exclusive end. It
	// is passed through untouched, because the file may have changed since.
	StartLine, StartColumn, EndLine, EndColumn int
}

// State returns the baseline state of the finding with fingerprint fp, or ""
// when no baseline is in use.
func (b *Baseline) State(fp string) string {
	if b == nil {
		return ""
	}
	if s, ok := b.States[fp]; ok {
		return s
	}
	return StateNew
}

// SARIFLevel is the SARIF level corslint writes for a severity: critical and
// high are errors, medium a warning, low a note (rules.md). --baseline
// compares levels with it to tell unchanged from updated results.
func SARIFLevel(s rules.Severity) string { return sarifLevel(s) }

// baselineCounts counts the findings of fs in each state, plus the absent
// ones.
type baselineCounts struct {
	new, unchanged, updated, absent int
}

func countBaseline(b *Baseline, fs []rules.Finding) baselineCounts {
	var c baselineCounts
	if b == nil {
		return c
	}
	for _, fp := range Fingerprints(fs) {
		switch b.State(fp) {
		case StateUnchanged:
			c.unchanged++
		case StateUpdated:
			c.updated++
		default:
			c.new++
		}
	}
	c.absent = len(b.Absent)
	return c
}

// baselineLine is the one-line comparison the text and markdown formats
// print: "baseline: 1 new, 2 unchanged, 0 updated, 3 fixed since baseline".
func baselineLine(c baselineCounts) string {
	return fmt.Sprintf("baseline: %d new, %d unchanged, %d updated, %d fixed since baseline",
		c.new, c.unchanged, c.updated, c.absent)
}

// absentCount is the number of absent results; 0 without a baseline.
func (b *Baseline) absentCount() int {
	if b == nil {
		return 0
	}
	return len(b.Absent)
}

// addAbsent emits the baseline's absent results, at most room of them, each
// once at its old location (integration.md §8), and returns how many it
// wrote. Results without a rule, a location or a fingerprint cannot be
// written as GitHub-valid SARIF and are skipped.
func addAbsent(run *sarif.Run, b *Baseline, room int) int {
	if b == nil {
		return 0
	}
	n := 0
	for _, a := range b.Absent {
		if n >= room {
			break
		}
		if a.RuleID == "" || a.URI == "" || a.Fingerprint == "" {
			continue
		}
		r := a.region()
		loc := sarif.NewPhysicalLocation().
			WithArtifactLocation(sarif.NewSimpleArtifactLocation(a.URI).WithURIBaseID(srcRoot)).
			WithRegion(sarif.NewRegion().
				WithStartLine(r[0]).WithStartColumn(r[1]).
				WithEndLine(r[2]).WithEndColumn(r[3]))
		level := a.Level
		switch level {
		case sarif.LevelError, sarif.LevelWarning, sarif.LevelNote, sarif.LevelNone:
		default:
			level = sarif.LevelWarning
		}
		run.CreateResultForRule(a.RuleID).
			WithLevel(level).
			WithMessage(sarif.NewTextMessage(firstNonEmpty(strings.TrimSpace(a.Message), "corslint rule "+a.RuleID+" matched."))).
			AddLocation(sarif.NewLocationWithPhysicalLocation(loc)).
			WithPartialFingerprints(map[string]string{FingerprintKey: a.Fingerprint}).
			WithBaselineState(StateAbsent)
		n++
	}
	return n
}

// region returns the four region fields, repaired the way region() repairs
// a span: at least line 1 column 1, and an end after the start.
func (a AbsentResult) region() [4]int {
	sl, sc := max(a.StartLine, 1), max(a.StartColumn, 1)
	el, ec := a.EndLine, a.EndColumn
	if el < sl || (el == sl && ec <= sc) || ec < 1 {
		el, ec = sl, sc+1
	}
	return [4]int{sl, sc, el, ec}
}
