package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

func TestSARIFEmptyResults(t *testing.T) {
	for _, in := range []*Input{{}, {Version: "0.1.0", Rules: testRules()}} {
		got := string(render(t, "sarif", in, Options{}))
		if !strings.Contains(got, `"results": []`) {
			t.Errorf("empty run lacks \"results\": []:\n%s", got)
		}
	}
}

func TestSARIFRulesAndResults(t *testing.T) {
	doc := decodeSARIF(t, render(t, "sarif", testInput(t), Options{}))
	run := doc.Runs[0]

	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	// The catalog in its order, then the rule only a finding names.
	if got, want := strings.Join(ids, ","), "CORS001,CORS002,CORS008,CORS013,CORS010"; got != want {
		t.Errorf("rules %s, want %s", got, want)
	}
	levels := map[string]string{"CORS001": "error", "CORS002": "warning", "CORS008": "note", "CORS013": "warning"}
	for _, r := range run.Tool.Driver.Rules {
		if want, ok := levels[r.ID]; ok && r.Default.Level != want {
			t.Errorf("rule %s: default level %s, want %s", r.ID, r.Default.Level, want)
		}
		if r.ID == "CORS001" {
			if strings.Contains(r.Help["text"], "```") || strings.Contains(r.Help["text"], "##") {
				t.Errorf("help.text holds markdown: %q", r.Help["text"])
			}
			if !strings.Contains(r.Help["markdown"], "```nginx") {
				t.Errorf("help.markdown lost the markdown: %q", r.Help["markdown"])
			}
			if r.Properties["precision"] != "very-high" || r.Properties["security-severity"] != "9.1" {
				t.Errorf("CORS001 properties %v", r.Properties)
			}
		}
	}

	results := *run.Results
	if len(results) != 5 {
		t.Fatalf("%d results, want 5", len(results))
	}
	byRule := map[string]sarifResult{}
	for _, r := range results {
		byRule[r.RuleID] = r
	}
	c1 := byRule["CORS001"]
	if c1.Level != "error" || c1.Properties["witness"] != "Origin: https://evil.example" || c1.Properties["curl"] == nil {
		t.Errorf("CORS001 result: level %s, properties %v", c1.Level, c1.Properties)
	}
	if got := c1.Locations[0].Physical.Artifact.URI; got != "nginx/api.conf" {
		t.Errorf("CORS001 uri %q", got)
	}
	if byRule["CORS008"].Level != "note" || byRule["CORS013"].Level != "warning" {
		t.Error("result levels do not follow the findings' severities")
	}
	if got := byRule["CORS010"].Locations[0].Physical.Artifact.URI; got != "nginx/api.conf" {
		t.Errorf("./ path gave uri %q", got)
	}
	if run.AutomationDetails.ID != "corslint/" {
		t.Errorf("default category gave %q", run.AutomationDetails.ID)
	}
	if run.Tool.Driver.SemanticVersion != "0.1.0" {
		t.Errorf("semanticVersion %q", run.Tool.Driver.SemanticVersion)
	}

	notes := run.Invocations[0].Notifications
	if len(notes) != 2 {
		t.Fatalf("%d notifications, want 2", len(notes))
	}
	if notes[0].Level != "error" || len(notes[0].Locations) != 1 || notes[0].Locations[0].Physical.Region != nil {
		t.Errorf("file-only notice: %+v", notes[0])
	}
	if r := notes[1].Locations[0].Physical.Region; r == nil || *r.StartLine != 3 || *r.StartColumn != 7 {
		t.Errorf("notice with a position lost it: %+v", notes[1])
	}
}

func TestSARIFColumnsUTF16(t *testing.T) {
	doc := decodeSARIF(t, render(t, "sarif", testInput(t), Options{}))
	for _, r := range *doc.Runs[0].Results {
		reg := r.Locations[0].Physical.Region
		got := [4]int{*reg.StartLine, *reg.StartColumn, *reg.EndLine, *reg.EndColumn}
		var want [4]int
		switch r.RuleID {
		case "CORS008":
			// `  "comment": "für alle 🚀", "origin": "*"`: the value starts at
			// byte column 42; ü is 2 bytes but 1 unit, 🚀 4 bytes but 2.
			want = [4]int{2, 39, 2, 42}
		case "CORS001":
			want = [4]int{4, 48, 4, 60} // ASCII: byte columns pass through
		case "CORS010":
			want = [4]int{5, 53, 5, 54} // no end: the character at the start
		default:
			continue
		}
		if got != want {
			t.Errorf("%s region %v, want %v", r.RuleID, got, want)
		}
	}

	// Without ReadFile, or for a file it cannot read, byte columns pass through.
	in := testInput(t)
	in.ReadFile = nil
	doc = decodeSARIF(t, render(t, "sarif", in, Options{}))
	for _, r := range *doc.Runs[0].Results {
		if r.RuleID == "CORS008" {
			if reg := r.Locations[0].Physical.Region; *reg.StartColumn != 42 || *reg.EndColumn != 45 {
				t.Errorf("without ReadFile: columns %d-%d, want byte columns 42-45", *reg.StartColumn, *reg.EndColumn)
			}
		}
	}
}

func TestUTF16Column(t *testing.T) {
	tests := []struct {
		name string
		line string
		col  int
		end  bool
		want int
	}{
		{"ascii", "abc", 2, false, 2},
		{"after last", "abc", 4, true, 4},
		{"past end", "abc", 6, true, 6},
		{"after 2-byte", "ü=x", 4, false, 3},
		{"after 3-byte", "€=x", 5, false, 3},
		{"after 4-byte", "🚀=x", 6, false, 4},
		{"end after emoji", "a🚀", 6, true, 4},
		{"start inside 4-byte moves back", "a🚀b", 3, false, 2},
		{"end inside 4-byte moves forward", "a🚀b", 3, true, 4},
		{"invalid byte counts one", "\xffx", 2, false, 2},
		{"first column", "🚀", 1, false, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := utf16Column([]byte(tt.line), tt.col, tt.end); got != tt.want {
				t.Errorf("utf16Column(%q, %d, %v) = %d, want %d", tt.line, tt.col, tt.end, got, tt.want)
			}
		})
	}
}

func TestSARIFResultCap(t *testing.T) {
	mk := func(line int, sev rules.Severity) rules.Finding {
		return rules.Finding{
			RuleID: "CORS001", Severity: sev, Message: "m.",
			Span: policy.Span{File: "a.conf", Start: policy.Pos{Line: line, Col: 1}, End: policy.Pos{Line: line, Col: 2}},
		}
	}
	in := &Input{Version: "0.1.0", Rules: testRules(), Findings: []rules.Finding{
		mk(1, rules.Low), mk(2, rules.Critical), mk(3, rules.Medium), mk(4, rules.High), mk(5, rules.Critical),
	}}
	all := Fingerprints(in.Findings)

	var buf bytes.Buffer
	if err := writeSARIFLimit(&buf, prepare(in), 3); err != nil {
		t.Fatal(err)
	}
	checkSARIF(t, buf.Bytes())
	doc := decodeSARIF(t, buf.Bytes())
	var lines []int
	for _, r := range *doc.Runs[0].Results {
		lines = append(lines, *r.Locations[0].Physical.Region.StartLine)
		if fp := r.Fingerprints[FingerprintKey]; fp != all[*r.Locations[0].Physical.Region.StartLine-1] {
			t.Errorf("line %d: fingerprint changed by the cap", lines[len(lines)-1])
		}
	}
	// The three most severe (critical, critical, high), in file order.
	if want := []int{2, 4, 5}; !slices.Equal(lines, want) {
		t.Errorf("kept lines %v, want %v", lines, want)
	}
	notes := doc.Runs[0].Invocations[0].Notifications
	if len(notes) != 1 || notes[0].Level != "warning" || !strings.Contains(notes[0].Message.Text, "2 of 5 findings") {
		t.Errorf("dropped-results notification: %+v", notes)
	}
}

func TestSARIFFindingWithoutFile(t *testing.T) {
	in := &Input{Version: "0.1.0", Rules: testRules(), Findings: []rules.Finding{
		{RuleID: "CORS001", Severity: rules.Critical, Message: "no span."},
		{RuleID: "CORS008", Severity: rules.Low, Message: "located.", Span: policy.Span{File: "a.conf", Start: policy.Pos{Line: 2, Col: 3}}},
	}}
	doc := decodeSARIF(t, render(t, "sarif", in, Options{}))
	if n := len(*doc.Runs[0].Results); n != 1 {
		t.Errorf("%d results, want only the located finding", n)
	}
	notes := doc.Runs[0].Invocations[0].Notifications
	if len(notes) != 1 || notes[0].Level != "error" || !strings.Contains(notes[0].Message.Text, "CORS001") {
		t.Errorf("file-less finding should become an error notification: %+v", notes)
	}
}
