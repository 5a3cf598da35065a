package nginx

import (
	"fmt"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

func noticeText(ns []policy.Notice) string {
	var b strings.Builder
	for _, n := range ns {
		fmt.Fprintf(&b, "%s %s:%d %s\n", n.Level, n.Span.File, n.Span.Start.Line, n.Message)
	}
	return b.String()
}

func TestIncludes(t *testing.T) {
	cors := "add_header Access-Control-Allow-Origin $http_origin;\nadd_header Access-Control-Allow-Credentials true;\n"
	tests := []struct {
		name    string
		files   tree
		path    string
		want    []string // policy summaries, `file:line: summary`
		notices []string // substrings, in order
	}{
		{
			name: "main config: prefix is its directory, globs sorted",
			files: tree{
				"deploy/nginx.conf":         "events {}\nhttp {\n  include conf.d/*.conf;\n}\n",
				"deploy/conf.d/b.conf":      "server { server_name b; location / { include snippets/cors.conf; } }\n",
				"deploy/conf.d/a.conf":      "server { server_name a; location /a { add_header Access-Control-Allow-Origin *; } }\n",
				"deploy/snippets/cors.conf": cors,
				"conf.d/a.conf":             "server { location / { add_header Access-Control-Allow-Origin https://wrong.example; } }\n",
			},
			path: "deploy/nginx.conf",
			want: []string{"deploy/conf.d/a.conf:1: any(wildcard)", "deploy/conf.d/b.conf:1: echo-any creds=true"},
		},
		{
			name: "fragment: root first, then its directory, then parents",
			files: tree{
				"nginx/sites-enabled/app":  "server { location /api { include snippets/cors.conf; } }\n",
				"nginx/snippets/cors.conf": cors,
			},
			path: "nginx/sites-enabled/app",
			want: []string{"nginx/sites-enabled/app:1: echo-any creds=true"},
		},
		{
			name: "fragment: the scan root wins over the fragment's directory",
			files: tree{
				"conf.d/app.conf":  "server { location / { include cors.conf; } }\n",
				"cors.conf":        "add_header Access-Control-Allow-Origin *;\n",
				"conf.d/cors.conf": "add_header Access-Control-Allow-Origin $http_origin;\n",
			},
			path: "conf.d/app.conf",
			want: []string{"conf.d/app.conf:1: any(wildcard)"},
		},
		{
			name: "absolute /etc/nginx path maps into the root",
			files: tree{
				"conf.d/app.conf":    "server { location / { include /etc/nginx/snippets/cors.conf; } }\n",
				"snippets/cors.conf": cors,
			},
			path: "conf.d/app.conf",
			want: []string{"conf.d/app.conf:1: echo-any creds=true"},
		},
		{
			name: "absolute path outside the root is not read",
			files: tree{
				"conf.d/app.conf": "server { location / {\n include /usr/share/nginx/cors.conf;\n include /etc/nginx/missing.conf;\n add_header Access-Control-Allow-Origin *; } }\n",
			},
			path:    "conf.d/app.conf",
			want:    []string{"conf.d/app.conf:1: any(wildcard)"},
			notices: []string{"note conf.d/app.conf:2 include \"/usr/share/nginx/cors.conf\" is outside the scan root", "note conf.d/app.conf:3 include \"/etc/nginx/missing.conf\" is outside the scan root and no missing.conf exists in it"},
		},
		{
			name: "relative path escaping the root",
			files: tree{
				"app.conf": "server { location / {\n include ../../etc/passwd;\n add_header Access-Control-Allow-Origin *; } }\n",
			},
			path:    "app.conf",
			want:    []string{"app.conf:1: any(wildcard)"},
			notices: []string{`warning app.conf:2 included file "../../etc/passwd" not found under the scan root (tried )`},
		},
		{
			name: "include loop",
			files: tree{
				"conf.d/a.conf": "server { location / { include conf.d/b.inc; add_header Access-Control-Allow-Origin *; } }\n",
				"conf.d/b.inc":  "include conf.d/c.inc;\n",
				"conf.d/c.inc":  "\ninclude conf.d/b.inc;\n",
			},
			path:    "conf.d/a.conf",
			want:    []string{"conf.d/a.conf:1: any(wildcard)"},
			notices: []string{"warning conf.d/c.inc:2 include loop: conf.d/b.inc -> conf.d/c.inc -> conf.d/b.inc; not followed"},
		},
		{
			name: "a file including itself",
			files: tree{
				"conf.d/a.conf": "include conf.d/a.conf;\nserver { location / { add_header Access-Control-Allow-Origin *; } }\n",
			},
			path:    "conf.d/a.conf",
			want:    []string{"conf.d/a.conf:2: any(wildcard)"},
			notices: []string{"include loop: conf.d/a.conf -> conf.d/a.conf"},
		},
		{
			name: "missing file, variable, empty glob",
			files: tree{
				"conf.d/a.conf": "include nothing/*.conf;\ninclude missing.conf;\ninclude $x.conf;\nadd_header Access-Control-Allow-Origin *;\n",
			},
			path:    "conf.d/a.conf",
			want:    []string{"conf.d/a.conf:4: any(wildcard)"},
			notices: []string{`warning conf.d/a.conf:2 included file "missing.conf" not found under the scan root (tried missing.conf, conf.d/missing.conf)`, `warning conf.d/a.conf:3 include "$x.conf" uses a variable`},
		},
		{
			name: "include inside a map adds pairs",
			files: tree{
				"conf.d/a.conf":      "map $http_origin $cors {\n default \"\";\n include conf.d/origins.map;\n volatile;\n}\nserver { location / { add_header Access-Control-Allow-Origin $cors; } }\n",
				"conf.d/origins.map": "https://a.example $http_origin;\n\\default $http_origin;\n",
			},
			path: "conf.d/a.conf",
			want: []string{"conf.d/a.conf:6: list[exact:https://a.example/i exact:default/i]"},
		},
		{
			name: "syntax errors of included files are reported in them",
			files: tree{
				"conf.d/a.conf":   "server { location / { include snippets/x.conf; } }\n",
				"snippets/x.conf": "add_header Access-Control-Allow-Origin *;\nadd_header X \"unterminated;\n",
			},
			path:    "conf.d/a.conf",
			want:    []string{"conf.d/a.conf:1: any(wildcard)"},
			notices: []string{"warning snippets/x.conf:2 nginx syntax: unterminated quoted string"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, ns := New().Parse(tt.files.file(tt.path))
			var got []string
			for _, p := range pols {
				got = append(got, fmt.Sprintf("%s:%d: %s", p.Span.File, p.Span.Start.Line, summary(p)))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("policies\n got %q\nwant %q", got, tt.want)
			}
			text := noticeText(ns)
			rest := text
			for _, w := range tt.notices {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Errorf("notice %q missing from\n%s", w, text)
					continue
				}
				rest = rest[i+len(w):]
			}
			if len(tt.notices) == 0 && text != "" {
				t.Errorf("unexpected notices:\n%s", text)
			}
		})
	}
}

func TestIncludeDepthLimit(t *testing.T) {
	files := tree{"conf.d/a.conf": "server { location / { include f0.inc; add_header Access-Control-Allow-Origin *; } }\n"}
	for i := 0; i < 30; i++ {
		files[fmt.Sprintf("f%d.inc", i)] = fmt.Sprintf("include f%d.inc;\n", i+1)
	}
	pols, ns := New().Parse(files.file("conf.d/a.conf"))
	if len(pols) != 1 {
		t.Fatalf("policies: %v", summaries(pols))
	}
	if !strings.Contains(noticeText(ns), "includes nested more than 16 deep") {
		t.Errorf("no depth notice:\n%s", noticeText(ns))
	}
}

// TestIncludeFanOut: a file included twice by a file included twice... is
// cut off by the node budget, not expanded exponentially.
func TestIncludeFanOut(t *testing.T) {
	files := tree{"conf.d/a.conf": "server { location / { include f0.inc; add_header Access-Control-Allow-Origin *; } }\n"}
	for i := 0; i < 16; i++ {
		files[fmt.Sprintf("f%d.inc", i)] = strings.Repeat(fmt.Sprintf("include f%d.inc;\nadd_header X-%d 1;\n", i+1, i), 4)
	}
	files["f16.inc"] = "add_header X 1;\n"
	pols, ns := New().Parse(files.file("conf.d/a.conf"))
	if len(pols) != 1 {
		t.Fatalf("policies: %v", summaries(pols))
	}
	if !strings.Contains(noticeText(ns), "expands to more than") {
		t.Errorf("no budget notice:\n%s", noticeText(ns))
	}
}

func TestNoReadFunc(t *testing.T) {
	f := tree{"conf.d/a.conf": "server { location / { include x.conf; add_header Access-Control-Allow-Origin *; } }"}.file("conf.d/a.conf")
	f.Read, f.Glob = nil, nil
	pols, _ := New().Parse(f)
	if len(pols) != 1 {
		t.Fatalf("policies: %v", summaries(pols))
	}
}

func TestStockIncludesAreQuiet(t *testing.T) {
	_, ns := New().Parse(tree{"nginx.conf": "events {}\nhttp {\n include mime.types;\n include /etc/nginx/fastcgi_params;\n}\n"}.file("nginx.conf"))
	if len(ns) != 0 {
		t.Errorf("notices:\n%s", noticeText(ns))
	}
}

func TestFragmentKinds(t *testing.T) {
	tests := []struct {
		path, src string
		want      []string // scope | summary
	}{
		{"snippets/api-locations.conf", "location /api {\n add_header Access-Control-Allow-Origin *;\n}\n",
			[]string{"snippets/api-locations.conf, location /api | any(wildcard)"}},
		{"snippets/cors.conf", "# cors\nadd_header Access-Control-Allow-Origin $http_origin;\n",
			[]string{"snippets/cors.conf | echo-any"}},
		{"conf.d/site.conf", "add_header Access-Control-Allow-Origin *;\nserver { server_name a.example; location / { } }\n",
			[]string{"server_name a.example, location / | any(wildcard)"}},
		{"nginx.conf", "events {}\nadd_header Access-Control-Allow-Origin *;\n", nil},
	}
	for _, tt := range tests {
		pols, _ := New().Parse(tree{tt.path: tt.src}.file(tt.path))
		var got []string
		for _, p := range pols {
			got = append(got, p.Scope+" | "+summary(p))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tt.path, got, tt.want)
		}
	}
	pols, _ := New().Parse(tree{"snippets/cors.conf": "# cors\nadd_header Access-Control-Allow-Origin $http_origin;\n"}.file("snippets/cors.conf"))
	if len(pols) != 1 || pols[0].Span.Start.Line != 2 {
		t.Errorf("snippet policy should point at its first header: %+v", pols)
	}
}
