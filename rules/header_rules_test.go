package rules

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// check runs one rule and reduces its findings.
func check(t *testing.T, id string, ctx *Context, p *policy.Policy) []Finding {
	t.Helper()
	r, ok := ByID(id)
	if !ok {
		t.Fatalf("no rule %s", id)
	}
	return r.Check(ctx, p)
}

func lines(fs []Finding) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f.Span.Start.Line)
	}
	return out
}

type ruleCase struct {
	name  string
	id    string
	p     *policy.Policy
	lines []int    // lines of the findings, nil = none
	want  []string // substrings of the first message
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.id+" "+c.name, func(t *testing.T) {
			fs := check(t, c.id, &Context{MaxAge: 3600, SensitiveHeaders: []string{"X-Tenant-*"}}, c.p)
			if got := lines(fs); !reflect.DeepEqual(got, c.lines) {
				t.Fatalf("lines %v, want %v (%v)", got, c.lines, fs)
			}
			for _, f := range fs {
				if f.RuleID != c.id || !strings.HasSuffix(f.Message, ".") || f.Fix == "" {
					t.Errorf("bad finding %+v", f)
				}
			}
			for _, w := range c.want {
				if !strings.Contains(fs[0].Message, w) {
					t.Errorf("message %q lacks %q", fs[0].Message, w)
				}
			}
		})
	}
}

func set(f func(p *policy.Policy)) func(*policy.Policy) { return f }

func TestOriginValueRules(t *testing.T) {
	fixed := exact("https://app.example.com", 10)
	runRuleCases(t, []ruleCase{
		{"comma list", "CORS009", newPolicy(static("https://a.example.com,https://b.example.com")), []int{2}, []string{"several origins"}},
		{"space list", "CORS009", newPolicy(static("https://a.example.com https://b.example.com")), []int{2}, nil},
		{"one origin", "CORS009", newPolicy(static("https://a.example.com")), nil, nil},
		{"sent twice", "CORS009", newPolicy(policy.Origins{Kind: policy.OriginStatic, Value: "*", Span: at(2),
			ExtraFields: []policy.Field{{Value: "", Echo: true, Span: at(7)}}}), []int{7}, []string{"sent twice", "`*` and the request origin"}},

		{"True", "CORS010", newPolicy(list(fixed), set(func(p *policy.Policy) { p.Credentials = policy.Credentials{Value: "True", Span: at(3)} })), []int{3}, []string{"`True`", "exact value `true`"}},
		{"false", "CORS010", newPolicy(list(fixed), set(func(p *policy.Policy) { p.Credentials = policy.Credentials{Value: "false", Span: at(3)} })), []int{3}, []string{"does nothing"}},
		{"true", "CORS010", newPolicy(list(fixed), creds), nil, nil},
		{"unset", "CORS010", newPolicy(list(fixed)), nil, nil},

		{"trailing slash", "CORS011", newPolicy(list(exact("https://app.example.com/", 10))), []int{10}, []string{"trailing slash"}},
		{"path", "CORS011", newPolicy(list(exact("https://app.example.com/app", 10))), []int{10}, []string{"path"}},
		{"no scheme", "CORS011", newPolicy(list(exact("app.example.com", 10))), []int{10}, []string{"no scheme"}},
		{"default port", "CORS011", newPolicy(list(exact("https://app.example.com:443", 10))), []int{10}, []string{"default port"}},
		{"upper case, case-sensitive", "CORS011", newPolicy(list(exact("https://App.example.com", 10))), []int{10}, []string{"upper case"}},
		{"upper case, case-insensitive", "CORS011", newPolicy(list(policy.Matcher{Kind: policy.MatchExact, Value: "https://App.example.com", IgnoreCase: true, Span: at(10)})), nil, nil},
		{"literal star in a list", "CORS011", newPolicy(list(exact("*", 10))), []int{10}, []string{"literally"}},
		{"host-only entry", "CORS011", newPolicy(list(policy.Matcher{Kind: policy.MatchExact, Value: "example.com", HostOnly: true, Span: at(10)})), nil, nil},
		{"placeholder", "CORS011", newPolicy(list(exact("https://${DOMAIN}", 10))), nil, nil},
		// rules.md: rules judge what is known; a slash after the placeholder is.
		{"slash after a placeholder", "CORS011", newPolicy(list(exact("https://${DOMAIN}/", 10))), []int{10}, []string{"trailing slash"}},
		{"good list", "CORS011", newPolicy(list(fixed, exact("null", 11), exact("http://localhost:3000", 12))), nil, nil},
		{"static trailing slash", "CORS011", newPolicy(static("https://app.example.com/")), []int{2}, []string{"trailing slash"}},
		{"static $host", "CORS011", newPolicy(static("$host")), []int{2}, []string{"`$host`", "without a scheme"}},
		{"static $request_uri", "CORS011", newPolicy(static("https://$host$request_uri")), []int{2}, []string{"`$request_uri`"}},
		{"static scheme + $host is an origin", "CORS011", newPolicy(static("https://$host")), nil, nil},
		{"static unknown variable", "CORS011", newPolicy(static("$cors_origin")), nil, nil},
		{"static list is CORS009's", "CORS011", newPolicy(static("https://a.example.com/, https://b.example.com")), nil, nil},
	})
}

func TestHeaderRules(t *testing.T) {
	fixed := list(exact("https://app.example.com", 10))
	maxAge := func(n int64, def bool) func(*policy.Policy) {
		return func(p *policy.Policy) { p.MaxAge = policy.MaxAge{Set: true, Seconds: n, Default: def, Span: at(5)} }
	}
	expose := func(vs ...string) func(*policy.Policy) {
		return func(p *policy.Policy) {
			p.ExposeHeaders = policy.List{Mode: policy.ListValues, Values: vs, Explicit: true, Span: at(6)}
		}
	}
	allowH := func(l policy.List) func(*policy.Policy) {
		return func(p *policy.Policy) { l.Span = at(4); p.AllowHeaders = l }
	}
	methods := func(l policy.List) func(*policy.Policy) {
		return func(p *policy.Policy) { l.Span = at(8); p.AllowMethods = l }
	}
	runRuleCases(t, []ruleCase{
		{"one day", "CORS012", newPolicy(fixed, maxAge(86400, false)), []int{5}, []string{"1 day", "86400 seconds", "Chromium silently cuts it to 7200"}},
		{"ingress default", "CORS012", newPolicy(fixed, maxAge(1728000, true)), []int{1}, []string{"20 days", "both browser caps", "default"}},
		{"at the limit", "CORS012", newPolicy(fixed, maxAge(3600, false)), nil, nil},
		{"unset", "CORS012", newPolicy(fixed), nil, nil},

		{"authorization", "CORS013", newPolicy(fixed, expose("Authorization", "X-Request-Id")), []int{6}, []string{"`Authorization`"}},
		{"patterns", "CORS013", newPolicy(fixed, expose("X-Debug-Trace", "X-Internal-Host", "X-Refresh-Token", "X-Tenant-Id")), []int{6},
			[]string{"`X-Debug-Trace`", "`X-Internal-Host`", "`X-Refresh-Token`", "`X-Tenant-Id`"}},
		{"set-cookie is useless", "CORS013", newPolicy(fixed, expose("Set-Cookie")), []int{6}, []string{"does nothing"}},
		{"harmless", "CORS013", newPolicy(fixed, expose("X-Request-Id", "X-RateLimit-Remaining", "Content-Range")), nil, nil},
		{"preflight-only block", "CORS013", newPolicy(fixed, expose("Authorization"), func(p *policy.Policy) { p.PreflightOnly = true }), nil, nil},

		{"star", "CORS014", newPolicy(fixed, expose("*")), []int{6}, []string{"every response header"}},
		{"star with credentials", "CORS014", newPolicy(fixed, expose("*"), creds), []int{6}, []string{"literal header name"}},
		{"named", "CORS014", newPolicy(fixed, expose("X-Request-Id")), nil, nil},
		{"preflight-only block", "CORS014", newPolicy(fixed, expose("*"), func(p *policy.Policy) { p.PreflightOnly = true }), nil, nil},

		{"star", "CORS015", newPolicy(fixed, allowH(policy.List{Mode: policy.ListValues, Values: []string{"*"}, Explicit: true})), []int{4}, []string{"`*`", "Authorization"}},
		{"explicit reflection", "CORS015", newPolicy(fixed, allowH(policy.List{Mode: policy.ListReflect, Explicit: true})), []int{4}, []string{"reflects"}},
		{"default reflection", "CORS015", newPolicy(fixed, allowH(policy.List{Mode: policy.ListReflect})), nil, nil},
		{"default star", "CORS015", newPolicy(fixed, allowH(policy.List{Mode: policy.ListValues, Values: []string{"*"}, Default: true})), nil, nil},
		{"named", "CORS015", newPolicy(fixed, allowH(policy.List{Mode: policy.ListValues, Values: []string{"Content-Type"}, Explicit: true})), nil, nil},

		{"trace", "CORS016", newPolicy(fixed, methods(policy.List{Mode: policy.ListValues, Values: []string{"GET", "TRACE"}, Explicit: true})), []int{8}, []string{"`TRACE`"}},
		{"kong default", "CORS016", newPolicy(fixed, methods(policy.List{Mode: policy.ListValues, Raw: "GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS,TRACE,CONNECT", Default: true})), []int{1}, []string{"`TRACE`, `CONNECT`", "default"}},
		{"star", "CORS016", newPolicy(fixed, methods(policy.List{Mode: policy.ListValues, Values: []string{"*"}, Explicit: true})), []int{8}, []string{"any method"}},
		{"explicit reflection", "CORS016", newPolicy(fixed, methods(policy.List{Mode: policy.ListReflect, Explicit: true})), []int{8}, nil},
		{"plain", "CORS016", newPolicy(fixed, methods(policy.List{Mode: policy.ListValues, Values: []string{"GET", "POST"}, Explicit: true})), nil, nil},

		{"allowed", "CORS017", newPolicy(fixed, set(func(p *policy.Policy) { p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, Span: at(9)} })), []int{9}, []string{"private-network"}},
		{"default", "CORS017", newPolicy(fixed, set(func(p *policy.Policy) { p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, Default: true} })), []int{1}, []string{"default"}},
		{"off", "CORS017", newPolicy(fixed), nil, nil},
	})
}

func TestVaryRule(t *testing.T) {
	vary := func(m policy.VaryMode) func(*policy.Policy) { return func(p *policy.Policy) { p.Vary.Origin = m } }
	two := list(exact("https://a.example.com", 10), exact("https://b.example.com", 11))
	runRuleCases(t, []ruleCase{
		{"echo without vary", "CORS018", newPolicy(echoAny()), []int{2}, []string{"`Vary: Origin`"}},
		{"list echoed without vary", "CORS018", newPolicy(two), []int{2}, nil},
		// A regex that admits several origins; one that admits a single origin
		// echoes a fixed value (cors018_single_regex_test.go).
		{"regex echoed without vary", "CORS018", newPolicy(list(jsRe(`^https://(a|b)\.example\.com$`, 10))), []int{2}, nil},
		{"flask-style all origins echoed", "CORS018", newPolicy(anyOrigins(policy.EmitOrigin)), []int{2}, nil},
		{"one exact origin", "CORS018", newPolicy(list(exact("https://a.example.com", 10))), nil, nil},
		{"wildcard", "CORS018", newPolicy(anyOrigins(policy.EmitWildcard)), nil, nil},
		{"static", "CORS018", newPolicy(static("https://a.example.com")), nil, nil},
		{"vary always", "CORS018", newPolicy(two, vary(policy.VaryAlways)), nil, nil},
		{"vary when dynamic", "CORS018", newPolicy(echoAny(), vary(policy.VaryWhenDynamic)), nil, nil},
		{"preflight only", "CORS018", newPolicy(echoAny(), set(func(p *policy.Policy) { p.PreflightOnly = true })), nil, nil},
		{"default echo points at the policy", "CORS018", newPolicy(policy.Origins{Kind: policy.OriginEchoAny, Default: true}), []int{1}, []string{"default"}},
	})
}

func TestWiringRules(t *testing.T) {
	fixed := list(exact("https://app.example.com", 10))
	dropped := func(p *policy.Policy) {
		p.Dropped = []policy.Dropped{
			{Headers: []string{"Access-Control-Allow-Origin", "Vary"}, From: at(3), Block: at(12), Reason: "the location has its own add_header"},
			{Headers: []string{"Access-Control-Allow-Origin"}, From: at(20), Block: at(25), Reason: "a later matching if wins"},
		}
	}
	directives := func(always ...bool) func(*policy.Policy) {
		return func(p *policy.Policy) {
			p.Framework = "nginx"
			p.Directives = []policy.HeaderDirective{{Name: "X-Frame-Options", Value: "DENY", Span: at(30)}}
			for i, a := range always {
				p.Directives = append(p.Directives, policy.HeaderDirective{Name: "Access-Control-Allow-Origin", Value: "*", Always: a, Span: at(31 + i)})
			}
		}
	}
	// withCreds: Allow-Origin then Allow-Credentials directives; OnErrors
	// follows Allow-Origin as the nginx parser sets it.
	withCreds := func(originAlways, credsAlways bool) func(*policy.Policy) {
		return func(p *policy.Policy) {
			p.Framework = "nginx"
			p.OnErrors = originAlways
			p.Directives = []policy.HeaderDirective{
				{Name: "Access-Control-Allow-Origin", Value: "https://app.example.com", Always: originAlways, Span: at(31)},
				{Name: "Access-Control-Allow-Credentials", Value: "true", Always: credsAlways, Span: at(32)},
			}
		}
	}
	ignored := func(p *policy.Policy) {
		p.Framework = "flask-cors"
		p.Ignored = []policy.Ignored{
			{Key: "support_credentials", Suggest: "supports_credentials", Reason: "flask-cors has no such option", Span: at(40)},
			{Key: "allow_origin_regex", Reason: "Starlette needs a string, not a list", Span: at(41)},
		}
	}
	runRuleCases(t, []ruleCase{
		{"two blocks", "CORS019", newPolicy(fixed, dropped), []int{12, 25}, []string{"`Access-Control-Allow-Origin`, `Vary`", "at line 3", "The location has its own add_header."}},
		{"none", "CORS019", newPolicy(fixed), nil, nil},

		{"first without always", "CORS020", newPolicy(fixed, directives(true, false, false)), []int{32}, []string{"`add_header Access-Control-Allow-Origin`", "`always`"}},
		{"all always", "CORS020", newPolicy(fixed, directives(true, true)), nil, nil},
		{"headers-more limited by -s", "CORS020", newPolicy(fixed, set(func(p *policy.Policy) {
			p.Framework = "nginx"
			p.Directives = []policy.HeaderDirective{{Name: "Access-Control-Allow-Origin", Value: "*", Span: at(33), Via: "more_set_headers"}}
		})), []int{33}, []string{"`more_set_headers Access-Control-Allow-Origin`", "`-s` list"}},
		{"sent on errors anyway", "CORS020", newPolicy(fixed, directives(false), set(func(p *policy.Policy) { p.OnErrors = true })), nil, nil},
		{"preflight block", "CORS020", newPolicy(fixed, directives(false), set(func(p *policy.Policy) { p.PreflightOnly = true })), nil, nil},
		// Allow-Origin survives errors, a `true` Allow-Credentials does not:
		// credentialed requests fail on every error.
		{"credentials without always", "CORS020", newPolicy(fixed, creds, withCreds(true, false)), []int{32}, []string{"`add_header Access-Control-Allow-Credentials`", "but not Access-Control-Allow-Credentials"}},
		{"credentials always too", "CORS020", newPolicy(fixed, creds, withCreds(true, true)), nil, nil},
		{"no credentials sent", "CORS020", newPolicy(fixed, withCreds(true, false)), nil, nil},
		{"origin not always: first directive", "CORS020", newPolicy(fixed, creds, withCreds(false, false), set(func(p *policy.Policy) { p.OnErrors = false })), []int{31}, nil},

		{"misspelt and wrong type", "CORS021", newPolicy(fixed, ignored), []int{40, 41}, []string{"`support_credentials`", "`supports_credentials`"}},
		{"none", "CORS021", newPolicy(fixed), nil, nil},
	})
}

func TestRunSortsAndFilters(t *testing.T) {
	p := newPolicy(echoAny(), creds, func(p *policy.Policy) {
		p.MaxAge = policy.MaxAge{Set: true, Seconds: 86400, Span: at(5)}
		p.Ignored = []policy.Ignored{{Key: "origins", Suggest: "origin", Span: at(1)}}
	})
	got := hits(Run(nil, p, nil), nil)
	want := []hit{{"CORS021", 1, ""}, {"CORS001", 2, unrelatedOrig}, {"CORS018", 2, ""}, {"CORS012", 5, ""}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Run = %v, want %v", got, want)
	}
	only := hits(Run(nil, p, func(id string) bool { return id == "CORS012" }), nil)
	if !reflect.DeepEqual(only, []hit{{"CORS012", 5, ""}}) {
		t.Errorf("filtered Run = %v", only)
	}
}
