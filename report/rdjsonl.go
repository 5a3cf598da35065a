package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/corslint/corslint/rules"
)

// rulesURL is where a rule code links to: the README's rule table, the one
// page that lists every rule.
const rulesURL = informationURI + "#rules"

// The rdjsonl format is reviewdog's Diagnostic Format, one JSON Diagnostic per
// line (integration.md §9), for `reviewdog -f=rdjsonl`:
//
//	{"message":"...","location":{"path":"nginx/api.conf","range":{"start":{"line":4,"column":48},"end":{"line":4,"column":60}}},
//	 "severity":"ERROR","source":{"name":"corslint","url":"..."},"code":{"value":"CORS001","url":"..."}}
//
// Columns are 1-based UTF-8 byte offsets, as in the scan's spans and as
// reviewdog counts them; the end is exclusive. Notices are not diagnostics and
// are left out (the CLI prints them on stderr). No finding carries a
// mechanical fix yet, so no suggestions are written.
type rdDiagnostic struct {
	Message  string      `json:"message"`
	Location *rdLocation `json:"location,omitempty"`
	Severity string      `json:"severity"`
	Source   rdSource    `json:"source"`
	Code     rdCode      `json:"code"`
}

type rdLocation struct {
	Path  string   `json:"path"`
	Range *rdRange `json:"range,omitempty"`
}

type rdRange struct {
	Start rdPosition  `json:"start"`
	End   *rdPosition `json:"end,omitempty"`
}

type rdPosition struct {
	Line   int `json:"line"`
	Column int `json:"column,omitempty"`
}

type rdSource struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

type rdCode struct {
	Value string `json:"value"`
	URL   string `json:"url"`
}

func writeRDJSONL(buf *bytes.Buffer, in *Input, _ Options) error {
	enc := json.NewEncoder(buf)
	// Messages quote config values such as "<" and "&"; keep them readable.
	enc.SetEscapeHTML(false)
	for _, f := range in.Findings {
		d := rdDiagnostic{
			Message:  findingText(f),
			Location: rdLocationOf(f),
			Severity: rdSeverity(f.Severity),
			Source:   rdSource{Name: toolName, URL: informationURI},
			Code:     rdCode{Value: f.RuleID, URL: rulesURL},
		}
		if err := enc.Encode(d); err != nil {
			return fmt.Errorf("encode rdjsonl: %w", err)
		}
	}
	return nil
}

// rdLocationOf leaves out what the span does not know: no file, no
// location (reviewdog then reports it without a position); no line, no
// range; no column, a line-wise range; no end, a zero-length range.
func rdLocationOf(f rules.Finding) *rdLocation {
	file := cleanPath(f.Span.File)
	if file == "" {
		return nil
	}
	loc := &rdLocation{Path: file}
	s := f.Span
	if s.Start.Line < 1 {
		return loc
	}
	if s.Start.Col < 1 {
		// Without a start column the whole line is meant; an end column
		// alone would make a range reviewdog reads differently.
		loc.Range = &rdRange{Start: rdPosition{Line: s.Start.Line}}
		return loc
	}
	r := &rdRange{Start: rdPosition{Line: s.Start.Line, Column: s.Start.Col}}
	if s.End.Col >= 1 && (s.End.Line > s.Start.Line || (s.End.Line == s.Start.Line && s.End.Col > s.Start.Col)) {
		r.End = &rdPosition{Line: s.End.Line, Column: s.End.Col}
	}
	loc.Range = r
	return loc
}

// rdSeverity maps severities as SARIF levels do: critical and high are
// errors, medium a warning, low informational.
func rdSeverity(s rules.Severity) string {
	switch sarifLevel(s) {
	case "error":
		return "ERROR"
	case "note":
		return "INFO"
	}
	return "WARNING"
}

// findingText is the message followed by the witness, the curl line and the
// fix, one per line, for formats with a single free-text field.
func findingText(f rules.Finding) string {
	return findingDetails(f, true)
}

// findingDetails is findingText, with the fix line only when withFix is set
// (formats with a field of their own for the fix leave it out).
func findingDetails(f rules.Finding, withFix bool) string {
	if !withFix {
		f.Fix = ""
	}
	var b strings.Builder
	b.WriteString(firstNonEmpty(strings.TrimSpace(f.Message), "corslint rule "+f.RuleID+" matched."))
	for _, extra := range []struct{ label, value string }{
		{"witness", f.Witness},
		{"reproduce", f.Curl},
		{"fix", f.Fix},
	} {
		if extra.value != "" {
			fmt.Fprintf(&b, "\n%s: %s", extra.label, extra.value)
		}
	}
	return b.String()
}
