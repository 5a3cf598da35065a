// CORS014 is `*` in Access-Control-Expose-Headers. Named sensitive headers
// are CORS013.

package rules

import "github.com/corslint/corslint/policy"

type wildcardExposeHeaders struct{}

func (wildcardExposeHeaders) Meta() Meta {
	bad := `{"origin": ["https://app.example.com"], "exposedHeaders": "*"}`
	good := `{"origin": ["https://app.example.com"], "exposedHeaders": ["X-Request-Id"]}`
	return Meta{
		ID:    "CORS014",
		Name:  "wildcard-expose-headers",
		Short: "All response headers are exposed (`Access-Control-Expose-Headers: *`).",
		Full: "`*` exposes every response header to the allowed origins on requests without credentials, including " +
			"headers added later by proxies, frameworks or debugging code. With credentials `*` is a literal header " +
			"name and exposes nothing.",
		Help: helpMarkdown(
			"`Access-Control-Expose-Headers: *` hands every present and future response header to scripts on the allowed origins: tokens, internal routing and debug headers included. On credentialed requests it silently does nothing, since there `*` is just a header name.",
			FormatExpressJSON, bad, good,
			"List the headers the client needs by name.",
		),
		Severity:         Low,
		SecuritySeverity: "3.7",
		Tags:             []string{"security", "cors", "external/cwe/cwe-200"},
		Precision:        "very-high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r wildcardExposeHeaders) Check(_ *Context, p *policy.Policy) []Finding {
	l := p.ExposeHeaders
	if l.Mode != policy.ListValues || !hasValue(l, "*") {
		return nil
	}
	// Browsers read Expose-Headers only on actual responses: a block that
	// only answers preflights exposes nothing.
	if p.PreflightOnly {
		return nil
	}
	msg := "Scripts on every allowed origin can read every response header: Access-Control-Expose-Headers is `*`."
	if p.Credentials.Allowed() {
		msg += " On credentialed requests `*` is a literal header name and exposes nothing, so credentialed clients see none of the headers it was meant to expose."
	}
	span := l.Span
	if l.Default {
		span = p.Span
	}
	f := newFinding(r.Meta(), p, span, msg)
	f.Fix = "List the headers the client needs by name."
	return []Finding{f}
}

// hasValue reports whether a list holds v (case-sensitive, trimmed).
func hasValue(l policy.List, v string) bool {
	for _, x := range listValues(l) {
		if x == v {
			return true
		}
	}
	return false
}
