package suppress

import (
	"fmt"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// Suppressed is a finding a directive removed, with its justification (an
// audit run may keep it as a SARIF `inSource` suppression).
type Suppressed struct {
	Finding   rules.Finding
	Directive Directive
}

// Unused is one rule ID of a directive that matched no finding.
type Unused struct {
	Directive Directive
	ID        string
}

// Notice turns an unused suppression into the notification integration.md §7
// asks for.
func (u Unused) Notice() policy.Notice {
	return policy.Notice{
		Level:   policy.LevelWarning,
		Message: fmt.Sprintf("%s %s suppresses nothing here; remove it or move it to the flagged line", keyword, u.ID),
		Span:    u.Directive.Span,
	}
}

// Match returns the index of the first directive in dirs that suppresses rule
// ruleID on line, or -1. It is the one-finding form of Apply for callers
// that handle a single file's findings themselves.
func Match(dirs []Directive, ruleID string, line int) int {
	for i, d := range dirs {
		if !containsStr(d.IDs, ruleID) {
			continue
		}
		for _, l := range d.AppliesTo {
			if l == line {
				return i
			}
		}
	}
	return -1
}

// Result is what Apply did.
type Result struct {
	Kept       []rules.Finding // in input order
	Suppressed []Suppressed    // in input order
	Unused     []Unused        // in directive order, then ID order
}

// Apply drops the findings a directive covers: same file, a rule the
// directive names, and the finding's first line among the directive's
// AppliesTo lines (the line a report shows). dirs may come from several
// files. enabled tells which rules ran; a directive for a rule that did not
// run is not reported as unused, since it may well be needed in a run that
// enables it (nil: every rule ran).
func Apply(dirs []Directive, findings []rules.Finding, enabled func(id string) bool) Result {
	type key struct {
		file string
		line int
	}
	index := map[key][]int{}
	for i, d := range dirs {
		for _, l := range d.AppliesTo {
			k := key{d.Span.File, l}
			index[k] = append(index[k], i)
		}
	}
	used := make([][]bool, len(dirs))
	for i, d := range dirs {
		used[i] = make([]bool, len(d.IDs))
	}
	var res Result
	for _, f := range findings {
		matched := -1
		for _, di := range index[key{f.Span.File, f.Span.Start.Line}] {
			for j, id := range dirs[di].IDs {
				if id == f.RuleID {
					used[di][j] = true
					if matched < 0 {
						matched = di
					}
				}
			}
		}
		if matched >= 0 {
			res.Suppressed = append(res.Suppressed, Suppressed{Finding: f, Directive: dirs[matched]})
			continue
		}
		res.Kept = append(res.Kept, f)
	}
	for i, d := range dirs {
		for j, id := range d.IDs {
			if !used[i][j] && (enabled == nil || enabled(id)) {
				res.Unused = append(res.Unused, Unused{Directive: d, ID: id})
			}
		}
	}
	return res
}
