package rules

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestPrintMessages(t *testing.T) {
	ps := []*policy.Policy{
		newPolicy(echoAny(), creds),
		newPolicy(anyOrigins(policy.EmitWildcard), creds),
		newPolicy(anyOrigins(policy.EmitOrigin), creds),
		newPolicy(list(nullM(10), jsRe(`example\.com$`, 11), exact("http://app.example.com", 12), kindM(policy.MatchGlob, "https://*.example.com", 13), exact("http://localhost:3000", 14)), creds),
		newPolicy(list(nullM(10), jsRe(`example\.com$`, 11), exact("http://app.example.com", 12), allM(13), kindM(policy.MatchGlob, "https://*.example.com", 14))),
		newPolicy(anyOrigins(policy.EmitWildcard), withAllowHeaders("Authorization", "X-Api-Key")),
	}
	for _, p := range ps {
		for _, f := range Run(nil, p, nil) {
			t.Logf("%s L%d [%s] %s\n    fix: %s\n    curl: %s", f.RuleID, f.Span.Start.Line, f.Severity, f.Message, f.Fix, f.Curl)
		}
	}
}
