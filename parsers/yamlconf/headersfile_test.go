package yamlconf_test

import (
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/yamlconf"
	"github.com/corslint/corslint/policy"
)

func TestHeadersFile(t *testing.T) {
	src := "# Netlify / Cloudflare Pages headers\n" +
		"/*\n" +
		"  X-Frame-Options: DENY\n" +
		"  Access-Control-Allow-Origin: *\n" +
		"\n" +
		"/api/*\n" +
		"  ! Access-Control-Allow-Origin\n" +
		"  Access-Control-Allow-Origin: https://a.example.com\n" +
		"  Access-Control-Allow-Origin: https://b.example.com\n" +
		"  Access-Control-Allow-Credentials: true\n" +
		"\n" +
		"/static/*\n" +
		"  Cache-Control: public, max-age=31536000\n"
	p := yamlconf.Parser{}
	if !p.Claim("site/public/_headers", []byte(src)) || p.Claim("headers", []byte(src)) {
		t.Fatal("claim: want _headers only")
	}
	pols, ns := p.Parse(parsers.File{Path: "_headers", Data: []byte(src)})
	if len(ns) != 0 || len(pols) != 2 {
		t.Fatalf("policies %+v notices %+v, want 2 and none", pols, ns)
	}
	at := func(line, col, end int) policy.Span {
		return policy.Span{File: "_headers", Start: policy.Pos{Line: line, Col: col}, End: policy.Pos{Line: line, Col: end}}
	}
	tests := []struct {
		scope  string
		kind   policy.OriginKind
		span   policy.Span
		extra  int
		creds  string
		credAt policy.Span
	}{
		{"headers for /*", policy.OriginAny, at(4, 32, 33), 0, "", policy.Span{}},
		{"headers for /api/*", policy.OriginStatic, at(8, 32, 53), 1, "true", at(10, 37, 41)},
	}
	for i, tt := range tests {
		got := pols[i]
		if got.Scope != tt.scope || got.Framework != "netlify" || got.Origins.Kind != tt.kind || got.Origins.Span != tt.span ||
			len(got.Origins.ExtraFields) != tt.extra || got.Credentials.Value != tt.creds || got.Credentials.Span != tt.credAt {
			t.Errorf("policy %d = %+v", i, got)
		}
	}
}
