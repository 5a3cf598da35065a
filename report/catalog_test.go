package report

import (
	"slices"
	"strconv"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// TestRealCatalogSARIF renders the shipped catalog with one finding per rule
// and holds it to GitHub's needs (checkSARIF), so metadata drift in any rule
// file (an empty help, a numeric or out-of-band score) fails here.
func TestRealCatalogSARIF(t *testing.T) {
	var metas []rules.Meta
	for _, r := range rules.All() {
		metas = append(metas, r.Meta())
	}
	if len(metas) == 0 {
		t.Fatal("rules.All() is empty")
	}
	ids := make([]string, len(metas))
	in := &Input{Version: "0.1.0", Rules: metas}
	for i, m := range metas {
		ids[i] = m.ID
		in.Findings = append(in.Findings, rules.Finding{
			RuleID:   m.ID,
			Severity: m.Severity,
			Message:  m.Short,
			Span:     policy.Span{File: "nginx/api.conf", Start: policy.Pos{Line: 4, Col: 48}, End: policy.Pos{Line: 4, Col: 60}},
		})
		checkBand(t, m)
	}
	if !slices.IsSorted(ids) || len(slices.Compact(slices.Clone(ids))) != len(ids) {
		t.Errorf("catalog IDs not unique and in ID order: %v", ids)
	}
	in.ReadFile = readTestFile
	doc := decodeSARIF(t, render(t, "sarif", in, Options{}))
	if n := len(doc.Runs[0].Tool.Driver.Rules); n != len(metas) {
		t.Errorf("%d SARIF rules for %d catalog entries", n, len(metas))
	}
}

// checkBand asserts the rule's security-severity lies in its severity's band
// (rules.md): GitHub shows the band of the score, corslint the severity.
func checkBand(t *testing.T, m rules.Meta) {
	t.Helper()
	v, err := strconv.ParseFloat(m.SecuritySeverity, 64)
	if err != nil {
		t.Errorf("%s: security-severity %q is not a number", m.ID, m.SecuritySeverity)
		return
	}
	bands := map[rules.Severity][2]float64{
		rules.Critical: {9.0, 10.0}, rules.High: {7.0, 8.9}, rules.Medium: {4.0, 6.9}, rules.Low: {0.1, 3.9},
	}
	band, ok := bands[m.Severity]
	if !ok {
		t.Errorf("%s: unknown severity %q", m.ID, m.Severity)
		return
	}
	lo, hi := band[0], band[1]
	if v < lo || v > hi || v == 9.0 {
		t.Errorf("%s: security-severity %s outside the %s band [%.1f, %.1f] (never exactly 9.0)", m.ID, m.SecuritySeverity, m.Severity, lo, hi)
	}
}
