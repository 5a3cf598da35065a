// CORS002 is reflection the user wrote (`origin: true`, `$http_origin` with no
// check, echo code, `true` in an allow-list) answered without credentials.
// With credentials it is CORS001. "All origins" written as `*` that a
// framework answers with the request origin (flask-cors, Starlette) stays
// CORS008: the user chose public (rules.md decisions).

package rules

import "github.com/corslint/corslint/policy"

type originReflected struct{}

func (originReflected) Meta() Meta {
	bad := `{"origin": true}`
	good := `{"origin": ["https://app.example.com"]}`
	return Meta{
		ID:    "CORS002",
		Name:  "origin-reflected",
		Short: "Any request origin is echoed back without validation.",
		Full: "The request's Origin header is copied into Access-Control-Allow-Origin with no check, so every website " +
			"can read the responses. Credentials are not allowed, so the damage is limited to what an anonymous " +
			"request can see, including anything that depends on the caller's network position (intranet, IP allow-lists).",
		Help: helpMarkdown(
			"Echoing the Origin header means \"allow every website\", but unlike `*` it hides that choice, and one added `credentials: true` turns it into a critical hole. Responses that rely on network position (internal services, IP allow-lists) become readable by any page a user inside that network visits.",
			FormatExpressJSON, bad, good,
			"Compare the request origin with an explicit list of trusted origins and send it back only on a match; if the data is truly public, send `*` instead so the choice is visible.",
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

func (r originReflected) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r originReflected) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		w := code(i.Witness.Origin)
		msg := "Any website can read responses: the request origin is reflected without a check (" + w + " gets Access-Control-Allow-Origin: " + i.Witness.Origin + ")."
		if i.Matcher != nil {
			msg = "Any website can read responses: " + entryName(i.Matcher) + " accepts every origin and reflects it (" + w + " gets Access-Control-Allow-Origin: " + i.Witness.Origin + ")."
		}
		f := newFinding(meta, p, originSpan(p, i.Matcher, false), join(msg, provenance(p, i.Matcher)))
		f.Witness = i.Witness.Origin
		f.Curl = curlFor(p, i.Witness.Origin)
		f.Fix = "Check the request origin against an explicit list of trusted origins, or send `*` if the data is public."
		out = append(out, f)
	}
	return out
}
