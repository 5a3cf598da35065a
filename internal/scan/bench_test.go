package scan

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/corslint/corslint/internal/config"
)

// genCorpus writes a synthetic monorepo: mostly files no parser wants (the
// prefilter's job), some CORS configs of each family, spread over services.
// It is the corpus for BenchmarkScan; sizes are arguments so the benchmark
// can show how a scan grows with the tree.
func genCorpus(tb testing.TB, dir string, services, filesPerService int) {
	tb.Helper()
	configs := []struct{ name, body string }{
		{"cors.json", "{\n  \"cors\": {\n    \"origin\": [\"https://app.example.com\", \"/\\\\.example\\\\.com$/\"],\n    \"credentials\": true,\n    \"maxAge\": 600\n  }\n}\n"},
		{"app.py", "from flask import Flask\nfrom flask_cors import CORS\n\napp = Flask(__name__)\nCORS(app, origins=[\"https://app.example.com\"], supports_credentials=True)\n"},
		{"settings.py", "INSTALLED_APPS = [\"corsheaders\"]\nMIDDLEWARE = [\"corsheaders.middleware.CorsMiddleware\"]\nCORS_ALLOWED_ORIGINS = [\"https://app.example.com\"]\nCORS_PREFLIGHT_MAX_AGE = 600\n"},
		{"nginx.conf", "server {\n  listen 80;\n  location /api/ {\n    add_header Access-Control-Allow-Origin $http_origin always;\n    add_header Vary Origin always;\n  }\n}\n"},
	}
	filler := make([]byte, 0, 4096)
	for i := 0; len(filler) < 4000; i++ {
		filler = append(filler, fmt.Sprintf("export function handler%d(req, res) { return res.json({ ok: %d }); }\n", i, i)...)
	}
	for s := 0; s < services; s++ {
		sdir := filepath.Join(dir, fmt.Sprintf("svc%03d", s))
		if err := os.MkdirAll(filepath.Join(sdir, "src"), 0o755); err != nil {
			tb.Fatal(err)
		}
		c := configs[s%len(configs)]
		if err := os.WriteFile(filepath.Join(sdir, c.name), []byte(c.body), 0o644); err != nil {
			tb.Fatal(err)
		}
		for f := 0; f < filesPerService; f++ {
			if err := os.WriteFile(filepath.Join(sdir, "src", fmt.Sprintf("mod%03d.txt", f)), filler, 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
}

func BenchmarkScan(b *testing.B) {
	for _, size := range []struct{ services, files int }{{10, 20}, {100, 20}} {
		b.Run(fmt.Sprintf("services=%d/files=%d", size.services, size.files), func(b *testing.B) {
			dir := b.TempDir()
			genCorpus(b, dir, size.services, size.files)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, err := Run(Options{Paths: []string{dir}, Config: config.Default()}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
