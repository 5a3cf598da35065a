package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// baselineFor marks the test input's findings: the first unchanged, the
// second updated, the rest new, plus one absent result.
func baselineFor(t *testing.T, in *Input) *Baseline {
	t.Helper()
	prints := Fingerprints(in.Findings)
	return &Baseline{
		States: map[string]string{prints[0]: StateUnchanged, prints[1]: StateUpdated},
		Absent: []AbsentResult{{
			RuleID: "CORS001", Level: "error", Message: "Any site can read credentialed responses.",
			URI: "old/gone.conf", Fingerprint: "0123456789abcdef0123456789abcdef",
			StartLine: 7, StartColumn: 3, EndLine: 7, EndColumn: 15,
		}},
	}
}

func TestBaselineSARIF(t *testing.T) {
	in := testInput(t)
	in.Baseline = baselineFor(t, in)
	data := render(t, "sarif", in, Options{}) // validated, GitHub checks included

	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID        string            `json:"ruleId"`
				BaselineState string            `json:"baselineState"`
				Fingerprints  map[string]string `json:"partialFingerprints"`
				Locations     []sarifLocation   `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	states := map[string]int{}
	var absent int
	for _, r := range doc.Runs[0].Results {
		states[r.BaselineState]++
		if r.BaselineState == StateAbsent {
			absent++
			loc := r.Locations[0].Physical
			if loc.Artifact.URI != "old/gone.conf" || *loc.Region.StartLine != 7 || *loc.Region.StartColumn != 3 || *loc.Region.EndColumn != 15 {
				t.Errorf("absent result not at its old location: %+v", loc)
			}
			if r.Fingerprints[FingerprintKey] != "0123456789abcdef0123456789abcdef" {
				t.Errorf("absent result lost its fingerprint: %v", r.Fingerprints)
			}
		}
	}
	// testInput has 5 findings, all located: 1 unchanged, 1 updated, 3 new.
	want := map[string]int{StateUnchanged: 1, StateUpdated: 1, StateNew: 3, StateAbsent: 1}
	for k, v := range want {
		if states[k] != v {
			t.Errorf("%d results %s, want %d (all: %v)", states[k], k, v, states)
		}
	}
	if states[""] != 0 {
		t.Errorf("%d results without baselineState", states[""])
	}
}

func TestBaselineSARIFCapCountsAbsent(t *testing.T) {
	in := testInput(t)
	in.Baseline = baselineFor(t, in)
	var buf bytes.Buffer
	if err := writeSARIFLimit(&buf, prepare(in), 5); err != nil {
		t.Fatal(err)
	}
	checkSARIF(t, buf.Bytes())
	if strings.Contains(buf.String(), `"absent"`) {
		t.Error("absent result written although the cap was reached by current findings")
	}
	if !strings.Contains(buf.String(), "Left out of this SARIF file: 1 result fixed since the baseline") {
		t.Error("no notification for the absent result left out")
	}
}

func TestBaselineOtherFormats(t *testing.T) {
	in := testInput(t)
	in.Baseline = baselineFor(t, in)
	const line = "baseline: 3 new, 1 unchanged, 1 updated, 1 fixed since baseline"

	text := string(render(t, "text", in, Options{}))
	if !strings.Contains(text, "\n"+line+"\n") {
		t.Errorf("text lacks %q:\n%s", line, text)
	}
	if got := strings.Count(text, "    baseline: "); got != 5 {
		t.Errorf("text has %d per-finding baseline lines, want 5", got)
	}

	md := string(render(t, "markdown", in, Options{}))
	if !strings.Contains(md, "Compared with the "+line+".") {
		t.Errorf("markdown lacks the baseline line:\n%s", md)
	}

	var doc struct {
		Findings []struct {
			BaselineState string `json:"baselineState"`
		} `json:"findings"`
		Baseline *struct {
			New, Unchanged, Updated, Absent int
		} `json:"baseline"`
	}
	if err := json.Unmarshal(render(t, "json", in, Options{}), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Baseline == nil || doc.Baseline.New != 3 || doc.Baseline.Unchanged != 1 || doc.Baseline.Updated != 1 || doc.Baseline.Absent != 1 {
		t.Errorf("json baseline = %+v", doc.Baseline)
	}
	for i, f := range doc.Findings {
		if f.BaselineState == "" {
			t.Errorf("json finding %d has no baselineState", i)
		}
	}
}

func TestNoBaselineAddsNothing(t *testing.T) {
	in := testInput(t)
	for _, format := range []string{"text", "json", "sarif", "markdown"} {
		out := string(render(t, format, in, Options{}))
		if strings.Contains(out, "baseline") {
			t.Errorf("%s output mentions a baseline without one:\n%s", format, out)
		}
	}
}
