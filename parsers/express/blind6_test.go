package express

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the sixth blind round (testdata/js/blind6_*).

// TestMapToRegExp: a list of pattern strings turned into RegExps with
// `.map((p) => new RegExp(p))` is checked as patterns (JS search mode), each
// pointing at its string (blind6_express_regexp_map_unescaped). Callbacks
// that do anything else leave the list unknown.
func TestMapToRegExp(t *testing.T) {
	cases := []struct {
		name    string
		mapping string
		accept  map[string]bool
		known   bool
	}{
		{"arrow new", "(p) => new RegExp(p)", map[string]bool{
			"https://app.example.com":  true,
			"https://appxexample.com":  true, // unescaped dot
			"https://APP.example.com":  false,
			"https://other.example.io": false,
		}, true},
		{"function call with flags", "function (s) { return RegExp(s, 'i'); }", map[string]bool{
			"https://APP.example.com": true,
		}, true},
		{"other callback", "(p) => new RegExp('^' + p + '$')", nil, false},
		{"other parameter", "(p) => new RegExp(q)", nil, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "const cors = require('cors');\n" +
				"const PATTERNS = ['^https://app.example.com$'];\n" +
				"app.use(cors({ origin: PATTERNS.map(" + tc.mapping + ") }));\n"
			p := parseJSOne(t, "app.js", src)
			if !tc.known {
				if p.Origins.Kind == policy.OriginList && len(p.Origins.Matchers) > 0 && p.Origins.Matchers[0].Kind == policy.MatchRegex {
					t.Fatalf("callback %s read as a RegExp map", tc.mapping)
				}
				return
			}
			if p.Origins.Kind != policy.OriginList || len(p.Origins.Matchers) != 1 {
				t.Fatalf("origins %v %+v (note %q), want one pattern", p.Origins.Kind, p.Origins.Matchers, p.Origins.Note)
			}
			m := p.Origins.Matchers[0]
			if m.Kind != policy.MatchRegex {
				t.Fatalf("matcher kind %v, want a regex", m.Kind)
			}
			if m.Span.Start.Line != 2 {
				t.Errorf("matcher at line %d, want 2 (the pattern string)", m.Span.Start.Line)
			}
			for origin, want := range tc.accept {
				if got := accepts(t, p.Origins, origin); got != want {
					t.Errorf("accepts %s = %v, want %v", origin, got, want)
				}
			}
		})
	}
}
