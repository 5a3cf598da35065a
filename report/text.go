package report

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// ANSI colours for the severity word only; the rest of the line stays plain
// so it can still be copied into an editor's quickfix list.
var severityColor = map[rules.Severity]string{
	rules.Critical: "\x1b[1;31m", // bold red
	rules.High:     "\x1b[31m",   // red
	rules.Medium:   "\x1b[33m",   // yellow
	rules.Low:      "\x1b[36m",   // cyan
}

const colorReset = "\x1b[0m"

// writeText renders one line per finding in the compiler style editors and
// pre-commit understand:
//
//	path:line:col: severity [CORS001] message
//	    witness: Origin: https://evil.example
//	    $ curl -sI -H 'Origin: https://evil.example' https://api.example.com/
//	    fix: list the trusted origins explicitly
//
// then one line per notice (path:line:col: notice: message) and a summary.
// Columns are 1-based UTF-8 byte columns, as vim, Emacs and Go tools count.
func writeText(buf *bytes.Buffer, in *Input, opt Options) error {
	var prints []string
	if in.Baseline != nil {
		prints = Fingerprints(in.Findings)
	}
	for i, f := range in.Findings {
		sev := string(f.Severity)
		if c, ok := severityColor[f.Severity]; ok && opt.Color {
			sev = c + sev + colorReset
		}
		fmt.Fprintf(buf, "%s: %s [%s] %s\n", position(f.Span), sev, printable(f.RuleID), printable(f.Message))
		if f.Witness != "" {
			fmt.Fprintf(buf, "    witness: %s\n", printable(f.Witness))
		}
		if f.Curl != "" {
			fmt.Fprintf(buf, "    $ %s\n", printable(f.Curl))
		}
		if f.Fix != "" {
			fmt.Fprintf(buf, "    fix: %s\n", printable(f.Fix))
		}
		if prints != nil {
			fmt.Fprintf(buf, "    baseline: %s\n", in.Baseline.State(prints[i]))
		}
	}
	for _, n := range in.Notices {
		fmt.Fprintf(buf, "%s: notice: %s\n", position(n.Span), printable(n.Message))
	}
	buf.WriteString(summaryLine(summarize(in.Findings), len(in.Notices)))
	buf.WriteByte('\n')
	if in.Baseline != nil {
		buf.WriteString(baselineLine(countBaseline(in.Baseline, in.Findings)))
		buf.WriteByte('\n')
	}
	return nil
}

// position renders path:line:col, leaving out what the span does not know.
func position(s policy.Span) string {
	p := printable(cleanPath(s.File))
	if p == "" {
		p = "-"
	}
	if s.Start.Line < 1 {
		return p
	}
	if s.Start.Col < 1 {
		return fmt.Sprintf("%s:%d", p, s.Start.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p, s.Start.Line, s.Start.Col)
}

// summaryLine is "3 findings (1 critical, 2 high) in 2 files" or
// "no findings", plus the notice count when there are notices.
func summaryLine(s summary, notices int) string {
	var line string
	if s.total == 0 {
		line = "no findings"
	} else {
		var parts []string
		for _, sev := range severities {
			if n := s.bySeverity[sev]; n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", n, sev))
			}
		}
		if other := s.total - countKnown(s); other > 0 {
			parts = append(parts, fmt.Sprintf("%d other", other))
		}
		line = fmt.Sprintf("%s (%s) in %s", plural(s.total, "finding"), strings.Join(parts, ", "), plural(s.files, "file"))
	}
	if notices > 0 {
		line += ", " + plural(notices, "notice")
	}
	return line
}

// countKnown counts findings whose severity is one of the four bands.
func countKnown(s summary) int {
	n := 0
	for _, sev := range severities {
		n += s.bySeverity[sev]
	}
	return n
}
