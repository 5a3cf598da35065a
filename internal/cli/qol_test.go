package cli

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runAt runs corslint with a fixed clock.
func runAt(t *testing.T, now time.Time, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		isTTY: func(io.Writer) bool { return false }, now: func() time.Time { return now }}
	code = execute(e, args)
	return code, out.String(), errb.String()
}

func TestScanOtherFormats(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds})
	at := time.Date(2026, time.May, 6, 7, 8, 9, 0, time.UTC)
	tests := []struct {
		format string
		want   []string
	}{
		{"rdjsonl", []string{`"code":{"value":"CORS001"`, `"severity":"ERROR"`, `"range":{"start":{"line":2,"column":13}`}},
		{"gitlab", []string{`"start_time": "2026-05-06T07:08:09"`, `"end_time": "2026-05-06T07:08:09"`, `"value": "CORS001"`, `"severity": "Critical"`}},
		{"junit", []string{`<testsuite name="cors.json"`, `<failure message="Any website can read credentialed responses`, `type="CORS001"`}},
		{"checkstyle", []string{`<file name="cors.json">`, `<error line="2" column="13" severity="error"`, `source="CORS001"`}},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, out, errs := runAt(t, at, "scan", "--format", tt.format, dir)
			if code != ExitFindings {
				t.Fatalf("exit %d; stderr %s", code, errs)
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("%s output lacks %q:\n%s", tt.format, w, out)
				}
			}
		})
	}
}

func TestVerboseTimings(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds, "docs/README.md": "# nothing about CORS\n"})
	code, out, errs := run(t, "scan", "--verbose", "--format", "json", dir)
	if code != ExitFindings || !json.Valid([]byte(out)) {
		t.Fatalf("exit %d; stdout must stay clean JSON:\n%s", code, out)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 3 {
		t.Fatalf("stderr has %d lines, want one per file and a total:\n%s", len(lines), errs)
	}
	if !strings.HasSuffix(lines[0], "  cors.json") || !strings.HasSuffix(lines[1], "  docs/README.md") {
		t.Errorf("per-file lines, in path order:\n%s", errs)
	}
	if !strings.HasPrefix(lines[2], "corslint: 2 files in ") || !strings.Contains(lines[2], "slowest ") {
		t.Errorf("total line %q", lines[2])
	}
	if _, _, errs := run(t, "scan", "--format", "json", dir); errs != "" {
		t.Errorf("timings without --verbose: %q", errs)
	}
}

func TestPrintablePath(t *testing.T) {
	if got := printablePath("a\x1b[2J\u202eb/ü.conf"); got != `a\u001b[2J\u202eb/ü.conf` {
		t.Errorf("printablePath = %q", got)
	}
}

func TestHelpfulErrors(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds})
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"scan", "--fial-on", "low", dir}, "unknown flag: --fial-on; did you mean --fail-on? (see 'corslint scan --help')"},
		{[]string{"scan", "--form", "json", dir}, "did you mean --format?"},
		{[]string{"scan", "--zzzzzz", dir}, "unknown flag: --zzzzzz (see 'corslint scan --help')"},
		{[]string{"scan", "--enable", "wildcard-origin", dir}, `rules are selected by ID, and wildcard-origin is CORS008`},
		{[]string{"scan", "--disable", "cors08", dir}, `unknown rule ID "cors08"; did you mean CORS008?`},
		{[]string{"scan", "--enable", "XSS1", dir}, `unknown rule ID "XSS1" (see 'corslint rules')`},
		{[]string{"scna", dir}, "Did you mean this?"},
		{[]string{"report", "x.sarif"}, "no output given: use --html OUT.html"},
		{[]string{"report", "--html", "x.html"}, "report needs at least one SARIF file"},
	}
	for _, tt := range tests {
		code, _, errs := run(t, tt.args...)
		if code != ExitError || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errs, tt.want)
		}
	}
}

func TestCompletion(t *testing.T) {
	for shell, want := range map[string]string{
		"bash": "# bash completion V2 for corslint",
		"zsh":  "#compdef corslint",
		"fish": "complete -c corslint",
	} {
		code, out, errs := run(t, "completion", shell)
		if code != ExitOK || !strings.Contains(out, want) {
			t.Errorf("completion %s: exit %d, stderr %q, output lacks %q", shell, code, errs, want)
			continue
		}
		// The script must at least parse in its own shell, where that shell
		// is installed.
		if sh, err := exec.LookPath(shell); err == nil && shell != "fish" {
			f := filepath.Join(t.TempDir(), "c."+shell)
			if err := os.WriteFile(f, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			if msg, err := exec.Command(sh, "-n", f).CombinedOutput(); err != nil {
				t.Errorf("%s -n rejects the script: %v\n%s", shell, err, msg)
			}
		}
	}

	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"scan", "--format", ""}, []string{"text", "sarif", "rdjsonl", "gitlab", "junit", "checkstyle"}},
		{[]string{"scan", "--fail-on", ""}, []string{"critical", "none"}},
		{[]string{"scan", "--enable", "CORS001,"}, []string{"CORS001,CORS008\twildcard-origin"}},
		{[]string{"inventory", "--format", ""}, []string{"table", "csv"}},
		{[]string{"rules", ""}, []string{"CORS001\tcredentialed-untrusted-origin", "CORS021"}},
		{[]string{"report", ""}, []string{"sarif", ":8"}}, // file completion filtered to .sarif
		{[]string{""}, []string{"report\t", "scan\t", "completion\t"}},
	}
	for _, tt := range tests {
		code, out, _ := run(t, append([]string{"__complete"}, tt.args...)...)
		if code != ExitOK {
			t.Errorf("__complete %v: exit %d", tt.args, code)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("__complete %q lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
}
