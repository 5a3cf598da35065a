package rules

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestWildcardFill(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{`^https:\/\/kestrel-.*\.netlify\.app$`, "https://kestrel-attacker.netlify.app", true},
		{`^https://myapp-[a-z0-9]+-team\.vercel\.app$`, "https://myapp-attacker-team.vercel.app", true},
		{`^https?://[^/]*\.example\.com(?::\d+)?$`, "https://attacker.example.com:1", true},
		{`^https://\w+\.example\.com$`, "https://attacker.example.com", true},
		{`^https://app[0-9]{1,2}\.example\.com$`, "https://app1.example.com", false},
		{`^https://app\.example\.com$`, "https://app.example.com", false},
		{`^https://(app|admin)\.example\.com$`, "", false},
		{`^(?=https://)(?=.*\.example\.com$)`, "", false},
		{`https://example\..*`, "https://example.attacker.example", true},
		{`^https://app\.example\..+(:\d+)?$`, "https://app.example.attacker.example:1", true},
	}
	for _, c := range cases {
		got, ok := wildcardFill(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("wildcardFill(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestFilledWitness: a wildcard inside the registrable label of a
// public-suffix platform is a bypass (CORS004); one in a subdomain label of
// the trusted domain stays CORS006.
func TestFilledWitness(t *testing.T) {
	cases := []struct {
		name string
		p    *policy.Policy
		want []hit
	}{
		{"netlify site prefix", newPolicy(list(jsRe(`^https:\/\/kestrel-.*\.netlify\.app$`, 10))),
			[]hit{{"CORS004", 10, "https://kestrel-attacker.netlify.app"}}},
		{"vercel preview with credentials", newPolicy(list(jsRe(`^https://myapp-[a-z0-9]+-team\.vercel\.app$`, 10)), creds),
			[]hit{{"CORS001", 10, "https://myapp-attacker-team.vercel.app"}}},
		{"subdomain label stays CORS006", newPolicy(list(jsRe(`^https://[a-z0-9-]+\.example\.com$`, 10))),
			[]hit{{"CORS006", 10, "https://attacker.example.com"}}},
		{"label prefix under a private domain is a subdomain", newPolicy(list(jsRe(`^https://pr-\d+\.preview\.example\.com$`, 10))), nil},
		{"open top-level label in a regex", newPolicy(list(jsRe(`^https://example\..*$`, 10))),
			[]hit{{"CORS004", 10, "https://example.attacker.example"}}},
		{"optional dot glues labels", newPolicy(list(jsRe(`^https://(www|shop)?\.?ember\.com$`, 10))),
			[]hit{{"CORS004", 10, "https://wwwember.com"}}},
		{"optional trailing dot stays the host", newPolicy(list(jsRe(`^https://app\.ember\.com\.?$`, 10))), nil},
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

func TestGlobFill(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.*", "https://example.attacker.example", true},
		{"https://app.example*", "https://app.example.attacker.example", true},
		{"https://*.example.com", "https://attacker.example.com", true},
		{"https://*.example.com:[*]", "https://attacker.example.com:[attacker]", true},
		{"https://app.example.com", "", false},
		{"http*://app.example.com", "", false},
	}
	for _, c := range cases {
		got, ok := globFill(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("globFill(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestGlobOpenTLDWitness: a Spring origin pattern whose top-level label is
// a wildcard (`https://example.*`, which crosses dots) accepts
// `https://example.attacker.example`.
func TestGlobOpenTLDWitness(t *testing.T) {
	glob := func(v string, line int) policy.Matcher {
		return policy.Matcher{Kind: policy.MatchGlob, Value: v, GlobCrossesDots: true, Span: at(line)}
	}
	cases := []struct {
		name string
		p    *policy.Policy
		want []hit
	}{
		{"open TLD with credentials", newPolicy(list(glob("https://example.*", 10)), creds),
			[]hit{{"CORS001", 10, "https://example.attacker.example"}}},
		{"open TLD without credentials", newPolicy(list(glob("https://app.example.*", 10))),
			[]hit{{"CORS004", 10, "https://app.example.attacker.example"}}},
		{"subdomain glob stays CORS006", newPolicy(list(glob("https://*.example.com", 10))),
			[]hit{{"CORS006", 10, "https://attacker.example.com"}}},
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
