package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dropSARIF copies a SARIF file a test wrote into $CORSLINT_SARIF_OUT, when
// set, for CI's SARIF Multitool validation (integration.md §3).
func dropSARIF(t *testing.T, data []byte) {
	t.Helper()
	dir := os.Getenv("CORSLINT_SARIF_OUT")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("CORSLINT_SARIF_OUT: %v", err)
	}
	sum := sha256.Sum256(data)
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, t.Name())
	if err := os.WriteFile(filepath.Join(dir, "cli-"+name+"-"+hex.EncodeToString(sum[:4])+".sarif"), data, 0o644); err != nil {
		t.Fatalf("CORSLINT_SARIF_OUT: %v", err)
	}
}

// sarifStates runs a scan writing SARIF and returns the exit code and each
// result's "ruleId@uri:baselineState".
func sarifStates(t *testing.T, args ...string) (int, []string) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.sarif")
	code, _, errs := run(t, append([]string{"scan", "--format", "sarif", "--output", out}, args...)...)
	if code == ExitError {
		t.Fatalf("exit 2: %s", errs)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	dropSARIF(t, data)
	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID        string `json:"ruleId"`
				BaselineState string `json:"baselineState"`
				Locations     []struct {
					Physical struct {
						Artifact struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	var states []string
	for _, r := range doc.Runs[0].Results {
		states = append(states, r.RuleID+"@"+r.Locations[0].Physical.Artifact.URI+":"+r.BaselineState)
	}
	return code, states
}

func countState(states []string, suffix string) int {
	n := 0
	for _, s := range states {
		if strings.HasSuffix(s, ":"+suffix) {
			n++
		}
	}
	return n
}

func TestBaselineLifecycle(t *testing.T) {
	dir := write(t, map[string]string{
		"api/cors.json":  reflectCreds,
		"good/cors.json": "{\n  \"origin\": [\"https://app.example.com\"]\n}\n",
	})
	base := filepath.Join(t.TempDir(), "base.sarif")
	if code, _, errs := run(t, "scan", "--format", "sarif", "--output", base, dir); code != ExitFindings {
		t.Fatalf("first scan: exit %d, want 1 (%s)", code, errs)
	}
	baseData, err := os.ReadFile(base)
	if err != nil {
		t.Fatal(err)
	}
	dropSARIF(t, baseData)

	// 1. The same tree again: nothing new, exit 0.
	code, states := sarifStates(t, "--baseline", base, dir)
	if code != ExitOK {
		t.Errorf("unchanged tree: exit %d, want 0 (%v)", code, states)
	}
	if len(states) == 0 || countState(states, "unchanged") != len(states) {
		t.Errorf("unchanged tree: states %v, want all unchanged", states)
	}
	code, out, _ := run(t, "scan", "--no-color", "--baseline", base, dir)
	if code != ExitOK || !strings.Contains(out, "baseline: 0 new, ") {
		t.Errorf("text with baseline: exit %d\n%s", code, out)
	}

	// 2. Lines inserted above the finding keep it unchanged.
	bad := filepath.Join(dir, "api", "cors.json")
	if err := os.WriteFile(bad, []byte("\n\n\n"+reflectCreds), 0o644); err != nil {
		t.Fatal(err)
	}
	code, states = sarifStates(t, "--baseline", base, dir)
	if code != ExitOK || countState(states, "unchanged") != len(states) {
		t.Errorf("lines inserted above: exit %d, states %v; want 0 and all unchanged", code, states)
	}

	// 3. A newly added problem is new and fails the run...
	if err := os.MkdirAll(filepath.Join(dir, "new"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "new", "cors.json"), []byte(reflectCreds), 0o644); err != nil {
		t.Fatal(err)
	}
	code, states = sarifStates(t, "--baseline", base, dir)
	if code != ExitFindings {
		t.Errorf("new problem: exit %d, want 1", code)
	}
	for _, s := range states {
		if strings.Contains(s, "@new/") != strings.HasSuffix(s, ":new") {
			t.Errorf("new problem: %s has the wrong state (%v)", s, states)
		}
	}
	// ...unless --fail-on puts it below the gate.
	if code, _, _ := run(t, "scan", "--fail-on", "none", "--baseline", base, dir); code != ExitOK {
		t.Errorf("new problem with --fail-on none: exit %d, want 0", code)
	}

	// 4. Fixing the original problem lists it once as absent.
	if err := os.Remove(filepath.Join(dir, "new", "cors.json")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte("{\n  \"origin\": false\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, states = sarifStates(t, "--baseline", base, dir)
	if code != ExitOK || len(states) == 0 || countState(states, "absent") != len(states) {
		t.Errorf("fixed: exit %d, states %v; want 0 and all absent", code, states)
	}
	code, out, _ = run(t, "scan", "--format", "json", "--baseline", base, dir)
	var doc struct {
		Baseline struct{ Absent int } `json:"baseline"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != ExitOK || doc.Baseline.Absent != len(states) {
		t.Errorf("json after the fix: exit %d, err %v, absent %d, want %d", code, err, doc.Baseline.Absent, len(states))
	}
}

func TestBaselineMovedCheckout(t *testing.T) {
	// The same tree in two directories (another machine, another checkout)
	// gives the same fingerprints: nothing is new.
	files := map[string]string{"api/cors.json": reflectCreds}
	one, two := write(t, files), write(t, files)
	base := filepath.Join(t.TempDir(), "base.sarif")
	if code, _, errs := run(t, "scan", "--format", "sarif", "--output", base, one); code != ExitFindings {
		t.Fatalf("exit %d (%s)", code, errs)
	}
	code, states := sarifStates(t, "--baseline", base, two)
	if code != ExitOK || countState(states, "unchanged") != len(states) {
		t.Errorf("other checkout: exit %d, states %v", code, states)
	}
}

func TestBaselineErrors(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds, "junk.sarif": "not json"})
	tests := []struct{ name, path, want string }{
		{"missing", filepath.Join(dir, "nope.sarif"), "read baseline"},
		{"not sarif", filepath.Join(dir, "junk.sarif"), "not a SARIF log"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := run(t, "scan", "--baseline", tt.path, dir)
			if code != ExitError || !strings.Contains(errs, tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, errs, tt.want)
			}
		})
	}
}
