package jsonconf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		path   string
		src    string
		fw     string
		kind   policy.OriginKind
		span   policy.Span
		notice bool
	}{
		{"s3 wrapper", "cors.json", `{"CORSRules": [{"AllowedOrigins": ["https://a.example.com", "https://*.example.com"]}]}`,
			"aws-s3", policy.OriginList, policy.Span{}, false},
		{"s3 bare", "rules.json", `[{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"]}]`,
			"aws-s3", policy.OriginAny, policy.Span{File: "rules.json", Start: policy.Pos{Line: 1, Col: 22}, End: policy.Pos{Line: 1, Col: 25}}, false},
		{"gcs", "cors.json", `[{"origin": ["*"], "method": ["GET"]}]`, "gcs", policy.OriginAny, policy.Span{}, false},
		{"vercel", "vercel.json", `{"headers": [{"source": "/(.*)", "headers": [{"key": "Access-Control-Allow-Origin", "value": "https://a.example.com"}]}]}`,
			"vercel", policy.OriginStatic, policy.Span{}, false},
		{"intrinsic", "template.json", `{"Resources": {"U": {"Type": "AWS::Lambda::Url", "Properties": {"Cors": {"AllowOrigins": {"Fn::Split": [",", {"Ref": "O"}]}}}}}}`,
			"aws-lambda-url", policy.OriginUnknown, policy.Span{}, false},
		{"syntax error in a cors file", "cors.json", `{"CORSRules": [}`, "", 0, policy.Span{}, true},
		{"syntax error elsewhere", "tsconfig.json", `{"a": 1, // cors`, "", 0, policy.Span{}, false},
		{"syntax error in a named JSONC file", "tsconfig.json", "{\n  // cors helpers\n  \"paths\": {\"@cors/*\": []},\n}", "", 0, policy.Span{}, false},
		{"syntax error in a CORS document with another name", "rules.json", `[{"AllowedOrigins": ["*"],]`, "", 0, policy.Span{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, ns := Parser{}.Parse(parsers.File{Path: tt.path, Data: []byte(tt.src), Named: true})
			if tt.fw == "" {
				if len(pols) != 0 || (len(ns) == 1) != tt.notice {
					t.Fatalf("policies %+v notices %+v", pols, ns)
				}
				if tt.notice && ns[0].Span.Start.Line != 1 {
					t.Errorf("notice = %+v", ns[0])
				}
				return
			}
			if len(pols) == 0 || pols[0].Framework != tt.fw || pols[0].Origins.Kind != tt.kind {
				t.Fatalf("policies %+v notices %+v", pols, ns)
			}
			if !tt.span.IsZero() && pols[0].Origins.Span != tt.span {
				t.Errorf("span = %+v, want %+v", pols[0].Origins.Span, tt.span)
			}
		})
	}
}

// TestKeywordsReachGCS: a GCS cors.json entry without responseHeader holds
// no CORS word, yet the scan's prefilter must still hand it to Parse.
func TestKeywordsReachGCS(t *testing.T) {
	doc := []byte(`[{"origin": ["acme.io"], "method": ["GET"], "maxAgeSeconds": 600}]`)
	found := false
	for _, kw := range (Parser{}).Keywords() {
		if bytes.Contains(doc, kw) {
			found = true
		}
	}
	if !found {
		t.Fatal("no keyword matches a minimal GCS document")
	}
	pols, _ := Parser{}.Parse(parsers.File{Path: "bucket.json", Data: doc})
	if len(pols) != 1 || pols[0].Framework != "gcs" {
		t.Fatalf("policies = %+v", pols)
	}
}

// FuzzParse: no input may panic.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/json/*.json")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		pols, _ := Parser{}.Parse(parsers.File{Path: "cors.json", Data: data, Named: true})
		for _, p := range pols {
			if p.Span.File != "cors.json" {
				t.Fatalf("span %+v", p.Span)
			}
		}
	})
}
