// Package report renders a scan's findings and tool notices in corslint's
// output formats: text (terminals, pre-commit), json (machines), sarif (GitHub
// code scanning) and markdown (audit reports, job summaries).
//
// It only formats what the scan hands it. It never decides what is a finding,
// never filters by severity or suppression, and never touches the file system:
// the one read it needs (source lines, to turn UTF-8 byte columns into the
// UTF-16 columns SARIF declares) goes through Input.ReadFile. Output is
// deterministic: the same Input gives the same bytes (design.md, "Reporting").
package report

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// Input is everything a reporter renders.
type Input struct {
	Version  string // tool semantic version ("0.1.0"; tests fix it)
	Category string // SARIF automationDetails category; "" means "corslint"; written as "<category>/"
	// Rules is the whole catalog, in ID order; SARIF registers all of them
	// before any result (integration.md §2, pitfall 2).
	Rules    []rules.Meta
	Findings []rules.Finding // sorted by the scan (file, line, column, rule ID)
	Notices  []policy.Notice // tool notifications (unreadable/unparsable files...)
	// ReadFile returns a scanned file by its root-relative path; used to convert
	// UTF-8 byte columns to UTF-16 code units for SARIF. May be nil (then columns pass through).
	ReadFile func(rel string) ([]byte, error)
	// Baseline, when set, is the comparison with a --baseline SARIF log:
	// SARIF gets baselineState and absent results, the other formats a
	// state per finding and a count of fixed ones. Nil changes nothing.
	Baseline *Baseline
	// Started and Finished bound the scan, for formats that record when it
	// ran (gitlab's scan.start_time/end_time). The CLI sets them from its
	// clock; zero values are written as the zero time, so tests stay
	// deterministic without setting them.
	Started, Finished time.Time
}

// Options tune rendering without changing content.
type Options struct {
	// Color wraps the severity word of the text format in ANSI colours.
	Color bool
}

// writer renders one format into buf.
type writer func(buf *bytes.Buffer, in *Input, opt Options) error

// formats maps each format name to its writer; Formats lists the names in
// this order.
var formats = []struct {
	name  string
	write writer
}{
	{"text", writeText},
	{"json", writeJSON},
	{"sarif", writeSARIF},
	{"markdown", writeMarkdown},
	{"rdjsonl", writeRDJSONL},
	{"gitlab", writeGitLab},
	{"junit", writeJUnit},
	{"checkstyle", writeCheckstyle},
}

// Formats returns the names Write accepts, default first.
func Formats() []string {
	names := make([]string, 0, len(formats))
	for _, f := range formats {
		names = append(names, f.name)
	}
	return names
}

// Write renders in as format to w. The whole output is built in memory first,
// so a failing writer never leaves half a SARIF file behind a nil error.
func Write(w io.Writer, format string, in *Input, opt Options) error {
	if in == nil {
		in = &Input{}
	}
	for _, f := range formats {
		if f.name != format {
			continue
		}
		prepared := prepare(in)
		var buf bytes.Buffer
		if err := f.write(&buf, prepared, opt); err != nil {
			return fmt.Errorf("render %s report: %w", format, err)
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("write %s report: %w", format, err)
		}
		return nil
	}
	return fmt.Errorf("unknown output format %q (want one of %s)", format, strings.Join(Formats(), ", "))
}

// prepare returns a copy of in whose findings and notices are in a canonical
// order, so output stays the same bytes even if a parallel scan hands them over
// in another order. The caller's slices are not modified.
func prepare(in *Input) *Input {
	out := *in
	out.Findings = slices.Clone(in.Findings)
	slices.SortStableFunc(out.Findings, compareFindings)
	out.Notices = slices.Clone(in.Notices)
	slices.SortStableFunc(out.Notices, func(a, b policy.Notice) int {
		return cmp.Or(
			cmp.Compare(cleanPath(a.Span.File), cleanPath(b.Span.File)),
			cmp.Compare(a.Span.Start.Line, b.Span.Start.Line),
			cmp.Compare(a.Span.Start.Col, b.Span.Start.Col),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return &out
}

func compareFindings(a, b rules.Finding) int {
	return cmp.Or(
		cmp.Compare(cleanPath(a.Span.File), cleanPath(b.Span.File)),
		cmp.Compare(a.Span.Start.Line, b.Span.Start.Line),
		cmp.Compare(a.Span.Start.Col, b.Span.Start.Col),
		cmp.Compare(a.RuleID, b.RuleID),
	)
}

// cleanPath turns a scan path into the repository-relative form every format
// prints: forward slashes, no leading "./" (GitHub shows "./a" and "a" as two
// files; integration.md §1).
func cleanPath(p string) string {
	if p == "" {
		return ""
	}
	p = path.Clean(filepath.ToSlash(p))
	if p == "." {
		return ""
	}
	return p
}

// severities lists the bands from most to least severe.
var severities = []rules.Severity{rules.Critical, rules.High, rules.Medium, rules.Low}

// sarifLevel maps a severity to a SARIF level (rules.md: critical and high
// are errors, medium a warning, low a note).
func sarifLevel(s rules.Severity) string {
	switch s {
	case rules.Critical, rules.High:
		return "error"
	case rules.Medium:
		return "warning"
	case rules.Low:
		return "note"
	}
	return "warning"
}

// summary counts findings for the text, json and markdown summaries.
type summary struct {
	total      int
	bySeverity map[rules.Severity]int
	byRule     map[string]int
	files      int
}

func summarize(fs []rules.Finding) summary {
	s := summary{bySeverity: map[rules.Severity]int{}, byRule: map[string]int{}}
	files := map[string]bool{}
	for _, f := range fs {
		s.total++
		s.bySeverity[f.Severity]++
		s.byRule[f.RuleID]++
		files[cleanPath(f.Span.File)] = true
	}
	s.files = len(files)
	return s
}

// ruleIDs returns the rule IDs with findings, sorted.
func (s summary) ruleIDs() []string {
	ids := make([]string, 0, len(s.byRule))
	for id := range s.byRule {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// catalog indexes rule metadata by ID.
func catalog(ms []rules.Meta) map[string]rules.Meta {
	out := make(map[string]rules.Meta, len(ms))
	for _, m := range ms {
		if _, dup := out[m.ID]; !dup {
			out[m.ID] = m
		}
	}
	return out
}

// plural returns "1 finding" or "3 findings".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
