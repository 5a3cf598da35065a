package platform

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestSnippetStatement(t *testing.T) {
	tests := []struct {
		stmt, name, value string
		ok                bool
	}{
		{`more_set_headers "Access-Control-Allow-Origin: $http_origin"`, "Access-Control-Allow-Origin", "$http_origin", true},
		{`more_set_headers -s '200 204' 'Access-Control-Allow-Origin:*'`, "Access-Control-Allow-Origin", "*", true},
		{`more_set_headers "Access-Control-Allow-Origin:"`, "", "", false}, // clears the header
		{`add_header Access-Control-Allow-Origin "https://a.example.com" always`, "Access-Control-Allow-Origin", "https://a.example.com", true},
		{`add_header 'Access-Control-Max-Age' 1728000`, "Access-Control-Max-Age", "1728000", true},
		{`proxy_set_header Host $host`, "", "", false},
		{`# a comment`, "", "", false},
	}
	for _, tt := range tests {
		name, value, ok := snippetStatement(tt.stmt)
		if name != tt.name || value != tt.value || ok != tt.ok {
			t.Errorf("snippetStatement(%q) = %q, %q, %v; want %q, %q, %v", tt.stmt, name, value, ok, tt.name, tt.value, tt.ok)
		}
	}
}

func TestSnippetConditional(t *testing.T) {
	tests := map[string]bool{
		"if ($cors = \"true\") {\n  more_set_headers \"A: b\";\n}": true,
		"set $cors true;": true,
		"more_set_headers \"Access-Control-Allow-Origin: *\";": false,
		"proxy_set_header X-Origin $http_origin;":              false,
		"add_header If-Modified-Since x;":                      false,
	}
	for src, want := range tests {
		if got := snippetConditional.MatchString(src); got != want {
			t.Errorf("conditional(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestSnippetLineSpan(t *testing.T) {
	block := &Node{Kind: String, Value: "a;\nb;\n", Span: policy.Span{File: "f", Start: policy.Pos{Line: 7, Col: 56}, End: policy.Pos{Line: 7, Col: 57}}}
	if got := snippetLineSpan(block, 1); got.Start.Line != 9 || got.Start.Col != 1 {
		t.Errorf("block line span = %+v", got)
	}
	one := &Node{Kind: String, Value: "a;", Literal: policy.Pos{Line: 3, Col: 10}, Span: policy.Span{File: "f", Start: policy.Pos{Line: 3, Col: 9}}}
	if got := snippetLineSpan(one, 0); got != one.Span {
		t.Errorf("one-line span = %+v", got)
	}
}
