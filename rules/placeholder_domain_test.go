package rules

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// rules.md decisions, template placeholders: `https://*.${domain}` is still
// CORS006; a placeholder anywhere else proves nothing.
func TestSubdomainOfPlaceholderDomain(t *testing.T) {
	tests := []struct {
		name, glob string
		want       []string // rule IDs, each at line 10
	}{
		{"envsubst domain", "https://*.${DOMAIN}", []string{"CORS006"}},
		{"helm domain with port", "https://*.{{ .Values.domain }}:8443", []string{"CORS006"}},
		{"placeholder before the star", "https://${TENANT}.*", nil},
		{"placeholder scheme", "${SCHEME}://*.example.com", nil},
		{"star glued to placeholder", "https://*${SUFFIX}", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPolicy(list(kindM(policy.MatchGlob, tt.glob, 10)))
			got := hits(Run(DefaultContext(), p, nil), originRuleIDs)
			if len(got) != len(tt.want) {
				t.Fatalf("hits %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i].ID != tt.want[i] || got[i].Line != 10 {
					t.Errorf("hits %v, want %v at line 10", got, tt.want)
				}
			}
		})
	}
	// The message quotes the entry as written, not the stand-in.
	p := newPolicy(list(kindM(policy.MatchGlob, "https://*.${DOMAIN}", 10)))
	for _, f := range Run(DefaultContext(), p, nil) {
		if f.RuleID == "CORS006" && !strings.Contains(f.Message, "`https://*.${DOMAIN}`") {
			t.Errorf("message %q does not quote the entry", f.Message)
		}
	}
}
