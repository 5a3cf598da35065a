package nginx

import (
	"strings"
	"testing"
)

func TestYAMLBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // `key` per block read
	}{
		{"configmap with two files, one with CORS", "data:\n  default.conf: |\n    server {\n      add_header Access-Control-Allow-Origin *;\n    }\n  mime.types: |\n    types { text/html html; }\n",
			[]string{"default.conf"}},
		{"list item key and folded scalar", "configs:\n  - content: >-\n      add_header Access-Control-Allow-Origin $http_origin;\n",
			[]string{"content"}},
		{"unconditional ingress snippet is the platform parser's",
			"metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/configuration-snippet: |\n      more_set_headers \"Access-Control-Allow-Origin: $http_origin\";\n",
			nil},
		{"conditional ingress snippet is read here",
			"metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/server-snippet: |\n      if ($http_origin ~ a) { set $c 1; }\n      more_set_headers \"Access-Control-Allow-Origin: $c\";\n",
			[]string{"nginx.ingress.kubernetes.io/server-snippet"}},
		{"controller configmap key", "data:\n  server-snippet: |\n    add_header Access-Control-Allow-Origin *;\n",
			[]string{"server-snippet"}},
		{"text that is not nginx", "description: |\n  Set Access-Control-Allow-Origin in the gateway.\n", nil},
		{"nginx without CORS", "data:\n  default.conf: |\n    server { add_header X-Frame-Options DENY; }\n", nil},
		{"controller snippets at two levels are one block",
			"data:\n  http-snippet: |\n    map $http_origin $c { default \"\"; }\n  use-gzip: \"true\"\n  location-snippet: |\n    more_set_headers \"Access-Control-Allow-Origin: $c\";\n",
			[]string{"ingress-nginx snippets"}},
		{"annotation snippets the platform parser reads are not joined",
			"metadata:\n  annotations:\n    nginx.ingress.kubernetes.io/server-snippet: |\n      if ($http_origin ~ a) { set $c $http_origin; }\n    nginx.ingress.kubernetes.io/configuration-snippet: |\n      more_set_headers \"Access-Control-Allow-Origin: $c\";\n",
			nil},
		{"snippets of two documents stay apart",
			"data:\n  http-snippet: |\n    map $http_origin $c { default \"\"; }\n---\ndata:\n  location-snippet: |\n    more_set_headers \"Access-Control-Allow-Origin: $c\";\n",
			[]string{"http-snippet", "location-snippet"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, b := range yamlBlocks([]byte(tt.src)) {
				got = append(got, b.key)
				extra := 0
				if b.key == "ingress-nginx snippets" {
					extra = 1 // the closing braces
				}
				if strings.Count(string(b.data), "\n") > strings.Count(tt.src, "\n")+extra {
					t.Errorf("block %q has more lines than the file", b.key)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("blocks %q, want %q", got, tt.want)
			}
			if claimed := New().Claim("deploy/x.yaml", []byte(tt.src)); claimed != (len(tt.want) > 0) {
				t.Errorf("Claim = %v", claimed)
			}
		})
	}
}

func TestYAMLShellBlockQuiet(t *testing.T) {
	// A CI step writing a config with a heredoc: the shell lines are not
	// nginx and raise no syntax notices. (The heredoc's server block is
	// read as the body of a `cat ...` block, so it yields no policy: shell
	// is out of scope.)
	src := "jobs:\n  deploy:\n    steps:\n      - run: |\n          cat > /etc/nginx/conf.d/api.conf <<'EOF'\n          server {\n            location / { add_header Access-Control-Allow-Origin $http_origin; }\n          }\n          EOF\n          nginx -s reload\n"
	if !New().Claim(".github/workflows/deploy.yml", []byte(src)) {
		t.Fatal("not claimed")
	}
	_, ns := parseOne(t, ".github/workflows/deploy.yml", src)
	if len(ns) != 0 {
		t.Errorf("notices: %s", noticeText(ns))
	}
}

func TestYAMLSpans(t *testing.T) {
	src := `apiVersion: v1
kind: ConfigMap
data:
  a.conf: |
    location /a {
      add_header Access-Control-Allow-Origin $http_origin;
    }
  b.conf: |
    location /b {
      add_header Access-Control-Allow-Origin "*";
    }
`
	pols, ns := parseOne(t, "k8s/cm.yaml", src)
	if len(ns) != 0 {
		t.Errorf("notices: %s", noticeText(ns))
	}
	got := summaries(pols)
	if strings.Join(got, "\n") != "5: echo-any\n9: any(wildcard)" {
		t.Fatalf("policies %q", got)
	}
	if s := pols[0].Origins.Span; s.File != "k8s/cm.yaml" || s.Start.Line != 6 || s.Start.Col != 46 {
		t.Errorf("span %+v", s)
	}
}

// TestYAMLJoinedSnippets: the controller puts http-snippet in http,
// server-snippet in every server and location-snippet in every location, so
// a map in one feeds the headers of another; spans stay in the YAML file.
func TestYAMLJoinedSnippets(t *testing.T) {
	src := `apiVersion: v1
kind: ConfigMap
metadata:
  name: ingress-nginx-controller
data:
  http-snippet: |
    map $http_origin $cors_origin {
      default "";
      "~*\.example\.com" $http_origin; # no anchors
    }
  location-snippet: |
    more_set_headers "Access-Control-Allow-Origin: $cors_origin";
    more_set_headers "Vary: Origin";
  server-snippet: |
    set $cors_mode "on";
`
	pols, ns := parseOne(t, "k8s/controller.yaml", src)
	if len(ns) != 0 {
		t.Errorf("notices: %s", noticeText(ns))
	}
	got := strings.Join(summaries(pols), "\n")
	if got != `11: list[regex:\.example\.com/i] vary onerrors` {
		t.Fatalf("policies %q", got)
	}
	if s := pols[0].Origins.Matchers[0].Span; s.Start.Line != 9 {
		t.Errorf("matcher span %+v, want line 9", s)
	}
}
