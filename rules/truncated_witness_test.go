package rules

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// A test for "part of the allowed text" lets in the trusted host cut short
// inside its top-level label: app.example.com -> app.example.co, which
// anyone can register. Other entries never take such a candidate.
func TestTruncatedWitness(t *testing.T) {
	within := policy.Matcher{Kind: policy.MatchWithin, Value: "https://app.example.com https://admin.example.com", Span: at(9)}
	cases := []struct {
		name string
		p    *policy.Policy
		want string // "" = no attacker-ownable witness
	}{
		{"string membership", newPolicy(list(within)), "https://app.example.co"},
		{"exact entry", newPolicy(list(exact("https://app.example.com", 9))), ""},
		{"anchored pattern", newPolicy(list(jsRe(`^https:\/\/app\.example\.com$`, 9))), ""},
		{"no shorter top-level label to register", newPolicy(list(policy.Matcher{Kind: policy.MatchWithin, Value: "https://app.example.io", Span: at(9)})), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, ok := BestWitness(DefaultContext(), c.p, ClassOwnable)
			if ok != (c.want != "") || ok && w.Origin != c.want {
				t.Errorf("BestWitness = %q (%v), want %q", w.Origin, ok, c.want)
			}
		})
	}
	fs := originCheckBypass{}.Check(DefaultContext(), newPolicy(list(within)))
	if len(fs) != 1 || fs[0].Witness != "https://app.example.co" || fs[0].Span.Start.Line != 9 {
		t.Fatalf("CORS004 findings %+v", fs)
	}
	fs = credentialedUntrustedOrigin{}.Check(DefaultContext(), newPolicy(list(within), creds))
	if len(fs) != 1 || fs[0].Witness != "https://app.example.co" {
		t.Errorf("CORS001 findings %+v", fs)
	}
}
