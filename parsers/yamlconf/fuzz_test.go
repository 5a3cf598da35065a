package yamlconf_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/yamlconf"
)

// FuzzParse: no input may panic, and every span points into the file.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/yaml/*.yaml")
	more, _ := filepath.Glob("../../testdata/yaml/mixed/*/*.yaml")
	for _, p := range append(paths, more...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a: &a [*a]\n<<: *a\n--- !Ref\n...\n{{ x }}: {{"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pols, notices := yamlconf.Parser{}.Parse(parsers.File{Path: "f.yaml", Data: data, Named: true})
		lines := 1
		for _, b := range data {
			if b == '\n' {
				lines++
			}
		}
		for _, p := range pols {
			if p.Span.File != "f.yaml" || p.Span.Start.Line > lines {
				t.Fatalf("policy span %+v (file has %d lines)", p.Span, lines)
			}
		}
		for _, n := range notices {
			if n.Span.File != "f.yaml" {
				t.Fatalf("notice span %+v", n.Span)
			}
		}
	})
}

// FuzzHeadersFile: the `_headers` reader never panics and keeps spans in
// the file.
func FuzzHeadersFile(f *testing.F) {
	f.Add([]byte("/*\n  Access-Control-Allow-Origin: *\n\n/a\n  ! X\n  : \n  b:c\n"))
	f.Add([]byte("\t/x\n \n#c\n/y\n\tAccess-Control-Max-Age:9\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pols, _ := yamlconf.Parser{}.Parse(parsers.File{Path: "_headers", Data: data, Named: true})
		for _, p := range pols {
			if p.Span.File != "_headers" || p.Span.Start.Line < 1 {
				t.Fatalf("policy span %+v", p.Span)
			}
		}
	})
}
