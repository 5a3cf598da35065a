package flask

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/corslint/corslint/parsers"
)

// FuzzParse checks that no input panics or produces a span outside the file.
func FuzzParse(f *testing.F) {
	seeds, err := filepath.Glob("../../testdata/python/*.py")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("CORS(app, origins=[[[[[[[[[["))
	f.Add([]byte("X = Y\nY = X\nCORS(app, origins=X)"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pols, notices := Parser{}.Parse(parsers.File{Path: "f.py", Data: data})
		for _, n := range notices {
			if n.Level == "error" {
				t.Fatalf("error notice: %s", n.Message)
			}
		}
		for _, p := range pols {
			if p.Span.Start.Line < 1 || p.Span.File != "f.py" {
				t.Fatalf("bad policy span %+v", p.Span)
			}
		}
	})
}
