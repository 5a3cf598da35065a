package starlette

import (
	"testing"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// Shapes from the seventh Python blind round (testdata/python/blind7_*).

// TestWrapAppKeyword: `CORSMiddleware(app=inner, ...)` wraps an app passed by
// keyword; `app` is the middleware's first parameter, not an ignored option.
func TestWrapAppKeyword(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		policies int
		scope    string
	}{
		{"keyword app", "app = CORSMiddleware(app=inner, allow_origins=['https://a.example'])\n", 1, "inner wrapped by CORSMiddleware"},
		{"positional app", "app = CORSMiddleware(inner, allow_origins=['https://a.example'])\n", 1, "inner wrapped by CORSMiddleware"},
		{"no app at all", "mw = CORSMiddleware\n", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := python.Parse("main.py", []byte("from starlette.middleware.cors import CORSMiddleware\nfrom .app import inner\n"+tc.src))
			ps := Extract(m)
			if len(ps) != tc.policies {
				t.Fatalf("%d policies, want %d", len(ps), tc.policies)
			}
			if tc.policies == 0 {
				return
			}
			p := ps[0]
			if p.Scope != tc.scope {
				t.Errorf("scope %q, want %q", p.Scope, tc.scope)
			}
			if len(p.Ignored) != 0 {
				t.Errorf("ignored %+v, want none", p.Ignored)
			}
			if p.Origins.Kind != policy.OriginList || !accepted(t, p.Origins, "https://a.example") || accepted(t, p.Origins, "https://attacker.example") {
				t.Errorf("origins %+v, want the list", p.Origins)
			}
		})
	}
}
