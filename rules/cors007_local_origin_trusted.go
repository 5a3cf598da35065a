// CORS007 is a local origin (localhost, loopback, private or link-local
// address, `file://`) trusted outside development, with or without
// credentials. It is not raised for an environment-lookup fallback, a branch
// guarded by a development check, or a development file (Matcher.Dev,
// EnvFallback, Policy.Dev; rules.md decisions). A plain-http origin of a
// public host is CORS005.

package rules

import "github.com/corslint/corslint/policy"

type localOriginTrusted struct{}

func (localOriginTrusted) Meta() Meta {
	bad := `{"origin": ["https://app.example.com", "http://localhost:3000"]}`
	good := `{"origin": ["https://app.example.com"]}`
	return Meta{
		ID:    "CORS007",
		Name:  "local-origin-trusted",
		Short: "A localhost, loopback, private-address or file:// origin is trusted.",
		Full: "A local origin is allowed in a configuration that is not marked as development. Any program a user " +
			"runs that serves a page on that port, and any device on a private network that answers on that address, " +
			"gets the policy's trust in production.",
		Help: helpMarkdown(
			"`http://localhost:3000` is left in the production allow-list after development. Any local web server (a dev tool, a compromised package, another app) or any device on the user's network with that address can then read what the policy protects, over plain http.",
			FormatExpressJSON, bad, good,
			"Keep local origins out of production: put them in a development-only config, behind a development check, or as the fallback of an environment variable that production sets.",
		),
		Severity:         Low,
		SecuritySeverity: "3.1",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r localOriginTrusted) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r localOriginTrusted) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		who := "responses"
		if i.Credentialed {
			who = "credentialed responses"
		}
		what := "the local origin " + code(i.Witness.Origin) + " is trusted"
		if i.Matcher != nil && i.Matcher.Kind != policy.MatchExact {
			what = entryName(i.Matcher) + " accepts the local origin " + code(i.Witness.Origin)
		}
		msg := "Pages on " + code(i.Witness.Origin) + " can read " + who + ": " + what + " in a config that is not marked as development, so any local server or private-network device with that address gets its trust."
		f := newFinding(meta, p, originSpan(p, i.Matcher, i.Credentialed), join(msg, provenance(p, i.Matcher)))
		f.Witness = i.Witness.Origin
		f.Curl = curlFor(p, i.Witness.Origin)
		f.Fix = "Move local origins to a development-only configuration or an environment fallback."
		out = append(out, f)
	}
	return out
}
