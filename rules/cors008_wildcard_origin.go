// CORS008 is "all origins" without credentials: the literal `*`, or "all
// origins" written as `*` that the framework answers with the request origin
// (flask-cors, Starlette without cookies; rules.md decisions). Reflection the
// user wrote is CORS002; `*` with credentials is CORS001.

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type wildcardOrigin struct{}

func (wildcardOrigin) Meta() Meta {
	bad := `{"origin": "*", "allowedHeaders": ["Content-Type", "Authorization"]}`
	good := `{"origin": ["https://app.example.com"], "allowedHeaders": ["Content-Type", "Authorization"]}`
	return Meta{
		ID:    "CORS008",
		Name:  "wildcard-origin",
		Short: "Every origin may read responses (`*`).",
		Full: "Access-Control-Allow-Origin is `*` (or every origin is accepted), without credentials. That is right for " +
			"truly public data and flagged so audits see it. It is raised to medium when the policy also allows " +
			"`Authorization` or other credential-like request headers: API clients that send tokens in headers are " +
			"not protected by the browser's cookie rules.",
		Help: helpMarkdown(
			"`*` lets every website read the responses. Cookies are not sent, but anything the server returns to an anonymous request, including content that depends on the caller's network (intranet hosts, IP allow-lists), is readable by any page. When the API also takes `Authorization` or API-key headers, a page that obtains a token can use the API from anywhere.",
			FormatExpressJSON, bad, good,
			"Keep `*` only for public, anonymous data; otherwise list the origins that need access.",
		),
		Severity:         Low,
		SecuritySeverity: "2.0",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "very-high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r wildcardOrigin) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r wildcardOrigin) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		msg := "Any website can read responses: Access-Control-Allow-Origin is `*`."
		if i.Mech == mechAllEcho {
			msg = "Any website can read responses: all origins are allowed (the request origin is sent back, which without credentials equals `*`)."
		}
		f := newFinding(meta, p, originSpan(p, i.Matcher, false), "")
		raised := ""
		if h := credentialLikeHeaders(p.AllowHeaders); len(h) > 0 {
			f.Severity = Medium
			noun := "request header"
			if len(h) > 1 {
				noun = "request headers"
			}
			raised = "The policy also allows the " + strings.Join(h, ", ") + " " + noun + ", so pages on any origin can call the API with a token."
		}
		f.Message = join(msg, raised, provenance(p, i.Matcher))
		f.Fix = "Keep `*` only for public, anonymous data; otherwise list the origins that need access."
		out = append(out, f)
	}
	return out
}

// credentialLikeHeaders lists the allowed request headers that carry
// credentials, quoted for a message. Reflection and `*` do not count: `*`
// never covers Authorization (semantics.md 1), and reflection by default is
// every framework's normal behaviour (rules.md decisions).
func credentialLikeHeaders(l policy.List) []string {
	if l.Mode != policy.ListValues {
		return nil
	}
	var out []string
	for _, v := range listValues(l) {
		n := strings.ToLower(v)
		if n == "authorization" || n == "proxy-authorization" || n == "cookie" ||
			strings.Contains(n, "token") || strings.Contains(n, "api-key") || strings.Contains(n, "apikey") ||
			strings.Contains(n, "auth") {
			out = append(out, code(v))
		}
	}
	return out
}

// listValues is a list's entries, trimmed, from Values or else Raw.
func listValues(l policy.List) []string {
	src := l.Values
	if len(src) == 0 && l.Raw != "" {
		src = strings.Split(l.Raw, ",")
	}
	var out []string
	for _, v := range src {
		for _, part := range strings.Split(v, ",") {
			if part = strings.TrimSpace(part); part != "" {
				out = append(out, part)
			}
		}
	}
	return out
}
