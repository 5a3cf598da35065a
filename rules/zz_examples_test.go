package rules

import (
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/nginx"
)

func TestZZExamples(t *testing.T) {
	for _, r := range All() {
		m := r.Meta()
		if m.ExampleFormat != FormatNginx {
			continue
		}
		var p parsers.Parser = nginx.New()
		name := "conf.d/site.conf"
		for _, ex := range []struct {
			src  string
			fire bool
		}{{m.BadExample, true}, {m.GoodExample, false}} {
			pols, notes := p.Parse(parsers.File{Path: name, Data: []byte(ex.src), Named: true,
				Read: func(string) ([]byte, error) { return nil, nil }, Glob: func(string) ([]string, error) { return nil, nil }})
			for _, n := range notes {
				t.Logf("%s notice: %s", m.ID, n.Message)
			}
			fired := false
			var all []string
			for i := range pols {
				for _, f := range r.Check(DefaultContext(), &pols[i]) {
					fired = true
					all = append(all, f.Message)
				}
			}
			if fired != ex.fire {
				t.Errorf("%s example (bad=%v) fired=%v: %v\n%s\npolicies=%d %+v", m.ID, ex.fire, fired, all, ex.src, len(pols), pols)
			}
		}
	}
}
