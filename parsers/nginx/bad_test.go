package nginx

import (
	"fmt"
	"strings"
	"testing"
)

func TestBadInput(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    []string
		notices []string
	}{
		{"missing closing brace", "server {\n  location / {\n    add_header Access-Control-Allow-Origin *;\n",
			[]string{"2: any(wildcard)"}, []string{`2 nginx syntax: unexpected end of file, expecting "}" for the block opened here`, `1 nginx syntax: unexpected end of file`}},
		{"stray closing brace", "}\nserver { location / { add_header Access-Control-Allow-Origin *; } }\n}\n",
			[]string{"2: any(wildcard)"}, []string{`1 nginx syntax: unexpected "}"`, `3 nginx syntax: unexpected "}"`}},
		{"missing semicolon before brace", "server { location / { add_header Access-Control-Allow-Origin * } }\n",
			[]string{"1: any(wildcard)"}, []string{`1 nginx syntax: unexpected "}": the directive before it lacks ";"`}},
		{"unterminated quote", "server { location / { add_header Access-Control-Allow-Origin \"*; } }\n",
			nil, []string{"1 nginx syntax: unterminated quoted string"}},
		{"unknown directives are fine", "server { frobnicate on; location / { wibble 1 2 3; add_header Access-Control-Allow-Origin *; } }\n",
			[]string{"1: any(wildcard)"}, nil},
		{"empty", "", nil, nil},
		{"binary", "\x00\xff{ ;;}\x01add_header Access-Control-Allow-Origin", nil, []string{`unexpected ";"`}},
		{"add_header in a server if", "server { if ($a) { add_header Access-Control-Allow-Origin *; } }\n",
			nil, []string{"1 add_header is not allowed in an if block at server level"}},
		{"helm template: a placeholder, and no syntax notices", "server {\n  location / {\n    add_header Access-Control-Allow-Origin {{ .Values.origin }};\n  }\n}\n",
			[]string{"2: unknown"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, ns := parseOne(t, "conf.d/t.conf", tt.src)
			got := summaries(pols)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("policies\n got %q\nwant %q", got, tt.want)
			}
			var texts []string
			for _, n := range ns {
				texts = append(texts, fmt.Sprintf("%d %s", n.Span.Start.Line, n.Message))
				if n.Span.File != "conf.d/t.conf" {
					t.Errorf("notice without the file: %+v", n)
				}
			}
			all := strings.Join(texts, "\n")
			for _, w := range tt.notices {
				if !strings.Contains(all, w) {
					t.Errorf("notice %q missing from\n%s", w, all)
				}
			}
			if len(tt.notices) == 0 && len(ns) > 0 {
				t.Errorf("unexpected notices:\n%s", all)
			}
		})
	}
}

func TestDeepNesting(t *testing.T) {
	src := "add_header Access-Control-Allow-Origin *;\n" + strings.Repeat("a {", 100000) + strings.Repeat("}", 100000)
	_, ns := parseOne(t, "conf.d/t.conf", src)
	if !strings.Contains(noticeText(ns), "nested too deeply") {
		t.Errorf("no nesting notice:\n%s", noticeText(ns))
	}
	src = strings.Repeat("{", 100000)
	parseOne(t, "conf.d/t.conf", src) // must not overflow the stack
}

func TestSyntaxNoticeCap(t *testing.T) {
	_, ns := parseOne(t, "conf.d/t.conf", "add_header Access-Control-Allow-Origin *;\n"+strings.Repeat(";\n", 1000))
	if len(ns) != maxSyntaxNotices+1 || !strings.Contains(ns[len(ns)-1].Message, "990 more") {
		t.Errorf("got %d notices, last %q", len(ns), ns[len(ns)-1].Message)
	}
}

func TestServerIfOneNotice(t *testing.T) {
	_, ns := parseOne(t, "conf.d/t.conf", "server {\n if ($cors = T) {\n  add_header Access-Control-Allow-Origin $http_origin;\n  add_header Access-Control-Allow-Credentials true;\n }\n location / { }\n}\n")
	if len(ns) != 1 || ns[0].Span.Start.Line != 3 {
		t.Errorf("want one notice at line 3, got:\n%s", noticeText(ns))
	}
}

// TestQuietWithoutCORS: a configuration that sets no CORS header anywhere
// gives no notices (a CORS audit has nothing to say about its includes or
// typos), except for a CORS snippet that could not be read.
func TestQuietWithoutCORS(t *testing.T) {
	tests := []struct {
		name, src string
		want      string
	}{
		{"tls proxy with missing includes", `server {
  listen 443 ssl;
  include /etc/letsencrypt/options-ssl-nginx.conf;
  include snippets/ssl-params.conf;
  add_header Strict-Transport-Security "max-age=31536000" always;
  location / { proxy_pass http://app; proxy_set_header Origin $http_origin; }
}`, ""},
		{"syntax error in a file without CORS", "server {\n  add_header X-Frame-Options DENY\n}\n", ""},
		{"missing CORS snippet is still reported", "server {\n  location / { include snippets/cors.conf; proxy_pass http://app; }\n}\n",
			`included file "snippets/cors.conf" not found`},
		{"file with CORS keeps its notices", "server {\n  include snippets/ssl-params.conf;\n  add_header Access-Control-Allow-Origin *;\n}\n",
			`included file "snippets/ssl-params.conf" not found`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ns := parseOne(t, "sites-enabled/site.conf", tt.src)
			text := noticeText(ns)
			if tt.want == "" && text != "" || !strings.Contains(text, tt.want) {
				t.Errorf("notices:\n%s\nwant %q", text, tt.want)
			}
		})
	}
}

// bigConfig is a realistic configuration of about size bytes: many servers,
// each with CORS locations of every kind.
func bigConfig(size int) string {
	var b strings.Builder
	b.WriteString("map $http_origin $cors { default \"\"; ~^https://(a|b)\\.example\\.com$ $http_origin; }\n")
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, `server {
  server_name s%d.example.com;
  add_header X-Frame-Options DENY;
  location /api%d {
    add_header Access-Control-Allow-Origin $cors always;
    add_header Access-Control-Allow-Credentials true;
    add_header Vary Origin;
    if ($request_method = OPTIONS) {
      add_header Access-Control-Allow-Origin $cors;
      add_header Access-Control-Allow-Methods "GET, POST";
      return 204;
    }
    proxy_pass http://backend%d; # comment
  }
  location /static { root /srv/"static"; }
}
`, i, i, i)
	}
	return b.String()
}

// TestLargeConfig parses a 5 MB configuration: every location yields its
// policies (no timing: speed is measured by BenchmarkParse).
func TestLargeConfig(t *testing.T) {
	src := bigConfig(5 << 20)
	pols, ns := parseOne(t, "conf.d/big.conf", src)
	servers := strings.Count(src, "server {")
	if len(pols) != 2*servers {
		t.Errorf("got %d policies for %d servers", len(pols), servers)
	}
	if len(ns) != 0 {
		t.Errorf("notices: %s", noticeText(ns))
	}
}

func BenchmarkParse(b *testing.B) {
	for _, size := range []int{64 << 10, 1 << 20, 5 << 20} {
		src := bigConfig(size)
		f := tree{"conf.d/big.conf": src}.file("conf.d/big.conf")
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				New().Parse(f)
			}
		})
	}
}
