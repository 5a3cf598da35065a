package rules

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// One regex that can only ever match one origin echoes a fixed value, so it
// needs no Vary (rules.md decisions, CORS018); anything looser does.
func TestMissingVarySingleOriginRegex(t *testing.T) {
	re2 := func(v string, mode policy.MatchMode) policy.Matcher {
		return re(v, policy.DialectRE2, mode, 2)
	}
	cases := []struct {
		name string
		m    policy.Matcher
		want bool // CORS018 expected
	}{
		{"envoy fullmatch literal", re2(`https://studio\.example\.com`, policy.ModeFull), false},
		{"traefik search, end-anchored, scheme first", re2(`https://web\.example\.com$`, policy.ModeSearch), false},
		{"search with both anchors", re2(`^https://web\.example\.com$`, policy.ModeSearch), false},
		{"case flag", re2(`(?i)^https://Web\.example\.com$`, policy.ModeSearch), false},
		{"js escaped slashes", jsRe(`^https:\/\/app\.example\.com$`, 2), false},
		{"no end anchor", re2(`^https://web\.example\.com`, policy.ModeSearch), true},
		{"end anchor without scheme", re2(`web\.example\.com$`, policy.ModeSearch), true},
		{"unescaped dot", re2(`https://web.example.com`, policy.ModeFull), true},
		{"alternation", re2(`https://(app|admin)\.example\.com`, policy.ModeFull), true},
		{"class", re2(`https://[a-z]+\.example\.com`, policy.ModeFull), true},
		{"escaped dollar is literal", re2(`^https://web\.example\.com\$`, policy.ModeSearch), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := newPolicy(list(c.m))
			got := missingVaryOrigin{}.Check(&Context{}, p)
			if (len(got) > 0) != c.want {
				t.Fatalf("CORS018 findings = %d, want %v", len(got), c.want)
			}
		})
	}
}
