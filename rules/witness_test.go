package rules

import (
	"slices"
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestRegistrable(t *testing.T) {
	cases := []struct {
		host string
		want string
		ok   bool
	}{
		{"example.com.attacker.example", "attacker.example", true},
		{"attacker.example", "attacker.example", true},
		{"apixexample.com", "apixexample.com", true},
		{"www.example.co.uk", "example.co.uk", true},
		{"attacker.vercel.app", "attacker.vercel.app", true}, // private PSL section
		{"vercel.app", "", false},                            // a public suffix itself
		{"attackernull", "", false},                          // no known top-level label
		{"examplexcom", "", false},
		{"com", "", false},
		{"93.184.216.34", "", false},
		{"", "", false},
		{"a..b.com", "", false},
	}
	for _, c := range cases {
		got, ok := registrable(c.host)
		if got != c.want || ok != c.ok {
			t.Errorf("registrable(%q) = %q, %v; want %q, %v", c.host, got, ok, c.want, c.ok)
		}
	}
}

func TestClassify(t *testing.T) {
	p := newPolicy(list(exact("https://example.com", 10), exact("https://api.example.org", 11)))
	tr := trustOf(&Context{TrustedDomains: []string{"example.net"}}, p)
	cases := []struct {
		origin string
		want   Class
	}{
		{"null", ClassOwnable},
		{"https://attacker.example", ClassOwnable},
		{"https://example.com.attacker.example", ClassOwnable},
		{"https://attackerexample.com", ClassOwnable},
		{"https://attacker-example.com", ClassOwnable},
		{"https://apixexample.org", ClassOwnable},
		{"http://attackerexample.com", ClassOwnable}, // the attacker owns it whatever the scheme
		{"https://attackernull", ClassUnownable},
		{"https://93.184.216.34", ClassUnownable},
		{"https://attacker.example.com", ClassSubdomain},
		{"https://attacker.api.example.org", ClassSubdomain},
		{"https://other.example.org", ClassTrusted}, // a sibling, not under a trusted host
		{"http://example.com", ClassInsecure},
		{"http://api.example.org:8080", ClassInsecure},
		{"https://example.com", ClassTrusted},
		{"https://example.com:8443", ClassTrusted},
		{"https://shop.example.net", ClassSubdomain}, // ctx.TrustedDomains
		{"http://localhost:3000", ClassLocal},
		{"https://app.localhost", ClassLocal},
		{"http://127.0.0.1", ClassLocal},
		{"http://10.1.2.3", ClassLocal},
		{"http://172.20.0.1", ClassLocal},
		{"http://192.168.1.1", ClassLocal},
		{"http://169.254.169.254", ClassLocal},
		{"http://[::1]:3000", ClassLocal},
		{"file://", ClassLocal},
		{"chrome-extension://abc", ClassUnownable},
	}
	for _, c := range cases {
		if got := tr.classify(c.origin); got != c.want {
			t.Errorf("classify(%q) = %v, want %v", c.origin, got, c.want)
		}
	}
}

func TestCandidates(t *testing.T) {
	p := newPolicy(list(exact("https://api.example.com", 10)))
	cs := Candidates(DefaultContext(), p)
	byOrigin := map[string]Candidate{}
	var order []CandidateKind
	for _, c := range cs {
		if _, dup := byOrigin[c.Origin]; dup {
			t.Errorf("duplicate candidate %q", c.Origin)
		}
		byOrigin[c.Origin] = c
		if len(order) == 0 || order[len(order)-1] != c.Kind {
			order = append(order, c.Kind)
		}
	}
	want := map[string]struct {
		kind  CandidateKind
		class Class
	}{
		"https://attacker.example":                   {KindUnrelated, ClassOwnable},
		"https://api.example.com.attacker.example":   {KindSuffix, ClassOwnable},
		"https://x.api.example.com.attacker.example": {KindSuffix, ClassOwnable},
		"https://attackerapi.example.com":            {KindPrefix, ClassTrusted}, // a sibling inside example.com,
		"https://attacker-api.example.com":           {KindPrefixDash, ClassTrusted},
		"https://apixexample.com":                    {KindUnescapedDot, ClassOwnable},
		"https://api.examplexcom":                    {KindUnescapedDot, ClassUnownable},
		"https://api.example.com`.attacker.example":  {KindSpecial, ClassOwnable},
		"https://api.example.com_.attacker.example":  {KindSpecial, ClassOwnable},
		"https://api.example.com}.attacker.example":  {KindSpecial, ClassOwnable},
		"https://api.example.com!.attacker.example":  {KindSpecial, ClassOwnable},
		"https://api.example.com~.attacker.example":  {KindSpecial, ClassOwnable},
		"null":                             {KindNull, ClassOwnable},
		"http://api.example.com":           {KindDowngrade, ClassInsecure},
		"http://attacker.api.example.com":  {KindDowngrade, ClassInsecure},
		"https://api.example.com":          {KindConfigured, ClassTrusted},
		"https://attacker.api.example.com": {KindSubdomain, ClassSubdomain},
		"https://api.example.com:8443":     {KindPort, ClassTrusted},
		"http://localhost:3000":            {KindLocal, ClassLocal},
		"file://":                          {KindLocal, ClassLocal},
	}
	for origin, w := range want {
		c, ok := byOrigin[origin]
		if !ok {
			t.Errorf("missing candidate %q", origin)
			continue
		}
		if c.Kind != w.kind || c.Class != w.class {
			t.Errorf("%q: kind %s class %v, want %s %v", origin, c.Kind, c.Class, w.kind, w.class)
		}
	}
	// Kinds come in preference order, each once.
	wantOrder := slices.DeleteFunc(append([]CandidateKind(nil), candidateKinds[:]...), func(k CandidateKind) bool {
		return !slices.Contains(order, k)
	})
	if !slices.Equal(order, wantOrder) {
		t.Errorf("kind order %v, want %v", order, wantOrder)
	}
}

func TestNamesPlainHTTP(t *testing.T) {
	cases := map[string]bool{
		`^https?://.*\.example\.com$`:      true,
		`^(http|https)://.*\.example\.com`: true,
		`^http:\/\/app\.example\.com$`:     true,
		`^https://.*\.example\.com$`:       false,
		`.example.com`:                     false,
		`^https://a\.com|^https://b\.com`:  false,
		`^https://a\.com|^http://b\.com`:   true,
	}
	for v, want := range cases {
		if got := namesPlainHTTP(v); got != want {
			t.Errorf("namesPlainHTTP(%q) = %v, want %v", v, got, want)
		}
	}
}

func TestMatcherOrigins(t *testing.T) {
	cases := []struct {
		m    policy.Matcher
		want []string
	}{
		{jsRe(`^https:\/\/(.*\.)?example\.com$`, 1), []string{"https://example.com"}},
		{jsRe(`^https://[a-z0-9.-]+\.example\.com$`, 1), []string{"https://example.com"}},
		{jsRe(`^https?://(www|api)\.example\.com(:\d+)?$`, 1), []string{"https://example.com", "https://www.example.com", "https://api.example.com"}},
		{jsRe(`^https://api.example.com:8443$`, 1), []string{"https://api.example.com:8443"}},
		{jsRe(`^https://([a-z0-9-]+[.])?example[.]com$`, 1), []string{"https://example.com"}},
		{jsRe(`^https://app[\.]example[.]com[/]?$`, 1), []string{"https://app.example.com"}},
		{jsRe(`^https://[.]?example\.com$`, 1), []string{"https://example.com"}},
		{jsRe(`^https://app\.example\.com[`, 1), []string{"https://app.example.com"}},
		{jsRe(`^http://localhost:\d+$`, 1), []string{"http://localhost"}},
		{re(`(?i)^https://app\.example\.io$`, policy.DialectRE2, policy.ModeFull, 1), []string{"https://app.example.io"}},
		{kindM(policy.MatchGlob, "https://*.example.com", 1), []string{"https://example.com"}},
		{kindM(policy.MatchSuffix, ".example.com", 1), []string{"https://example.com"}},
		{exact("https://App.Example.com", 1), []string{"https://App.Example.com"}},
		{policy.Matcher{Kind: policy.MatchExact, Value: "example.com", HostOnly: true}, []string{"https://example.com"}},
		{nullM(1), nil},
	}
	for _, c := range cases {
		if got := matcherOrigins(c.m); !slices.Equal(got, c.want) {
			t.Errorf("matcherOrigins(%s %q) = %q, want %q", c.m.Kind, c.m.Value, got, c.want)
		}
	}
}

func TestWitnesses(t *testing.T) {
	cases := []struct {
		name  string
		p     *policy.Policy
		class Class
		want  string // "" = none
	}{
		{"suffix bypass", newPolicy(list(jsRe(`^https://app\.example\.com`, 10))), ClassOwnable, "https://app.example.com.attacker.example"},
		{"unanchored pattern wanting a label before the host",
			newPolicy(list(re(`(https?://.*\.example\.com)`, policy.DialectPCRE, policy.ModeSearch, 10))), ClassOwnable, "https://x.example.com.attacker.example"},
		{"names nobody can register are no bypass",
			newPolicy(list(re(`null$`, policy.DialectPCRE, policy.ModeSearch, 10))), ClassOwnable, "null"},
		{"anchored exact pattern", newPolicy(list(jsRe(`^https:\/\/app\.example\.com$`, 10))), ClassOwnable, ""},
		{"unescaped dot after an alternation",
			newPolicy(list(re(`https://(app|admin).example.com`, policy.DialectPython, policy.ModeFull, 10))), ClassOwnable, "https://appxexample.com"},
		{"escaped alternation is no bypass",
			newPolicy(list(re(`https://(app|admin)\.example\.com`, policy.DialectPython, policy.ModeFull, 10))), ClassOwnable, ""},
		{"glob written into a regex takes one letter before the host",
			newPolicy(list(re(`https://*.example.com`, policy.DialectPCRE, policy.ModeFull, 10))), ClassOwnable, "https://xexample.com"},
		{"credentialed reflection", newPolicy(echoAny(), creds), ClassOwnable, unrelatedOrig},
		{"refused origins are no witness", newPolicy(list(exact("https://app.example.com", 10))), ClassOwnable, ""},
		{"unknown policies give no witness", newPolicy(policy.Origins{Kind: policy.OriginUnknown}), ClassOwnable, ""},
		{"preflight-only block is asked with a preflight",
			newPolicy(echoAny(), func(p *policy.Policy) { p.PreflightOnly = true }), ClassOwnable, unrelatedOrig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, ok := BestWitness(DefaultContext(), c.p, c.class)
			if got := w.Origin; !ok && got != "" || ok && got != c.want || !ok && c.want != "" {
				t.Errorf("BestWitness = %q (%v), want %q", got, ok, c.want)
			}
		})
	}
	w, ok := BestWitness(DefaultContext(), newPolicy(echoAny(), creds), ClassOwnable)
	if !ok || !w.Credentialed || !w.Readable || w.ACAO != unrelatedOrig {
		t.Errorf("credentialed reflection witness = %+v", w)
	}
	w, ok = BestWitness(DefaultContext(), newPolicy(anyOrigins(policy.EmitWildcard), creds), ClassOwnable)
	if !ok || w.Credentialed || !w.Pair || w.ACAO != "*" {
		t.Errorf("wildcard pair witness = %+v", w)
	}
}

func TestTargetURL(t *testing.T) {
	cases := map[string]string{
		"api.example.com /v1":                        "https://api.example.com/v1",
		"https://api.example.com/v2/users":           "https://api.example.com/v2/users",
		"server_name api.example.com, location /x":   "https://api.example.com/x",
		"location ~ ^/api":                           placeholderURL,
		"":                                           placeholderURL,
		"http://localhost:3000":                      placeholderURL,
		"socket.io HTTP transport":                   placeholderURL,
		"options in config/cors.js, api.example.com": "https://api.example.com/",
	}
	for scope, want := range cases {
		if got := targetURL(scope); got != want {
			t.Errorf("targetURL(%q) = %q, want %q", scope, got, want)
		}
	}
}
