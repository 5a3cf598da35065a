// CORS005 is a plain-http origin of a non-local host that the policy trusts,
// without credentials (with credentials it is CORS001). Local http origins
// (`http://localhost:3000`) are CORS007, not CORS005.

package rules

import "github.com/corslint/corslint/policy"

type insecureOriginTrusted struct{}

func (insecureOriginTrusted) Meta() Meta {
	bad := `{"origin": ["https://app.example.com", "http://app.example.com"]}`
	good := `{"origin": ["https://app.example.com"]}`
	return Meta{
		ID:    "CORS005",
		Name:  "insecure-origin-trusted",
		Short: "A plain-http origin is trusted.",
		Full: "An `http://` origin is allowed. Anyone on the network path of a user who visits that origin (public " +
			"Wi-Fi, a compromised router) can inject script into its pages and use the trust this policy gives it.",
		Help: helpMarkdown(
			"Pages served over plain http can be modified in transit, so trusting `http://app.example.com` trusts whoever controls the user's network. Patterns written as `https?://` trust the http variant without anyone noticing.",
			FormatExpressJSON, bad, good,
			"Trust only `https://` origins; redirect http to https on the trusted site and enable HSTS.",
		),
		Severity:         Medium,
		SecuritySeverity: "5.9",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942", "external/cwe/cwe-319"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r insecureOriginTrusted) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r insecureOriginTrusted) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		w := code(i.Witness.Origin)
		what := "the plain-http origin " + w + " is trusted"
		if i.Matcher != nil && i.Matcher.Kind != policy.MatchExact {
			what = entryName(i.Matcher) + " accepts the plain-http origin " + w
		}
		msg := "A network attacker can read responses: " + what + ", and anyone on the network path can act as it."
		f := newFinding(meta, p, originSpan(p, i.Matcher, false), join(msg, provenance(p, i.Matcher)))
		f.Witness = i.Witness.Origin
		f.Curl = curlFor(p, i.Witness.Origin)
		f.Fix = "Trust only the https:// origin."
		out = append(out, f)
	}
	return out
}
