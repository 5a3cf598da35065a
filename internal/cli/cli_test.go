package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

// write creates files under a fresh directory and returns it.
func write(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const reflectCreds = "{\n  \"origin\": true,\n  \"credentials\": true\n}\n"

func TestScanExitCodes(t *testing.T) {
	dir := write(t, map[string]string{
		"bad/cors.json":  reflectCreds,
		"good/cors.json": "{\n  \"origin\": [\"https://app.example.com\"],\n  \"credentials\": true\n}\n",
	})
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"finding fails at default low", []string{"scan", filepath.Join(dir, "bad")}, ExitFindings},
		{"critical fails at critical", []string{"scan", "--fail-on", "critical", filepath.Join(dir, "bad")}, ExitFindings},
		{"fail-on none passes", []string{"scan", "--fail-on", "none", filepath.Join(dir, "bad")}, ExitOK},
		{"clean passes", []string{"scan", filepath.Join(dir, "good")}, ExitOK},
		{"rule disabled passes", []string{"scan", "--disable", "CORS001,CORS018", filepath.Join(dir, "bad")}, ExitOK},
		{"bad fail-on", []string{"scan", "--fail-on", "severe", dir}, ExitError},
		{"bad format", []string{"scan", "--format", "xml", dir}, ExitError},
		{"unknown flag", []string{"scan", "--frobnicate", dir}, ExitError},
		{"unknown rule", []string{"scan", "--enable", "CORS999", dir}, ExitError},
		{"missing path", []string{"scan", filepath.Join(dir, "nope")}, ExitError},
		{"bad profile", []string{"scan", "--profile", "paranoid", dir}, ExitError},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, tc.args...)
			if code != tc.want {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tc.want, out, errs)
			}
		})
	}
}

func TestScanTextPositions(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds})
	code, out, _ := run(t, "scan", "--no-color", dir)
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(out, "cors.json:2:13: critical [CORS001]") {
		t.Errorf("text output lacks the exact CORS001 position:\n%s", out)
	}
}

func TestScanJSONAndSARIFOutput(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds})
	sarifPath := filepath.Join(t.TempDir(), "out.sarif")
	code, _, _ := run(t, "scan", "--format", "sarif", "--output", sarifPath, dir)
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	data, err := os.ReadFile(sarifPath)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("sarif is not JSON: %v", err)
	}
	if len(doc.Runs) != 1 || len(doc.Runs[0].Results) == 0 || doc.Runs[0].Results[0].RuleID != "CORS001" {
		t.Errorf("unexpected SARIF results: %s", data)
	}

	code, out, _ := run(t, "scan", "--format", "json", dir)
	if code != ExitFindings {
		t.Fatalf("exit %d", code)
	}
	if !json.Valid([]byte(out)) || !strings.Contains(out, `"CORS001"`) {
		t.Errorf("json output:\n%s", out)
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		name, toml, wantErr string
	}{
		{"unknown key", "profile = \"default\"\nfrobnicate = 1\n", "frobnicate"},
		{"bad rule id", "disable = [\"CORS999\"]\n", "CORS999"},
		{"syntax", "disable = [\n", ".corslint.toml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := write(t, map[string]string{".corslint.toml": tc.toml, "cors.json": reflectCreds})
			code, _, errs := run(t, "scan", dir)
			if code != ExitError {
				t.Fatalf("exit %d, want %d; stderr: %s", code, ExitError, errs)
			}
			if !strings.Contains(errs, tc.wantErr) {
				t.Errorf("stderr %q does not name %q", errs, tc.wantErr)
			}
		})
	}
}

func TestConfigDisablesRule(t *testing.T) {
	dir := write(t, map[string]string{
		".corslint.toml": "disable = [\"CORS001\", \"CORS018\"]\n",
		"cors.json":      reflectCreds,
	})
	if code, out, errs := run(t, "scan", dir); code != ExitOK {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
}

func TestExplainReflectionWithCredentials(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds})
	code, out, errs := run(t, "explain", filepath.Join(dir, "cors.json"), "--origin", "https://attacker.example", "--credentials")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Access-Control-Allow-Origin: https://attacker.example",
		"Access-Control-Allow-Credentials: true",
		"READABLE",
		"can read the response to a request carrying the user's cookies",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("explain output lacks %q:\n%s", want, out)
		}
	}
}

func TestRulesCommand(t *testing.T) {
	code, out, _ := run(t, "rules")
	if code != ExitOK || !strings.Contains(out, "CORS001") || !strings.Contains(out, "CORS021") {
		t.Fatalf("rules: exit %d\n%s", code, out)
	}
	code, out, _ = run(t, "rules", "cors012")
	if code != ExitOK || !strings.Contains(out, "excessive-max-age") {
		t.Fatalf("rules cors012: exit %d\n%s", code, out)
	}
	if code, _, _ := run(t, "rules", "CORS999"); code != ExitError {
		t.Fatalf("unknown rule: exit %d", code)
	}
}

func TestRulesByName(t *testing.T) {
	code, out, _ := run(t, "rules", "wildcard-origin")
	if code != ExitOK || !strings.HasPrefix(out, "CORS008 wildcard-origin") {
		t.Fatalf("rules wildcard-origin: exit %d\n%s", code, out)
	}
	code, _, errs := run(t, "rules", "CORS08")
	if code != ExitError || !strings.Contains(errs, "did you mean CORS008") {
		t.Fatalf("rules CORS08: exit %d, stderr %q", code, errs)
	}
}
