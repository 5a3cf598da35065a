package platform

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestPlaceholderOnly(t *testing.T) {
	tests := map[string]bool{
		"{{ .Values.origin }}": true, "${ORIGIN}": true, "{{ a }}${B}": true,
		"https://{{ .Values.host }}": false, "*": false, "": false, "{{ open": false,
	}
	for in, want := range tests {
		if got := placeholderOnly(in); got != want {
			t.Errorf("placeholderOnly(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDurationSeconds(t *testing.T) {
	tests := map[string]int64{"600": 600, "24h": 86400, "1h30m": 5400, "86400s": 86400}
	for in, want := range tests {
		if got, ok := DurationSeconds(in); !ok || got != want {
			t.Errorf("DurationSeconds(%q) = %d %v, want %d", in, got, ok, want)
		}
	}
	if _, ok := DurationSeconds("soon"); ok {
		t.Error("DurationSeconds(soon) ok")
	}
}

func TestItemsCommaSpans(t *testing.T) {
	n := &Node{Kind: String, Value: "a, bb,,c", Literal: policy.Pos{Line: 2, Col: 10},
		Span: policy.Span{File: "f", Start: policy.Pos{Line: 2, Col: 9}, End: policy.Pos{Line: 2, Col: 19}}}
	items := Items(n, true)
	wantCols := [][2]int{{10, 11}, {13, 15}, {17, 18}}
	if len(items) != len(wantCols) {
		t.Fatalf("items = %+v", items)
	}
	for i, it := range items {
		if it.Span.Start.Col != wantCols[i][0] || it.Span.End.Col != wantCols[i][1] {
			t.Errorf("item %d %q span = %+v", i, it.Value, it.Span)
		}
	}
}

func TestEnvoyMatchesStar(t *testing.T) {
	tests := []struct {
		m    policy.Matcher
		want bool
	}{
		{policy.Matcher{Kind: policy.MatchExact, Value: "*"}, true},
		{policy.Matcher{Kind: policy.MatchExact, Value: "https://a.example.com"}, false},
		{policy.Matcher{Kind: policy.MatchPrefix, Value: ""}, true},
		{policy.Matcher{Kind: policy.MatchRegex, Value: ".*"}, true},
		{policy.Matcher{Kind: policy.MatchRegex, Value: `\*|https://a\.example\.com`}, true},
		{policy.Matcher{Kind: policy.MatchRegex, Value: `https://.*`}, false},
		{policy.Matcher{Kind: policy.MatchRegex, Value: `(`}, false},
	}
	for _, tt := range tests {
		if got := envoyMatchesStar(tt.m); got != tt.want {
			t.Errorf("envoyMatchesStar(%+v) = %v, want %v", tt.m, got, tt.want)
		}
	}
}

func TestUnknownDocumentsYieldNothing(t *testing.T) {
	docs := []*Node{
		nil,
		{Kind: String, Value: "x"},
		{Kind: Map, Pairs: []Pair{{Key: "name", Value: &Node{Kind: String, Value: "x"}}}},
		{Kind: List, Items: []*Node{{Kind: Map}}},
	}
	for i, d := range docs {
		if ps, ns := Extract(Doc{Root: d, File: "f"}); len(ps)+len(ns) != 0 {
			t.Errorf("doc %d: %+v %+v", i, ps, ns)
		}
	}
}

func TestFillPlaceholders(t *testing.T) {
	tests := map[string]string{
		"https://${PORTAL_DOMAIN}":          "https://placeholder",
		"HTTPS://{{ .Values.host }}":        "HTTPS://placeholder",
		"https://a.example.com":             "https://a.example.com",
		"https://${A}.example.com,${B}":     "https://placeholder.example.com,placeholder",
		"https://{{ unterminated":           "https://{{ unterminated",
		"{{ .Values.scheme }}://${HOST}:80": "placeholder://placeholder:80",
	}
	for in, want := range tests {
		if got := fillPlaceholders(in); got != want {
			t.Errorf("fillPlaceholders(%q) = %q, want %q", in, got, want)
		}
	}
}
