package nginx

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the parser as a conf.d fragment and as
// a main configuration that includes itself: it must never panic, and every
// notice and policy must point into a file.
func FuzzParse(f *testing.F) {
	root := filepath.Join("..", "..", "testdata", "nginx")
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
			f.Add(data)
		}
		return nil
	})
	f.Add([]byte("server { location / { if ($http_origin ~* \"^https://a\\.b$\") { add_header Access-Control-Allow-Origin $http_origin; } } }"))
	f.Add([]byte("map $http_origin $c { default $http_origin; ~. 1; } server { location / { add_header Access-Control-Allow-Origin $c; } }"))
	f.Add([]byte("content_by_lua_block { local a = [[ } ]] }"))
	f.Add([]byte("data:\n  a.conf: |\n    {% if x %}add_header Access-Control-Allow-Origin {{ o }};{% else %}{{ end }}\n"))
	f.Add([]byte("<% if a %>add_header Access-Control-Allow-Origin <%= o %>;<% end %>{# c #}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, path := range []string{"conf.d/f.conf", "nginx.conf", "k8s/cm.yaml", "templates/site.conf.j2"} {
			files := tree{path: string(data), "snippets/x.conf": string(data)}
			pols, ns := New().Parse(files.file(path))
			for _, n := range ns {
				if n.Span.File == "" {
					t.Fatalf("notice without a file: %+v", n)
				}
			}
			for _, p := range pols {
				if p.Framework != "nginx" || p.Span.File == "" {
					t.Fatalf("policy without framework or file: %+v", p)
				}
			}
		}
	})
}
