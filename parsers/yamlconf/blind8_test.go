package yamlconf_test

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the eighth blind round on platform configs.

// An ingress-nginx entry whose only `*` opens the host is a one-label host
// glob (the controller's end-anchored regex accepts nothing else), so the
// rules can judge `https://*.${DOMAIN}` as every subdomain of some domain.
func TestIngressLeadingLabelWildcardIsGlob(t *testing.T) {
	tests := []struct {
		name, origin string
		wantKind     policy.MatcherKind
	}{
		{"known domain", `"https://*.example.com"`, policy.MatchGlob},
		{"envsubst domain", `"https://*.${DOMAIN}"`, policy.MatchGlob},
		{"helm domain", `"https://*.{{ .Values.domain }}"`, policy.MatchGlob},
		{"port after the domain", `"https://*.example.com:8443"`, policy.MatchGlob},
		{"plain origin is exact", `"https://app.example.com"`, policy.MatchExact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, ingressHead+"    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n"+
				"    nginx.ingress.kubernetes.io/cors-allow-origin: "+tt.origin+"\n")
			if len(p.Origins.Matchers) != 1 {
				t.Fatalf("matchers = %+v, want one", p.Origins.Matchers)
			}
			m := p.Origins.Matchers[0]
			if m.Kind != tt.wantKind || !m.IgnoreCase {
				t.Errorf("matcher = %+v, want kind %v, case-insensitive", m, tt.wantKind)
			}
		})
	}
}

// The glob accepts what the controller's regex accepts: one label, any case.
func TestIngressLabelGlobMatchesOneLabel(t *testing.T) {
	p := one(t, ingressHead+"    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n"+
		"    nginx.ingress.kubernetes.io/cors-allow-origin: \"https://*.example.com\"\n")
	m := p.Origins.Matchers[0]
	tests := []struct {
		origin string
		want   bool
	}{
		{"https://app.example.com", true},
		{"https://APP.Example.com", true},
		{"https://a.b.example.com", false},
		{"https://example.com", false},
		{"http://app.example.com", false},
		{"https://app.example.com.attacker.example", false},
	}
	for _, tt := range tests {
		got, err := m.Match(tt.origin)
		if err != nil || got != tt.want {
			t.Errorf("Match(%q) = %v, %v; want %v", tt.origin, got, err, tt.want)
		}
	}
}

// An origin list written as a YAML block scalar gets a span per entry, on
// the entry's own line, so findings point at the origin to change.
func TestBlockScalarEntriesHaveOwnLines(t *testing.T) {
	tests := []struct {
		name, indicator string
	}{
		{"folded", ">-"},
		{"folded, indicator followed by a comment", ">- # two sites"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := ingressHead + "    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n" +
				"    nginx.ingress.kubernetes.io/cors-allow-origin: " + tt.indicator + "\n" +
				"      https://a.example.com,\n" +
				"      https://b.example.com\n" +
				"spec: {}\n"
			first := strings.Count(ingressHead, "\n") + 3
			p := one(t, doc)
			if len(p.Origins.Matchers) != 2 {
				t.Fatalf("matchers = %+v, want two", p.Origins.Matchers)
			}
			for i, want := range []policy.Pos{{Line: first, Col: 7}, {Line: first + 1, Col: 7}} {
				if got := p.Origins.Matchers[i].Span.Start; got != want {
					t.Errorf("entry %d starts at %+v, want %+v", i, got, want)
				}
			}
		})
	}
}
