package flask

import (
	"bytes"
	"os"
	"testing"

	"github.com/corslint/corslint/parsers"
)

// BenchmarkParse measures a realistic app file grown to about 100 KiB.
func BenchmarkParse(b *testing.B) {
	seed, err := os.ReadFile("../../testdata/python/manual_allowlist_ok.py")
	if err != nil {
		b.Fatal(err)
	}
	data := bytes.Repeat(seed, 100<<10/len(seed))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		Parser{}.Parse(parsers.File{Path: "big.py", Data: data})
	}
}
