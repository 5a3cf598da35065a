package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

func TestOriginRules(t *testing.T) {
	withEnv := func(o policy.Origins, env string) policy.Origins { o.EnvFallback = env; return o }
	dev := func(m policy.Matcher) policy.Matcher { m.Dev = true; return m }
	envM := func(m policy.Matcher, env string) policy.Matcher { m.EnvFallback = env; return m }
	ingress := func(v string, line int) policy.Matcher {
		m := re(v, policy.DialectPCRE, policy.ModeSuffix, line)
		m.IgnoreCase = true
		return m
	}
	cases := []struct {
		name string
		p    *policy.Policy
		want []hit
	}{
		{"echo any with credentials is CORS001 only",
			newPolicy(echoAny(), creds), []hit{{"CORS001", 2, unrelatedOrig}}},
		{"echo any without credentials is CORS002",
			newPolicy(echoAny()), []hit{{"CORS002", 2, unrelatedOrig}}},
		{"wildcard without credentials is CORS008",
			newPolicy(anyOrigins(policy.EmitWildcard)), []hit{{"CORS008", 2, ""}}},
		{"wildcard with credentials is the CORS001 pair",
			newPolicy(anyOrigins(policy.EmitWildcard), creds), []hit{{"CORS001", 2, unrelatedOrig}}},
		{"all origins echoed without credentials stays CORS008",
			newPolicy(anyOrigins(policy.EmitOrigin)), []hit{{"CORS008", 2, ""}}},
		{"all origins echoed with credentials is CORS001",
			newPolicy(anyOrigins(policy.EmitOrigin), creds), []hit{{"CORS001", 2, unrelatedOrig}}},
		{"starlette star with credentials is CORS001",
			newPolicy(anyOrigins(policy.EmitOriginIfCredentialed), creds), []hit{{"CORS001", 2, unrelatedOrig}}},
		{"starlette star without credentials is CORS008",
			newPolicy(anyOrigins(policy.EmitOriginIfCredentialed)), []hit{{"CORS008", 2, ""}}},
		{"exact https list is clean",
			newPolicy(list(exact("https://app.example.com", 10), exact("https://admin.example.com", 11)), creds), nil},
		{"null entry is CORS003 at the entry",
			newPolicy(list(exact("https://app.example.com", 10), nullM(11))), []hit{{"CORS003", 11, "null"}}},
		{"exact null string is CORS003",
			newPolicy(list(exact("null", 10))), []hit{{"CORS003", 10, "null"}}},
		{"null entry with credentials is CORS001",
			newPolicy(list(exact("https://app.example.com", 10), nullM(11)), creds), []hit{{"CORS001", 11, "null"}}},
		{"suffix regex without dot boundary is CORS004 only",
			newPolicy(list(jsRe(`example\.com$`, 10))), []hit{{"CORS004", 10, "https://attackerexample.com"}}},
		{"unanchored end is a suffix bypass",
			newPolicy(list(jsRe(`^https:\/\/app\.example\.com`, 10))), []hit{{"CORS004", 10, "https://app.example.com.attacker.example"}}},
		{"unescaped dot",
			newPolicy(list(jsRe(`^https://api.example\.com$`, 10))), []hit{{"CORS004", 10, "https://apixexample.com"}}},
		{"pattern bypass with credentials is CORS001",
			newPolicy(list(jsRe(`example\.com$`, 10)), creds), []hit{{"CORS001", 10, "https://attackerexample.com"}}},
		{"python prefix-match without $",
			newPolicy(list(re(`https://app\.example\.com`, policy.DialectPython, policy.ModePrefix, 10))),
			[]hit{{"CORS004", 10, "https://app.example.com.attacker.example"}}},
		{"python fullmatch is clean",
			newPolicy(list(re(`https://app\.example\.com`, policy.DialectPython, policy.ModeFull, 10))), nil},
		{"unanchored subdomain pattern is a suffix bypass (nginx if ~*)",
			newPolicy(list(re(`(https?://.*\.example\.com)`, policy.DialectPCRE, policy.ModeSearch, 10))),
			[]hit{{"CORS004", 10, "https://x.example.com.attacker.example"}}},
		{"unanchored subdomain pattern with credentials is CORS001",
			newPolicy(list(re(`(https?://.*\.example\.com)`, policy.DialectPCRE, policy.ModeSearch, 10)), creds),
			[]hit{{"CORS001", 10, "https://x.example.com.attacker.example"}}},
		{"one-label subdomain regex is CORS006 only",
			newPolicy(list(jsRe(`^https:\/\/[a-z0-9-]+\.example\.com$`, 10))), []hit{{"CORS006", 10, "https://attacker.example.com"}}},
		{"subdomain glob is CORS006 even with credentials",
			newPolicy(list(kindM(policy.MatchGlob, "https://*.example.com", 10)), creds), []hit{{"CORS006", 10, "https://attacker.example.com"}}},
		{"subdomains of a shared hosting suffix are ownable",
			newPolicy(list(re(`https://.*\.vercel\.app`, policy.DialectRE2, policy.ModeFull, 10))), []hit{{"CORS004", 10, "https://attacker.vercel.app"}}},
		{"envoy prefix",
			newPolicy(list(kindM(policy.MatchPrefix, "https://app.example.com", 10))), []hit{{"CORS004", 10, "https://app.example.com.attacker.example"}}},
		{"suffix test without dot",
			newPolicy(list(kindM(policy.MatchSuffix, "example.com", 10))), []hit{{"CORS004", 10, "https://attackerexample.com"}}},
		{"substring test",
			newPolicy(list(kindM(policy.MatchContains, "example.com", 10))), []hit{{"CORS004", 10, "https://example.com.attacker.example"}}},
		{"substring test naming no host",
			newPolicy(list(kindM(policy.MatchContains, "acme-widgets", 10))), []hit{{"CORS004", 10, "https://acme-widgets.attacker.example"}}},
		{"substring test naming a scheme and a partial host",
			newPolicy(list(kindM(policy.MatchContains, "https://partners-", 10))), []hit{{"CORS004", 10, "https://partners-attacker.example"}}},
		{"plain-http exact origin is CORS005",
			newPolicy(list(exact("https://app.example.com", 10), exact("http://app.example.com", 11))), []hit{{"CORS005", 11, "http://app.example.com"}}},
		{"plain-http exact origin with credentials is CORS001",
			newPolicy(list(exact("http://app.example.com", 10)), creds), []hit{{"CORS001", 10, "http://app.example.com"}}},
		{"https? pattern is CORS005",
			newPolicy(list(jsRe(`^https?:\/\/app\.example\.com$`, 10))), []hit{{"CORS005", 10, "http://app.example.com"}}},
		{"https? subdomain pattern is CORS006 and CORS005",
			newPolicy(list(re(`^https?://.*\.example\.com$`, policy.DialectPCRE, policy.ModeSearch, 10))),
			[]hit{{"CORS005", 10, "http://attacker.example.com"}, {"CORS006", 10, "https://attacker.example.com"}}},
		{"https? subdomain pattern with credentials is CORS001 and CORS006",
			newPolicy(list(re(`^https?://.*\.example\.com$`, policy.DialectPCRE, policy.ModeSearch, 10)), creds),
			[]hit{{"CORS001", 10, "http://attacker.example.com"}, {"CORS006", 10, "https://attacker.example.com"}}},
		{"hostname mask naming no scheme is CORS006 only",
			newPolicy(list(kindM(policy.MatchSuffix, ".example.com", 10))),
			[]hit{{"CORS006", 10, "https://attacker.example.com"}}},
		{"https-only subdomain pattern is CORS006 only",
			newPolicy(list(re(`^https://.*\.example\.com$`, policy.DialectPCRE, policy.ModeSearch, 10))),
			[]hit{{"CORS006", 10, "https://attacker.example.com"}}},
		{"localhost entry is CORS007",
			newPolicy(list(exact("https://app.example.com", 10), exact("http://localhost:3000", 11))), []hit{{"CORS007", 11, "http://localhost:3000"}}},
		{"localhost entry with credentials stays CORS007",
			newPolicy(list(exact("http://localhost:3000", 10)), creds), []hit{{"CORS007", 10, "http://localhost:3000"}}},
		{"localhost dev entry is clean",
			newPolicy(list(dev(exact("http://localhost:3000", 10)))), nil},
		{"localhost env fallback is clean",
			newPolicy(list(envM(exact("http://localhost:5173", 10), "ORIGINS"))), nil},
		{"localhost in a development file is clean",
			newPolicy(list(exact("http://localhost:3000", 10)), func(p *policy.Policy) { p.Dev = true }), nil},
		{"localhost pattern",
			newPolicy(list(jsRe(`^http:\/\/localhost:\d+$`, 10))), []hit{{"CORS007", 10, "http://localhost:3000"}}},
		{"private address",
			newPolicy(list(exact("http://192.168.1.20:8080", 10))), []hit{{"CORS007", 10, "http://192.168.1.20:8080"}}},
		{"ingress-nginx null entry accepts null only as an attacker",
			newPolicy(list(ingress(`((https://app\.example\.com)|(null))$`, 10))), []hit{{"CORS003", 10, "null"}}},
		{"allow-all entry is CORS002 at the entry",
			newPolicy(list(exact("https://app.example.com", 10), allM(11))), []hit{{"CORS002", 11, unrelatedOrig}}},
		{"allow-all entry with credentials is CORS001",
			newPolicy(list(allM(10)), creds), []hit{{"CORS001", 10, unrelatedOrig}}},
		{"allow-all entry written as * stays CORS008 (Envoy exact: \"*\")",
			newPolicy(list(kindM(policy.MatchAll, "*", 10))), []hit{{"CORS008", 10, ""}}},
		{"allow-all entry written as * with credentials is CORS001",
			newPolicy(list(kindM(policy.MatchAll, "*", 10)), creds), []hit{{"CORS001", 10, unrelatedOrig}}},
		{"static star",
			newPolicy(static("*")), []hit{{"CORS008", 2, ""}}},
		{"static star with credentials",
			newPolicy(static("*"), creds), []hit{{"CORS001", 2, unrelatedOrig}}},
		{"static origin is clean",
			newPolicy(static("https://app.example.com"), creds), nil},
		{"static localhost",
			newPolicy(static("http://localhost:8080")), []hit{{"CORS007", 2, "http://localhost:8080"}}},
		{"static null",
			newPolicy(static("null")), []hit{{"CORS003", 2, "null"}}},
		{"static plain-http origin",
			newPolicy(static("http://app.example.com")), []hit{{"CORS005", 2, "http://app.example.com"}}},
		{"static list is not an origin problem",
			newPolicy(static("https://a.example.com, https://b.example.com")), nil},
		{"unknown origin is not judged",
			newPolicy(policy.Origins{Kind: policy.OriginUnknown, Note: "callback"}, creds), nil},
		{"default echo with credentials points at the credentials",
			newPolicy(policy.Origins{Kind: policy.OriginEchoAny, Default: true, DefaultNote: "@koa/cors before 5.0.0 reflects the origin"}, creds),
			[]hit{{"CORS001", 3, unrelatedOrig}}},
		{"default wildcard points at the policy",
			newPolicy(policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true}), []hit{{"CORS008", 1, ""}}},
		{"duplicate fields are CORS009's alone",
			newPolicy(policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, ExtraFields: []policy.Field{{Echo: true, Span: at(7)}}}, creds), nil},
		{"env fallback star is reported",
			newPolicy(withEnv(anyOrigins(policy.EmitWildcard), "CORS_ORIGIN")), []hit{{"CORS008", 2, ""}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := hits(Run(DefaultContext(), c.p, nil), originRuleIDs)
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %v, want %v", got, c.want)
				for _, f := range Run(DefaultContext(), c.p, nil) {
					t.Logf("  %s %d: %s", f.RuleID, f.Span.Start.Line, f.Message)
				}
			}
		})
	}
}

func TestOriginMessages(t *testing.T) {
	cases := []struct {
		name string
		p    *policy.Policy
		id   string
		want []string
	}{
		{"reflection", newPolicy(echoAny(), creds), "CORS001",
			[]string{"Any website can read credentialed responses", "`https://attacker.example` is reflected", "reflection"}},
		{"wildcard pair", newPolicy(anyOrigins(policy.EmitWildcard), creds), "CORS001",
			[]string{"`*`", "Browsers refuse this pair"}},
		{"null", newPolicy(list(nullM(10)), creds), "CORS001", []string{"`null` origin"}},
		{"pattern", newPolicy(list(jsRe(`example\.com$`, 10)), creds), "CORS001",
			[]string{"pattern bypass", "`https://attackerexample.com`", "`example\\.com$`"}},
		{"plain http", newPolicy(list(exact("http://app.example.com", 10)), creds), "CORS001", []string{"plain-http origin"}},
		{"default", newPolicy(policy.Origins{Kind: policy.OriginEchoAny, Default: true, DefaultNote: "@koa/cors before 5.0.0 reflects the origin"}, creds), "CORS001",
			[]string{"This comes from a default: @koa/cors before 5.0.0 reflects the origin."}},
		{"replaced value", newPolicy(policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard,
			Replaced: "ingress-nginx sends `*` instead, because \"https://a.example.com/\" fails its validator"}, creds), "CORS001",
			[]string{"Browsers refuse this pair", "ingress-nginx sends `*` instead"}},
		{"env fallback", newPolicy(policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, EnvFallback: "CORS_ORIGIN"}), "CORS008",
			[]string{"CORS_ORIGIN is unset"}},
		{"settings fallback", newPolicy(policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, EnvFallback: "settings.allowed_origins"}), "CORS008",
			[]string{"It applies when `settings.allowed_origins` is unset or empty"}},
		{"bypass hint", newPolicy(list(jsRe(`^https://api.example\.com$`, 10))), "CORS004", []string{"not escaped"}},
		{"subdomain", newPolicy(list(kindM(policy.MatchGlob, "https://*.example.com", 10))), "CORS006",
			[]string{"Every subdomain of `example.com`"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f *Finding
			fs := Run(DefaultContext(), c.p, nil)
			for i := range fs {
				if fs[i].RuleID == c.id {
					f = &fs[i]
				}
			}
			if f == nil {
				t.Fatalf("no %s finding in %v", c.id, hits(fs, nil))
			}
			for _, w := range c.want {
				if !strings.Contains(f.Message, w) {
					t.Errorf("message %q lacks %q", f.Message, w)
				}
			}
			if first, _, _ := strings.Cut(f.Message, ". "); !strings.HasSuffix(f.Message, ".") || first == "" {
				t.Errorf("message %q must end with a period", f.Message)
			}
			if f.Witness != "" && !strings.Contains(f.Curl, "-H 'Origin: "+f.Witness+"' https://api.example.com/v1") {
				t.Errorf("curl %q does not use witness %q and the scope", f.Curl, f.Witness)
			}
			if f.Fix == "" || f.Framework != "test" || f.Scope == "" {
				t.Errorf("finding lacks fix, framework or scope: %+v", f)
			}
		})
	}
}

func TestWildcardRaisedWithCredentialHeaders(t *testing.T) {
	cases := []struct {
		headers []string
		want    Severity
	}{
		{[]string{"Content-Type"}, Low},
		{[]string{"Content-Type", "Authorization"}, Medium},
		{[]string{"X-Api-Key"}, Medium},
		{[]string{"*"}, Low},
	}
	for _, c := range cases {
		p := newPolicy(anyOrigins(policy.EmitWildcard), withAllowHeaders(c.headers...))
		fs, _ := ByID("CORS008")
		got := fs.Check(DefaultContext(), p)
		if len(got) != 1 || got[0].Severity != c.want {
			t.Errorf("headers %v: got %+v, want one finding of severity %s", c.headers, got, c.want)
		}
	}
}

func TestCheckMatchesRun(t *testing.T) {
	// Rule.Check computes the analysis itself; Run shares it. Same answers.
	p := newPolicy(list(jsRe(`example\.com$`, 10), nullM(11), exact("http://localhost:3000", 12)), creds)
	var direct []Finding
	for _, r := range All() {
		direct = append(direct, r.Check(DefaultContext(), p)...)
	}
	SortFindings(direct)
	if got := Run(DefaultContext(), p, nil); !reflect.DeepEqual(got, direct) {
		t.Errorf("Run %v != Check %v", hits(got, nil), hits(direct, nil))
	}
}
