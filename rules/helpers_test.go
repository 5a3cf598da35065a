package rules

import (
	"github.com/corslint/corslint/policy"
)

// Hand-built policies for the rule tests. Lines identify places: 1 is the
// policy, 2 the origin setting, 3 credentials, 10+ allow-list entries.

func at(line int) policy.Span {
	return policy.Span{File: "app.conf", Start: policy.Pos{Line: line, Col: 5}, End: policy.Pos{Line: line, Col: 20}}
}

func newPolicy(o policy.Origins, opts ...func(*policy.Policy)) *policy.Policy {
	if o.Span.IsZero() && !o.Default {
		o.Span = at(2)
	}
	p := &policy.Policy{Framework: "test", Scope: "api.example.com /v1", Span: at(1), Origins: o}
	for _, opt := range opts {
		opt(p)
	}
	return p
}

func anyOrigins(emit policy.EmitKind) policy.Origins {
	return policy.Origins{Kind: policy.OriginAny, Emit: emit}
}

func echoAny() policy.Origins { return policy.Origins{Kind: policy.OriginEchoAny} }

func static(v string) policy.Origins { return policy.Origins{Kind: policy.OriginStatic, Value: v} }

func list(ms ...policy.Matcher) policy.Origins {
	return policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: ms}
}

func exact(v string, line int) policy.Matcher {
	return policy.Matcher{Kind: policy.MatchExact, Value: v, Span: at(line)}
}

func nullM(line int) policy.Matcher {
	return policy.Matcher{Kind: policy.MatchNull, Value: "null", Span: at(line)}
}

func allM(line int) policy.Matcher {
	return policy.Matcher{Kind: policy.MatchAll, Value: "true", Span: at(line)}
}

// jsRe is an ECMAScript RegExp as the `cors` package runs it (search).
func jsRe(v string, line int) policy.Matcher {
	return policy.Matcher{Kind: policy.MatchRegex, Value: v, Dialect: policy.DialectECMAScript, Mode: policy.ModeSearch, Span: at(line)}
}

func re(v string, d policy.Dialect, mode policy.MatchMode, line int) policy.Matcher {
	return policy.Matcher{Kind: policy.MatchRegex, Value: v, Dialect: d, Mode: mode, Span: at(line)}
}

func kindM(k policy.MatcherKind, v string, line int) policy.Matcher {
	return policy.Matcher{Kind: k, Value: v, Span: at(line)}
}

func creds(p *policy.Policy) {
	p.Credentials = policy.Credentials{Value: "true", Set: true, Span: at(3)}
}

func withAllowHeaders(vs ...string) func(*policy.Policy) {
	return func(p *policy.Policy) {
		p.AllowHeaders = policy.List{Mode: policy.ListValues, Values: vs, Explicit: true, Span: at(4)}
	}
}

// hit is a finding reduced to what tables compare.
type hit struct {
	ID      string
	Line    int
	Witness string
}

func hits(fs []Finding, keep func(id string) bool) []hit {
	var out []hit
	for _, f := range fs {
		if keep == nil || keep(f.RuleID) {
			out = append(out, hit{f.RuleID, f.Span.Start.Line, f.Witness})
		}
	}
	return out
}

func originRuleIDs(id string) bool { return id <= "CORS008" }
