package nginx

import (
	"strings"
	"testing"
)

func TestDetemplate(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"no tags", "server { listen 80; }", "server { listen 80; }"},
		{"go expression", "add_header A {{ .Values.cors.origin }} always;", "add_header A $___Values_cors_origin___ always;"},
		{"jinja expression in quotes", `add_header A "{{ origin }}";`, `add_header A "$__origin___";`},
		{"jinja statement lines", "{% if cors %}\nadd_header A *;\n{% endif %}", "             \nadd_header A *;\n           "},
		{"jinja else branch is blanked", "{% if a %}x;{% else %}y;{% endif %}z;", "          x;" + strings.Repeat(" ", 10+2+11) + "z;"},
		{"go else branch is blanked", "{{- if .a }}x;{{ else }}y;{{ end }}z;", "            x;" + strings.Repeat(" ", 10+2+9) + "z;"},
		{"nested if inside a skipped branch", "{% if a %}a;{% else %}{% if b %}b;{% endif %}c;{% endif %}d;",
			"          a;" + strings.Repeat(" ", 10+10+2+11+2+11) + "d;"},
		{"erb", "<% if @cors %>\nadd_header A <%= @origin %>;\n<% end %>", "              \nadd_header A $____origin___;\n         "},
		{"jinja comment", "{# managed by ansible #}\nlisten 80;", "                        \nlisten 80;"},
		{"brace then nginx comment is not a tag", "server {# main\n listen 80; }", "server {# main\n listen 80; }"},
		{"unclosed tag is left alone", "location / {{ x", "location / {{ x"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := string(detemplate([]byte(c.in)))
			if got != c.want {
				t.Errorf("detemplate(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
			if len(got) != len(c.in) {
				t.Errorf("length changed: %d -> %d", len(c.in), len(got))
			}
		})
	}
}

func TestTemplatedConfig(t *testing.T) {
	// A Helm-style file: placeholders prove nothing, the reflection in the
	// other location is still found, and no syntax notices are raised.
	src := `server {
    listen {{ .Values.service.port }};
    server_name {{ .Values.ingress.host }};
    location /api/ {
        add_header Access-Control-Allow-Origin {{ .Values.cors.origin }} always;
        proxy_pass http://{{ include "app.fullname" . }}:8080;
    }
    {{- if .Values.cors.public }}
    location /public/ {
        add_header Access-Control-Allow-Origin $http_origin;
    }
    {{- else }}
    location /public/ {
        add_header Access-Control-Allow-Origin https://a.example;
    }
    {{- end }}
}`
	pols, ns := parseOne(t, "files/nginx.conf", src)
	for _, n := range ns {
		t.Errorf("notice %d:%d: %s", n.Span.Start.Line, n.Span.Start.Col, n.Message)
	}
	got := strings.Join(summaries(pols), "\n")
	want := "4: unknown onerrors\n9: echo-any"
	if got != want {
		t.Errorf("policies\n got: %s\nwant: %s", got, want)
	}
	if len(pols) == 2 && pols[1].Origins.Span.Start.Col != 48 {
		t.Errorf("column moved: %+v", pols[1].Origins.Span)
	}
}
