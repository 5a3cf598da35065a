package baseline

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/report"
	"github.com/corslint/corslint/rules"
)

func finding(rule string, sev rules.Severity, file string, line int, key, msg string) rules.Finding {
	return rules.Finding{
		RuleID: rule, Severity: sev, Message: msg, Key: key,
		Span: policy.Span{File: file, Start: policy.Pos{Line: line, Col: 3}, End: policy.Pos{Line: line, Col: 9}},
	}
}

// sarifOf renders findings as the SARIF a previous run would have written.
func sarifOf(t *testing.T, fs []rules.Finding) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, "sarif", &report.Input{Version: "0.0.9", Findings: fs}, report.Options{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCompare(t *testing.T) {
	old := []rules.Finding{
		finding("CORS001", rules.Critical, "a.json", 2, "true", "Reflected with credentials."),
		finding("CORS008", rules.Low, "a.json", 5, `"*"`, "Any origin."),
		finding("CORS012", rules.Low, "b.json", 3, "86400", "Max-age is long."),
		finding("CORS013", rules.Medium, "c.json", 4, "Authorization", "Exposes Authorization."),
	}
	log, err := Parse(sarifOf(t, old))
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Entries) != 4 || log.Skipped != 0 {
		t.Fatalf("parsed %d entries, %d skipped; want 4, 0", len(log.Entries), log.Skipped)
	}

	now := []rules.Finding{
		// Moved down three lines: same fingerprint, unchanged.
		finding("CORS001", rules.Critical, "a.json", 5, "true", "Reflected with credentials."),
		// Message changed: updated.
		finding("CORS008", rules.Low, "a.json", 8, `"*"`, "Any origin, now worded differently."),
		// Severity raised by config, so the SARIF level changed: updated.
		finding("CORS013", rules.High, "c.json", 4, "Authorization", "Exposes Authorization."),
		// Not in the baseline: new.
		finding("CORS002", rules.Medium, "d.json", 2, "true", "Reflected."),
	}
	b := Compare(log, now)
	prints := report.Fingerprints(now)
	want := []string{report.StateUnchanged, report.StateUpdated, report.StateUpdated, report.StateNew}
	for i, w := range want {
		if got := b.State(prints[i]); got != w {
			t.Errorf("finding %d (%s): state %q, want %q", i, now[i].RuleID, got, w)
		}
	}
	if len(b.Absent) != 1 {
		t.Fatalf("%d absent, want 1 (CORS012 in b.json)", len(b.Absent))
	}
	a := b.Absent[0]
	if a.RuleID != "CORS012" || a.URI != "b.json" || a.StartLine != 3 || a.StartColumn != 3 || a.EndColumn != 9 || a.Level != "note" {
		t.Errorf("absent entry = %+v", a)
	}

	if n := CountNew(b, now, rules.Low.Rank()); n != 1 {
		t.Errorf("CountNew = %d, want 1", n)
	}
	if n := CountNew(b, now, rules.High.Rank()); n != 0 {
		t.Errorf("CountNew at high = %d, want 0 (the new finding is medium)", n)
	}
}

func TestCompareDuplicateKeys(t *testing.T) {
	// Two equal constructs in one file get distinct fingerprints (their
	// index among equal keys), so removing one leaves exactly one absent.
	two := []rules.Finding{
		finding("CORS013", rules.Medium, "s.js", 3, "'Authorization'", "Exposes Authorization."),
		finding("CORS013", rules.Medium, "s.js", 9, "'Authorization'", "Exposes Authorization."),
	}
	log, err := Parse(sarifOf(t, two))
	if err != nil {
		t.Fatal(err)
	}
	b := Compare(log, two[:1])
	if got := b.State(report.Fingerprints(two[:1])[0]); got != report.StateUnchanged {
		t.Errorf("remaining finding is %q, want unchanged", got)
	}
	if len(b.Absent) != 1 {
		t.Errorf("%d absent, want 1", len(b.Absent))
	}
}

func TestParseSkipsAbsentAndForeign(t *testing.T) {
	doc := `{"version":"2.1.0","runs":[
	 {"tool":{"driver":{"name":"othertool"}},"results":[{"ruleId":"X","partialFingerprints":{"corslint/v1":"aa"}}]},
	 {"tool":{"driver":{"name":"corslint"}},"results":[
	   {"ruleId":"CORS001","level":"error","message":{"text":"m"},"partialFingerprints":{"corslint/v1":"bb"},"baselineState":"unchanged"},
	   {"ruleId":"CORS001","level":"error","message":{"text":"m"},"partialFingerprints":{"corslint/v1":"cc"},"baselineState":"absent"},
	   {"ruleId":"CORS001","message":{"text":"m"}}
	 ]}]}`
	log, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(log.Entries) != 1 || log.Entries[0].Fingerprint != "bb" {
		t.Errorf("entries = %+v, want only bb", log.Entries)
	}
	if log.Skipped != 1 {
		t.Errorf("skipped = %d, want 1", log.Skipped)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"not json", "nope", "not a SARIF log"},
		{"wrong version", `{"version":"2.0.0","runs":[]}`, "not a SARIF 2.1.0 log"},
		{"no corslint run", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[]}]}`, "no corslint run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.doc))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Parse error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "base.sarif")
	if err := os.WriteFile(p, sarifOf(t, nil), 0o644); err != nil {
		t.Fatal(err)
	}
	log, err := Load(p)
	if err != nil {
		t.Fatalf("Load(empty run): %v", err)
	}
	if len(log.Entries) != 0 {
		t.Errorf("%d entries from an empty run", len(log.Entries))
	}
	if _, err := Load(filepath.Join(dir, "missing.sarif")); err == nil || !strings.Contains(err.Error(), "read baseline") {
		t.Errorf("Load(missing) error = %v", err)
	}
}
