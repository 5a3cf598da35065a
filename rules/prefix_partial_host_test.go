package rules

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/policy"
)

// A prefix test that stops inside a host name (Istio `prefix:
// https://shop-preview-`) accepts any name that continues it; the witness is
// the prefix completed with an attacker's domain (found in the seventh blind
// round on platform configs).
func TestPrefixEndingInsideHost(t *testing.T) {
	cases := []struct {
		name string
		p    *policy.Policy
		want []hit
	}{
		{"partial host prefix with credentials",
			newPolicy(list(exact("https://shop.example.com", 9),
				kindM(policy.MatchPrefix, "https://shop-preview-", 10)), creds),
			[]hit{{"CORS001", 10, "https://shop-preview-attacker.example"}}},
		{"partial host prefix without credentials",
			newPolicy(list(kindM(policy.MatchPrefix, "https://shop-preview-", 10))),
			[]hit{{"CORS004", 10, "https://shop-preview-attacker.example"}}},
		{"exact entries alone stay clean",
			newPolicy(list(exact("https://shop.example.com", 9), exact("https://shop-preview.example.com", 10)), creds),
			nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := hits(Run(DefaultContext(), c.p, nil), originRuleIDs)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
			}
		})
	}
}
