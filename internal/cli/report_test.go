package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportHTML(t *testing.T) {
	dir := write(t, map[string]string{
		"api/cors.json": reflectCreds,
		"web/cors.json": "{\n  \"origin\": \"*\"\n}\n",
	})
	out := t.TempDir()
	older := filepath.Join(out, "older.sarif")
	if code, _, errs := run(t, "scan", "--format", "sarif", "--output", older, dir); code != ExitFindings {
		t.Fatalf("scan: exit %d: %s", code, errs)
	}
	// Fix the wildcard, then scan again.
	if err := os.WriteFile(filepath.Join(dir, "web", "cors.json"), []byte("{\n  \"origin\": [\"https://app.example.com\"]\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	current := filepath.Join(out, "current.sarif")
	if code, _, errs := run(t, "scan", "--format", "sarif", "--output", current, dir); code != ExitFindings {
		t.Fatalf("scan: exit %d: %s", code, errs)
	}

	page := filepath.Join(out, "audit.html")
	code, stdout, errs := run(t, "report", "--html", page, current, older)
	if code != ExitOK || stdout != "" || errs != "" {
		t.Fatalf("report: exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	html := string(data)
	for _, want := range []string{
		"<!DOCTYPE html>", "Content-Security-Policy", "CORS001", "api/cors.json",
		"Origin: https://attacker.example", `<section id="trend">`,
		// Two scans, newest given first and without run times: the older
		// one is drawn first, and the fixed wildcard counts in the table.
		">older.sarif<", ">current.sarif<",
	} {
		if !strings.Contains(html, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	_, trend, ok := strings.Cut(html, `<section id="trend">`)
	if !ok {
		t.Fatal("no trend section")
	}
	if strings.Index(trend, ">older.sarif<") > strings.Index(trend, ">current.sarif<") {
		t.Error("older scan not drawn first")
	}

	// To stdout.
	code, stdout, _ = run(t, "report", "--html", "-", current)
	if code != ExitOK || !strings.HasPrefix(stdout, "<!DOCTYPE html>") || strings.Contains(stdout, `id="trend"`) {
		t.Errorf("report to stdout: exit %d, %d bytes, trend with one scan: %v", code, len(stdout), strings.Contains(stdout, `id="trend"`))
	}
}

func TestReportErrors(t *testing.T) {
	dir := write(t, map[string]string{
		"notsarif.json": "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {\"name\": \"semgrep\"}}}]}",
		"garbage.sarif": "<html>",
	})
	page := filepath.Join(t.TempDir(), "x.html")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"report", "--html", page, filepath.Join(dir, "missing.sarif")}, "no such file"},
		{[]string{"report", "--html", page, dir}, "is a directory"},
		{[]string{"report", "--html", page, filepath.Join(dir, "notsarif.json")}, "no corslint run"},
		{[]string{"report", "--html", page, filepath.Join(dir, "garbage.sarif")}, "not a SARIF log"},
	}
	valid := filepath.Join(t.TempDir(), "ok.sarif")
	if code, _, errs := run(t, "scan", "--format", "sarif", "--output", valid, write(t, map[string]string{"cors.json": reflectCreds})); code != ExitFindings {
		t.Fatalf("scan: exit %d: %s", code, errs)
	}
	tests = append(tests, struct {
		args []string
		want string
	}{[]string{"report", "--html", filepath.Join(dir, "no", "such", "dir.html"), valid}, "write report"})
	for _, tt := range tests {
		code, _, errs := run(t, tt.args...)
		if code != ExitError || !strings.Contains(errs, tt.want) {
			t.Errorf("%v: exit %d, stderr %q, want 2 and %q", tt.args[3:], code, errs, tt.want)
		}
	}
	if _, err := os.Stat(page); err == nil {
		t.Error("a failed report left a file behind")
	}
}
