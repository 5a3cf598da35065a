package scan

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corslint/corslint/internal/config"
	"github.com/corslint/corslint/policy"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	// A .git marker makes the temp dir the scan root, as in a repository.
	files[".git/HEAD"] = "ref: refs/heads/main\n"
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

// An nginx snippet included only inside a preflight block must be judged in
// that context: read alone it would look like a normal location lacking
// `always` (CORS020), and a conf.d file read both alone and through the main
// config must not give its findings twice.
func TestIncludedFilesJudgedInContext(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"nginx/nginx.conf": "events {}\nhttp {\n  include conf.d/*.conf;\n}\n",
		"nginx/conf.d/api.conf": "server {\n  listen 80;\n  location /api/ {\n" +
			"    if ($request_method = OPTIONS) {\n      include snippets/preflight.conf;\n      return 204;\n    }\n" +
			"    add_header Access-Control-Allow-Origin $http_origin always;\n  }\n}\n",
		"nginx/snippets/preflight.conf": "add_header Access-Control-Allow-Origin $http_origin;\nadd_header Access-Control-Max-Age 600;\n",
	})
	res, err := Run(Options{Paths: []string{dir}, Config: config.Default()})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]int{}
	for _, f := range res.Findings {
		key := f.RuleID + " " + f.Span.File
		seen[key]++
		if f.RuleID == "CORS020" {
			t.Errorf("CORS020 at %s:%d although the snippet only serves a preflight block", f.Span.File, f.Span.Start.Line)
		}
	}
	if seen["CORS002 nginx/conf.d/api.conf"] != 1 {
		t.Errorf("want the reflection in api.conf reported once, got %v", seen)
	}
}

// The `[versions]` table selects the library release the parsers model:
// CORS_REPLACE_HTTPS_REFERER is ignored (CORS021) only from
// django-cors-headers 4.0.0 on.
func TestConfigVersionsReachParsers(t *testing.T) {
	settings := "INSTALLED_APPS = [\"corsheaders\"]\n" +
		"MIDDLEWARE = [\"corsheaders.middleware.CorsMiddleware\"]\n" +
		"CORS_ALLOWED_ORIGINS = [\"https://app.example.com\"]\n" +
		"CORS_PREFLIGHT_MAX_AGE = 600\n" +
		"CORS_REPLACE_HTTPS_REFERER = True\n"
	count := func(toml string) int {
		files := map[string]string{"settings.py": settings}
		if toml != "" {
			files[".corslint.toml"] = toml
		}
		dir := writeTree(t, files)
		cfg := config.Default()
		if toml != "" {
			var err error
			if cfg, err = config.Load(filepath.Join(dir, ".corslint.toml"), nil); err != nil {
				t.Fatal(err)
			}
		}
		res, err := Run(Options{Paths: []string{dir}, Config: cfg})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range res.Findings {
			if f.RuleID == "CORS021" {
				n++
			}
		}
		return n
	}
	if n := count(""); n != 1 {
		t.Errorf("current release: want 1 CORS021, got %d", n)
	}
	if n := count("[versions]\ndjango_cors_headers = \"3.14.0\"\n"); n != 0 {
		t.Errorf("3.14.0: want no CORS021, got %d", n)
	}
}

// A file read alone and again through an include must not report the same
// problem twice.
func TestIncludeLoopReportedOnce(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"nginx.conf":    "events {}\nhttp {\n    include conf.d/*.conf;\n}\n",
		"conf.d/a.conf": "include conf.d/b.inc;\nserver {\n    location / { add_header Access-Control-Allow-Origin https://app.example.com always; }\n}\n",
		"conf.d/b.inc":  "include conf.d/a.conf;\n",
	})
	res, err := Run(Options{Paths: []string{dir}, Config: config.Default()})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[policy.Notice]int{}
	for _, n := range res.Notices {
		seen[n]++
		if seen[n] > 1 {
			t.Errorf("notice reported twice: %s:%d %s", n.Span.File, n.Span.Start.Line, n.Message)
		}
	}
	if len(res.Notices) == 0 {
		t.Error("want the include loop reported")
	}
}

// Suppression end to end (issue 3, item 8): an inline `corslint:ignore` on the
// line above silences that finding only, a directive that matches nothing is
// reported, and a config [[ignore]] silences a JSON file's finding.
func TestSuppressionEndToEnd(t *testing.T) {
	dir := writeTree(t, map[string]string{
		"nginx.conf": "server {\n    listen 80;\n    location / {\n" +
			"        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n" +
			"        # corslint:ignore CORS012 -- the CDN caches preflights on purpose\n" +
			"        add_header Access-Control-Max-Age 86400 always;\n" +
			"        # corslint:ignore CORS013 nothing sensitive is exposed here\n" +
			"        add_header X-Frame-Options DENY always;\n" +
			"    }\n}\n",
		"public/cors.json": "{\n  \"origin\": \"*\"\n}\n",
		".corslint.toml":   "[[ignore]]\npath = \"public/*.json\"\nrules = [\"CORS008\"]\nreason = \"public assets\"\n",
	})
	cfg, err := config.Load(filepath.Join(dir, ".corslint.toml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Options{Paths: []string{dir}, Config: cfg})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range res.Findings {
		if f.RuleID == "CORS012" || f.RuleID == "CORS008" {
			t.Errorf("suppressed finding reported: %s %s:%d", f.RuleID, f.Span.File, f.Span.Start.Line)
		}
	}
	if res.Suppressed != 2 {
		t.Errorf("want 2 suppressed findings, got %d", res.Suppressed)
	}
	unused := false
	for _, n := range res.Notices {
		if n.Span.File == "nginx.conf" && n.Span.Start.Line == 7 {
			unused = true
		}
	}
	if !unused {
		t.Errorf("the directive that matches nothing is not reported: %+v", res.Notices)
	}
}
