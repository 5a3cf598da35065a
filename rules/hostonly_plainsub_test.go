package rules

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// A Kong entry without `:` is matched against the host only, whatever the
// scheme (semantics.md 5.5): a subdomain pattern written that way also
// trusts plain-http subdomains, which a network attacker can act as.
func TestHostOnlyPatternTrustsPlainHTTPSubdomains(t *testing.T) {
	hostOnly := func(v string, line int) policy.Matcher {
		return policy.Matcher{Kind: policy.MatchRegex, Value: v, Dialect: policy.DialectPCRE, Mode: policy.ModeFull, HostOnly: true, Span: at(line)}
	}
	withScheme := re(`https://(.*)\.example\.com`, policy.DialectPCRE, policy.ModeFull, 10)
	runRuleCases(t, []ruleCase{
		{"host-only subdomain pattern", "CORS005", newPolicy(list(hostOnly(`(.*)\.example\.com`, 10))), []int{10}, []string{"http://attacker.example.com"}},
		{"host-only subdomain pattern is also CORS006", "CORS006", newPolicy(list(hostOnly(`(.*)\.example\.com`, 10))), []int{10}, nil},
		{"https-only subdomain pattern", "CORS005", newPolicy(list(withScheme)), nil, nil},
	})
}
