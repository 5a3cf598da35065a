package report

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

const (
	toolName       = "corslint"
	informationURI = "https://github.com/corslint/corslint"
	// srcRoot is the uriBaseId of every location: URIs are relative to the
	// repository root. GitHub ignores it, and no originalUriBaseIds are
	// written, since an absolute path would make output machine-specific.
	srcRoot = "%SRCROOT%"
	// maxResults is GitHub's per-run result limit (integration.md §1.2).
	maxResults = 25000
	// GitHub rejects rule texts over 1024 characters and names over 255, and
	// accepts at most 20 tags (integration.md §1).
	maxRuleText = 1024
	maxRuleName = 255
	maxTags     = 20
)

// writeSARIF renders a SARIF 2.1.0 log for GitHub code scanning (integration.md §1-3).
func writeSARIF(buf *bytes.Buffer, in *Input, _ Options) error {
	return writeSARIFLimit(buf, in, maxResults)
}

// writeSARIFLimit is writeSARIF with the result cap as a parameter, so tests
// can exercise the cap without 25,000 findings.
func writeSARIFLimit(buf *bytes.Buffer, in *Input, limit int) error {
	cols := newColumns(in.ReadFile)
	run := sarif.NewRunWithInformationURI(toolName, informationURI)
	if in.Version != "" {
		run.Tool.Driver.WithSemanticVersion(in.Version)
	}
	run.WithColumnKind("utf16CodeUnits")
	run.WithAutomationDetails(sarif.NewRunAutomationDetails().WithID(automationID(in.Category)))

	// Every rule goes in before any result: a result created before its rule
	// gets ruleIndex -1 (integration.md §2, pitfall 2). IDs a finding uses but
	// the catalog lacks are registered after it, so no result points nowhere.
	registered := map[string]bool{}
	for _, m := range in.Rules {
		if m.ID == "" || registered[m.ID] {
			continue
		}
		registered[m.ID] = true
		addRule(run, m)
	}
	var extra []string
	for _, f := range in.Findings {
		if !registered[f.RuleID] {
			registered[f.RuleID] = true
			extra = append(extra, f.RuleID)
		}
	}
	// Absent baseline results may name a rule the catalog has since lost.
	if in.Baseline != nil {
		for _, a := range in.Baseline.Absent {
			if a.RuleID != "" && !registered[a.RuleID] {
				registered[a.RuleID] = true
				extra = append(extra, a.RuleID)
			}
		}
	}
	slices.Sort(extra)
	for _, id := range extra {
		addRule(run, rules.Meta{ID: id})
	}

	// Fingerprints are computed over all findings, before the cap, so that a
	// kept finding's fingerprint does not depend on which others were dropped.
	prints := Fingerprints(in.Findings)
	// A result needs a file (GitHub rejects a result without a location), so
	// a finding without one, which the scan should never produce, is kept
	// visible as a notification instead.
	var located, unlocated []rules.Finding
	var locatedPrints []string
	for i, f := range in.Findings {
		if cleanPath(f.Span.File) == "" {
			unlocated = append(unlocated, f)
			continue
		}
		located = append(located, f)
		locatedPrints = append(locatedPrints, prints[i])
	}
	kept := keepMostSevere(located, limit)
	for _, i := range kept {
		res := addResult(run, cols, located[i], locatedPrints[i])
		if in.Baseline != nil {
			res.WithBaselineState(in.Baseline.State(locatedPrints[i]))
		}
	}
	absent := addAbsent(run, in.Baseline, limit-len(kept))

	inv := sarif.NewInvocation().WithExecutionSuccessful(true)
	for _, n := range in.Notices {
		inv.AddToolExecutionNotification(notification(cols, n))
	}
	for _, f := range unlocated {
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(fmt.Sprintf("%s (no file to attach it to): %s", f.RuleID, f.Message))))
	}
	if dropped := in.Baseline.absentCount() - absent; dropped > 0 {
		msg := fmt.Sprintf("Left out of this SARIF file: %s fixed since the baseline, because GitHub accepts at most %d results per run.", plural(dropped, "result"), limit)
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel(sarif.LevelNote).
			WithMessage(sarif.NewTextMessage(msg)))
	}
	if dropped := len(located) - len(kept); dropped > 0 {
		msg := fmt.Sprintf("%d of %d findings were left out of this SARIF file: GitHub accepts at most %d results per run, so the most severe were kept. The json format lists them all.",
			dropped, len(located), limit)
		inv.AddToolExecutionNotification(sarif.NewNotification().
			WithLevel(sarif.LevelWarning).
			WithMessage(sarif.NewTextMessage(msg)))
	}
	run.AddInvocation(inv)

	doc := sarif.NewReport()
	doc.AddRun(run)
	if err := doc.PrettyWrite(buf); err != nil {
		return fmt.Errorf("encode sarif: %w", err)
	}
	buf.WriteByte('\n')
	return nil
}

// automationID is the run category as GitHub reads it: "<category>/", split
// at the last slash (integration.md §1.3).
func automationID(category string) string {
	category = strings.TrimRight(category, "/")
	if category == "" {
		category = toolName
	}
	return category + "/"
}

// keepMostSevere returns the indices of at most limit findings, the most
// severe first chosen, then put back in their original (file) order.
func keepMostSevere(fs []rules.Finding, limit int) []int {
	idx := make([]int, len(fs))
	for i := range idx {
		idx[i] = i
	}
	if len(fs) <= limit {
		return idx
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Compare(fs[b].Severity.Rank(), fs[a].Severity.Rank())
	})
	idx = idx[:max(limit, 0)]
	slices.Sort(idx)
	return idx
}

// addRule registers one catalog entry with everything GitHub shows or needs
// (integration.md §1, Rules). Missing metadata gets a fallback, so a rule
// outside the catalog still passes GitHub's checks.
func addRule(run *sarif.Run, m rules.Meta) {
	short := firstNonEmpty(m.Short, m.Full, "corslint rule "+m.ID+".")
	full := firstNonEmpty(m.Full, short)
	markdown := firstNonEmpty(m.Help, full)
	text := firstNonEmpty(plainText(m.Help), full)

	r := run.AddRule(m.ID).
		WithDescription(truncate(short, maxRuleText)).
		WithFullDescription(sarif.NewMultiformatMessageString().WithText(truncate(full, maxRuleText))).
		// WithHelp, not WithMarkdownHelp, which puts markdown in help.text too
		// (integration.md §2, pitfall 3).
		WithHelp(sarif.NewMultiformatMessageString().WithText(truncate(text, maxRuleText)).WithMarkdown(markdown)).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(m.Severity)))
	if m.Name != "" {
		r.WithName(truncate(m.Name, maxRuleName))
	}

	props := sarif.NewPropertyBag().WithTags(ruleTags(m.Tags))
	if m.Precision != "" {
		props.Add("precision", m.Precision)
	}
	// A string, never a number: GitHub fails processing otherwise.
	props.Add("security-severity", firstNonEmpty(m.SecuritySeverity, bandScore(m.Severity)))
	r.WithProperties(props)
}

// ruleTags makes sure "security" is present (GitHub only treats results of
// security-tagged rules as security alerts) and keeps at most maxTags.
func ruleTags(tags []string) []string {
	out := make([]string, 0, len(tags)+1)
	if !slices.Contains(tags, "security") {
		out = append(out, "security")
	}
	for _, t := range tags {
		if t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	if len(out) > maxTags {
		out = out[:maxTags]
	}
	return out
}

// bandScore is a security-severity inside each band (rules.md: 9.0+ critical,
// 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low), used only when a rule's metadata
// lacks its own score.
func bandScore(s rules.Severity) string {
	switch s {
	case rules.Critical:
		return "9.1"
	case rules.High:
		return "7.5"
	case rules.Low:
		return "3.0"
	}
	return "5.0"
}

// addResult adds one finding with exactly one location (GitHub reads only the
// first, and rejects none).
func addResult(run *sarif.Run, cols *columns, f rules.Finding, fp string) *sarif.Result {
	file := cleanPath(f.Span.File)
	msg := firstNonEmpty(strings.TrimSpace(f.Message), "corslint rule "+f.RuleID+" matched.")
	loc := sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(file)).WithURIBaseID(srcRoot)).
		WithRegion(region(cols, file, f.Span))

	res := run.CreateResultForRule(f.RuleID).
		WithLevel(sarifLevel(f.Severity)).
		WithMessage(sarif.NewTextMessage(msg)).
		AddLocation(sarif.NewLocationWithPhysicalLocation(loc)).
		// WithPartialFingerprints, never AddPartialFingerprint, which panics
		// on a new result (integration.md §2, pitfall 1).
		WithPartialFingerprints(map[string]string{FingerprintKey: fp})

	if f.Witness != "" || f.Curl != "" || f.Fix != "" {
		props := sarif.NewPropertyBag()
		if f.Witness != "" {
			props.Add("witness", f.Witness)
		}
		if f.Curl != "" {
			props.Add("curl", f.Curl)
		}
		if f.Fix != "" {
			props.Add("fix", f.Fix)
		}
		res.WithProperties(props)
	}
	return res
}

// region is the full four-field region GitHub needs, in UTF-16 columns with
// an exclusive end. A span without an end, or ending before it starts,
// covers the character at its start.
func region(cols *columns, file string, s policy.Span) *sarif.Region {
	startLine := max(s.Start.Line, 1)
	startCol := max(s.Start.Col, 1)
	endLine, endCol := s.End.Line, s.End.Col
	if endLine < startLine || (endLine == startLine && endCol <= startCol) || endCol < 1 {
		endLine, endCol = startLine, startCol+1
	}
	return sarif.NewRegion().
		WithStartLine(startLine).
		WithStartColumn(cols.convert(file, startLine, startCol, false)).
		WithEndLine(endLine).
		WithEndColumn(cols.convert(file, endLine, endCol, true))
}

// notification turns a notice into a toolExecutionNotification, with a
// location when the notice names a file.
func notification(cols *columns, n policy.Notice) *sarif.Notification {
	level := noticeLevel(n.Level)
	switch level {
	case sarif.LevelError, sarif.LevelWarning, sarif.LevelNote, sarif.LevelNone:
	default:
		level = sarif.LevelWarning
	}
	out := sarif.NewNotification().
		WithLevel(level).
		WithMessage(sarif.NewTextMessage(firstNonEmpty(strings.TrimSpace(n.Message), "corslint notice.")))
	file := cleanPath(n.Span.File)
	if file == "" {
		return out
	}
	loc := sarif.NewPhysicalLocation().
		WithArtifactLocation(sarif.NewSimpleArtifactLocation(sarifURI(file)).WithURIBaseID(srcRoot))
	if n.Span.Start.Line > 0 {
		r := sarif.NewRegion().WithStartLine(n.Span.Start.Line)
		if n.Span.Start.Col > 0 {
			r.WithStartColumn(cols.convert(file, n.Span.Start.Line, n.Span.Start.Col, false))
		}
		loc.WithRegion(r)
	}
	return out.AddLocation(sarif.NewLocationWithPhysicalLocation(loc))
}

// sarifURI percent-encodes a relative path as a URI reference. Unreserved
// characters, sub-delimiters, '@' and '/' stay; everything else (spaces,
// '%', '#', '?', non-ASCII bytes, and ':' so that "c:x" cannot read as a
// scheme) is encoded.
func sarifURI(p string) string {
	const keep = "-._~!$&'()*+,;=@/"
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte(keep, c) >= 0 {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// plainText turns rule help markdown into the plain help.text GitHub shows
// when no markdown is given: code fences and heading marks go, inline code
// and bold marks are dropped, and links keep their text and target.
func plainText(md string) string {
	link := regexp.MustCompile(`\[([^\]]*)\]\(([^)\s]*)\)`)
	var lines []string
	for _, line := range strings.Split(md, "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~") {
			continue
		}
		if strings.HasPrefix(trimmed, "#") {
			line = strings.TrimSpace(strings.TrimLeft(trimmed, "#"))
		}
		line = link.ReplaceAllString(line, "$1 ($2)")
		line = strings.NewReplacer("`", "", "**", "").Replace(line)
		lines = append(lines, line)
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// truncate cuts s to at most n characters (runes), ending with an ellipsis
// when cut.
func truncate(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
