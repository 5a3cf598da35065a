package cli

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated README sections")

// TestReadmeInSync keeps the README's generated sections equal to their
// sources: the rule table to the catalog, the config reference to
// internal/config/REFERENCE.md. Run `go test ./internal/cli -update` after
// changing either.
func TestReadmeInSync(t *testing.T) {
	readme := filepath.Join("..", "..", "README.md")
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	ref, err := os.ReadFile(filepath.Join("..", "config", "REFERENCE.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The reference's own title is replaced by the README's section heading.
	refBody := string(ref)
	if i := strings.Index(refBody, "\n"); strings.HasPrefix(refBody, "# ") && i >= 0 {
		refBody = strings.TrimLeft(refBody[i+1:], "\n")
	}
	refBody = strings.ReplaceAll(refBody, "\n## ", "\n### ")
	text := string(data)
	for _, sec := range []struct{ name, body string }{
		{"rules", RulesTable()},
		{"config", refBody},
	} {
		begin, end := "<!-- "+sec.name+":begin -->\n", "<!-- "+sec.name+":end -->"
		i, j := strings.Index(text, begin), strings.Index(text, end)
		if i < 0 || j < i {
			t.Fatalf("README lacks the %s markers", sec.name)
		}
		cur := text[i+len(begin) : j]
		if cur == sec.body {
			continue
		}
		if !*update {
			t.Errorf("README section %q is out of date: run go test ./internal/cli -update", sec.name)
			continue
		}
		text = text[:i+len(begin)] + sec.body + text[j:]
	}
	if *update {
		if err := os.WriteFile(readme, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
