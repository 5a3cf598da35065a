package scan

import (
	"os/exec"
	"strings"
	"testing"
)

// TestLayers guards the dependency direction (style.md): cmd -> internal/cli
// -> internal/scan -> {parsers/*, rules, report, config} -> policy. Parsers
// never import rules or report, and nothing imports upwards.
func TestLayers(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", "{{.ImportPath}}:{{join .Deps \" \"}}", "github.com/corslint/corslint/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	const mod = "github.com/corslint/corslint/"
	forbidden := map[string][]string{
		"policy":   {"parsers", "rules", "report", "internal", "cmd"},
		"parsers/": {"rules", "report", "internal", "cmd"},
		"rules":    {"parsers", "report", "internal", "cmd"},
		"report":   {"parsers", "internal", "cmd"},
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, ":")
		rel := strings.TrimPrefix(pkg, mod)
		for layer, bans := range forbidden {
			if rel != layer && !strings.HasPrefix(rel, layer) {
				continue
			}
			if layer == "policy" && rel != "policy" {
				continue
			}
			for _, d := range strings.Fields(deps) {
				drel, ok := strings.CutPrefix(d, mod)
				if !ok {
					continue
				}
				for _, b := range bans {
					if drel == b || strings.HasPrefix(drel, b+"/") {
						t.Errorf("%s imports %s: %s must not depend on %s", rel, drel, layer, b)
					}
				}
			}
		}
	}
}
