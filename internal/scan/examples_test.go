package scan

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/rules"
)

// TestHelpExamples runs every rule's bad and good help examples through the
// real parser of their format: the bad one must fire the rule, the good one
// must not (style.md: the examples are tests).
func TestHelpExamples(t *testing.T) {
	byFormat := map[string]struct {
		parser parsers.Parser
		file   string
	}{}
	for _, p := range Default() {
		switch p.Name() {
		case "express":
			byFormat[rules.FormatExpressJSON] = struct {
				parser parsers.Parser
				file   string
			}{p, "cors.json"}
		case "nginx":
			byFormat[rules.FormatNginx] = struct {
				parser parsers.Parser
				file   string
			}{p, "nginx.conf"}
		}
	}
	ctx := rules.DefaultContext()
	all := func(string) bool { return true }
	for _, r := range rules.All() {
		m := r.Meta()
		t.Run(m.ID, func(t *testing.T) {
			pf, ok := byFormat[m.ExampleFormat]
			if !ok {
				t.Fatalf("no parser for example format %q", m.ExampleFormat)
			}
			fires := func(src string) (bool, []string) {
				f := parsers.File{Path: pf.file, Data: []byte(src), Named: true,
					Read: func(string) ([]byte, error) { return nil, errNoIncludes },
					Glob: func(string) ([]string, error) { return nil, nil }}
				if !pf.parser.Claim(f.Path, f.Data) {
					t.Fatalf("the %s parser does not claim the example:\n%s", pf.parser.Name(), src)
				}
				pols, notices := pf.parser.Parse(f)
				for _, n := range notices {
					if n.Level == "error" {
						t.Errorf("example gives notice: %s", n.Message)
					}
				}
				var ids []string
				hit := false
				for i := range pols {
					for _, fd := range rules.Run(ctx, &pols[i], all) {
						ids = append(ids, fd.RuleID)
						hit = hit || fd.RuleID == m.ID
					}
				}
				return hit, ids
			}
			if ok, ids := fires(m.BadExample); !ok {
				t.Errorf("bad example does not fire %s (got %s):\n%s", m.ID, strings.Join(ids, " "), m.BadExample)
			}
			if ok, _ := fires(m.GoodExample); ok {
				t.Errorf("good example fires %s:\n%s", m.ID, m.GoodExample)
			}
			if !strings.Contains(m.Help, m.BadExample) || !strings.Contains(m.Help, m.GoodExample) {
				t.Errorf("help markdown does not show both examples")
			}
		})
	}
}
