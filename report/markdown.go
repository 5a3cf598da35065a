package report

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/corslint/corslint/rules"
)

// GitHub rejects a job summary over 1 MiB (integration.md §5), so the
// detailed tables stop after these many rows and say how many were left out.
const (
	maxMarkdownFindings = 500
	maxMarkdownNotices  = 100
)

// writeMarkdown renders an audit report, also used as a GitHub job summary:
// a title, the counts by severity and by rule, the findings grouped by file,
// then the notices. Every table cell is escaped (mdText, mdCode), since
// messages quote values from the scanned files.
func writeMarkdown(buf *bytes.Buffer, in *Input, _ Options) error {
	s := summarize(in.Findings)
	buf.WriteString("# corslint report\n\n")
	version := ""
	if in.Version != "" {
		version = " " + mdText(in.Version)
	}
	fmt.Fprintf(buf, "corslint%s: %s.\n", version, summaryLine(s, len(in.Notices)))
	if in.Baseline != nil {
		fmt.Fprintf(buf, "\nCompared with the %s.\n", baselineLine(countBaseline(in.Baseline, in.Findings)))
	}

	if s.total > 0 {
		writeMarkdownSummary(buf, in, s)
		writeMarkdownFindings(buf, in.Findings)
	}
	if len(in.Notices) > 0 {
		writeMarkdownNotices(buf, in)
	}
	return nil
}

func writeMarkdownSummary(buf *bytes.Buffer, in *Input, s summary) {
	buf.WriteString("\n## Summary\n\n| Severity | Findings |\n| --- | ---: |\n")
	for _, sev := range severities {
		fmt.Fprintf(buf, "| %s | %d |\n", sev, s.bySeverity[sev])
	}
	if other := s.total - countKnown(s); other > 0 {
		fmt.Fprintf(buf, "| other | %d |\n", other)
	}
	fmt.Fprintf(buf, "| **total** | **%d** |\n", s.total)

	metas := catalog(in.Rules)
	buf.WriteString("\n| Rule | Name | Severity | Findings |\n| --- | --- | --- | ---: |\n")
	for _, id := range s.ruleIDs() {
		m := metas[id]
		fmt.Fprintf(buf, "| %s | %s | %s | %d |\n", mdText(id), mdText(m.Name), mdText(string(m.Severity)), s.byRule[id])
	}
}

func writeMarkdownFindings(buf *bytes.Buffer, fs []rules.Finding) {
	buf.WriteString("\n## Findings\n")
	shown := fs[:min(len(fs), maxMarkdownFindings)]
	file := "\x00" // no file path is NUL, so the first finding opens a group
	for _, f := range shown {
		if p := cleanPath(f.Span.File); p != file {
			file = p
			heading := "(no file)"
			if p != "" {
				heading = mdCode(p, false)
			}
			fmt.Fprintf(buf, "\n### %s\n\n", heading)
			buf.WriteString("| Line | Rule | Severity | Message | Witness | Fix |\n| ---: | --- | --- | --- | --- | --- |\n")
		}
		line := ""
		if f.Span.Start.Line > 0 {
			line = strconv.Itoa(f.Span.Start.Line)
		}
		witness := ""
		if f.Witness != "" {
			witness = mdCode(f.Witness, true)
		}
		if f.Curl != "" {
			if witness != "" {
				witness += "<br>"
			}
			witness += mdCode(f.Curl, true)
		}
		fmt.Fprintf(buf, "| %s | %s | %s | %s | %s | %s |\n",
			line, mdText(f.RuleID), mdText(string(f.Severity)), mdText(f.Message), witness, mdText(f.Fix))
	}
	if len(shown) < len(fs) {
		fmt.Fprintf(buf, "\n_Showing the first %d of %d findings; the json and sarif formats list them all._\n", len(shown), len(fs))
	}
}

func writeMarkdownNotices(buf *bytes.Buffer, in *Input) {
	buf.WriteString("\n## Notices\n\n| Level | Location | Message |\n| --- | --- | --- |\n")
	shown := in.Notices[:min(len(in.Notices), maxMarkdownNotices)]
	for _, n := range shown {
		fmt.Fprintf(buf, "| %s | %s | %s |\n", mdText(noticeLevel(n.Level)), mdCode(position(n.Span), true), mdText(n.Message))
	}
	if len(shown) < len(in.Notices) {
		fmt.Fprintf(buf, "\n_Showing the first %d of %d notices._\n", len(shown), len(in.Notices))
	}
}
