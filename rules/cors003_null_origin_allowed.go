// CORS003 is the `null` origin accepted without credentials, by a `null`
// entry or a pattern that only lets `null` in. With credentials it is
// CORS001. A pattern that also accepts a registrable outside origin is
// CORS004 (that witness is the stronger evidence).

package rules

import "github.com/corslint/corslint/policy"

type nullOriginAllowed struct{}

func (nullOriginAllowed) Meta() Meta {
	bad := `{"origin": ["https://app.example.com", "null"]}`
	good := `{"origin": ["https://app.example.com"]}`
	return Meta{
		ID:    "CORS003",
		Name:  "null-origin-allowed",
		Short: "The `null` origin is accepted.",
		Full: "Browsers send `Origin: null` from sandboxed iframes, `data:` and `file:` documents and after cross-origin " +
			"redirects. Any website can create such a document, so allowing `null` allows every website.",
		Help: helpMarkdown(
			"`null` is not one origin but the origin of every opaque document. An attacker's page embeds `<iframe sandbox=\"allow-scripts\" srcdoc=\"...\">`, whose requests carry `Origin: null`, and reads the responses. Developers often add `null` to make local `file:` pages work.",
			FormatExpressJSON, bad, good,
			"Remove `null` from the allowed origins; serve local test pages from `http://localhost` in a development-only configuration instead.",
		),
		Severity:         Medium,
		SecuritySeverity: "5.3",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r nullOriginAllowed) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r nullOriginAllowed) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		what := "the `null` origin is allowed"
		if i.Matcher != nil && i.Matcher.Kind != policy.MatchNull && i.Matcher.Kind != policy.MatchExact {
			what = entryName(i.Matcher) + " accepts `null`"
		}
		msg := "Any website can read responses by sending `Origin: null`: " + what + ", and sandboxed iframes, `data:` and `file:` documents send it."
		f := newFinding(meta, p, originSpan(p, i.Matcher, false), join(msg, provenance(p, i.Matcher)))
		f.Witness = "null"
		f.Curl = curlFor(p, "null")
		f.Fix = "Remove `null` from the allowed origins."
		out = append(out, f)
	}
	return out
}
