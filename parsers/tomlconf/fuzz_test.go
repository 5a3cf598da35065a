package tomlconf

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corslint/corslint/parsers"
)

// FuzzParse: no input may panic, and every span points into the file.
func FuzzParse(f *testing.F) {
	paths, _ := filepath.Glob("../../testdata/toml/*.toml")
	more, _ := filepath.Glob("../../testdata/yaml/mixed/*/*.toml")
	for _, p := range append(paths, more...) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a = \"\"\"\\\n\"\"\"\n[[x]]\n[x.y]\nz = [[], {a=1}]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pols, notices := Parser{}.Parse(parsers.File{Path: "f.toml", Data: data, Named: true})
		for _, p := range pols {
			if p.Span.File != "f.toml" {
				t.Fatalf("policy span %+v", p.Span)
			}
		}
		for _, n := range notices {
			if n.Span.File != "f.toml" {
				t.Fatalf("notice span %+v", n.Span)
			}
		}
	})
}
