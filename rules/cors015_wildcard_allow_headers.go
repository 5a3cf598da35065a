// CORS015 (audit only) is `*` or explicitly configured reflection in
// Access-Control-Allow-Headers. Reflection that is a framework's default (the
// `cors` package, flask-cors, @fastify/cors, @koa/cors without a header list)
// is not flagged (rules.md decisions). Credential-like headers with `*`
// origins raise CORS008 instead.

package rules

import "github.com/corslint/corslint/policy"

type wildcardAllowHeaders struct{}

func (wildcardAllowHeaders) Meta() Meta {
	bad := `{"origin": ["https://app.example.com"], "allowedHeaders": "*"}`
	good := `{"origin": ["https://app.example.com"], "allowedHeaders": ["Content-Type", "Authorization"]}`
	return Meta{
		ID:    "CORS015",
		Name:  "wildcard-allow-headers",
		Short: "Every request header is allowed (`*` or reflection).",
		Full: "Access-Control-Allow-Headers is `*` or reflects Access-Control-Request-Headers, so the allowed origins " +
			"may send any header. With credentials `*` is a literal header name and breaks requests that send custom " +
			"headers; `*` never covers Authorization. Audit only: common in tutorials and harmless with a trusted " +
			"origin list.",
		Help: helpMarkdown(
			"Allowing every request header removes a layer of review: headers that change server behaviour (method overrides, internal routing, debug switches) become reachable from the allowed origins. `*` also behaves differently than it reads: it is a literal name on credentialed requests, and Authorization must always be listed by name.",
			FormatExpressJSON, bad, good,
			"List the request headers clients actually send, including Authorization by name when it is used.",
		),
		Severity:         Low,
		SecuritySeverity: "2.6",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "very-high",
		AuditOnly:        true,
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r wildcardAllowHeaders) Check(_ *Context, p *policy.Policy) []Finding {
	l := p.AllowHeaders
	var msg string
	switch {
	case l.Mode == policy.ListValues && !l.Default && hasValue(l, "*"):
		msg = "Cross-origin requests may send any request header: Access-Control-Allow-Headers is `*`."
		if p.Credentials.Allowed() {
			msg += " With credentials allowed, `*` is a literal header name, so credentialed preflights that ask for custom headers fail."
		}
		msg += " `*` never covers Authorization; list it by name if clients send it."
	case l.Mode == policy.ListReflect && l.Explicit:
		msg = "Cross-origin requests may send any request header: Access-Control-Allow-Headers reflects whatever Access-Control-Request-Headers asks for."
	default:
		return nil
	}
	f := newFinding(r.Meta(), p, l.Span, msg)
	f.Fix = "List the request headers clients actually send."
	return []Finding{f}
}
