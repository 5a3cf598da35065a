// CORS013 is a named response header in Access-Control-Expose-Headers that
// carries secrets or internals (credentials, tokens, session ids, server
// internals; list extensible with ctx.SensitiveHeaders). `Set-Cookie` is named
// as useless in the same finding, since browsers never expose it. `*` in the
// list is CORS014.

package rules

import (
	"path"
	"strings"

	"github.com/corslint/corslint/policy"
)

// sensitiveHeaders are response headers that carry secrets or internals
// (rules.md CORS013), lower case.
var sensitiveHeaders = [...]string{
	"authorization", "proxy-authorization", "www-authenticate", "proxy-authenticate", "cookie",
	"x-csrf-token", "x-csrftoken", "x-xsrf-token", "csrf-token", "x-api-key", "api-key",
	"x-auth-token", "x-access-token", "x-refresh-token", "x-session-id", "x-amz-security-token",
	"server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version", "x-backend-server",
	"x-upstream-addr", "x-real-ip", "x-forwarded-for",
}

// sensitivePatterns are globs over lower-case header names.
var sensitivePatterns = [...]string{
	"x-debug*", "x-internal*", "*token*", "*session*", "*secret*", "*password*", "*api-key*", "*apikey*", "*credential*",
}

type sensitiveHeaderExposed struct{}

func (sensitiveHeaderExposed) Meta() Meta {
	bad := `{"origin": ["https://app.example.com"], "exposedHeaders": ["Authorization", "X-Request-Id"]}`
	good := `{"origin": ["https://app.example.com"], "exposedHeaders": ["X-Request-Id"]}`
	return Meta{
		ID:    "CORS013",
		Name:  "sensitive-header-exposed",
		Short: "A response header that carries secrets or internals is exposed to other origins.",
		Full: "Access-Control-Expose-Headers lists a header such as Authorization, X-CSRF-Token, X-Api-Key, a token or " +
			"session id, Server, X-Powered-By, X-Debug-* or X-Internal-*. Scripts on every allowed origin can read it. " +
			"`Set-Cookie` is reported as useless too: browsers never expose it.",
		Help: helpMarkdown(
			"Exposed headers are readable by script on every origin the policy allows. Tokens, CSRF values and session ids in response headers then reach pages that should never hold them, and debug or server headers tell an attacker what runs behind the API.",
			FormatExpressJSON, bad, good,
			"Expose only the headers the client code needs (request ids, pagination, rate limits); return secrets in the body of an authenticated response, and drop debug and server headers in production.",
		),
		Severity:         Medium,
		SecuritySeverity: "5.3",
		Tags:             []string{"security", "cors", "external/cwe/cwe-200"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r sensitiveHeaderExposed) Check(ctx *Context, p *policy.Policy) []Finding {
	l := p.ExposeHeaders
	if l.Mode != policy.ListValues {
		return nil
	}
	// Browsers read Expose-Headers only on actual responses: a block that
	// only answers preflights exposes nothing.
	if p.PreflightOnly {
		return nil
	}
	var extra []string
	if ctx != nil {
		extra = ctx.SensitiveHeaders
	}
	var secret, useless []string
	for _, v := range listValues(l) {
		n := strings.ToLower(v)
		switch {
		case n == "set-cookie" || n == "set-cookie2":
			useless = append(useless, code(v))
		case isSensitiveHeader(n, extra):
			secret = append(secret, code(v))
		}
	}
	if len(secret) == 0 && len(useless) == 0 {
		return nil
	}
	meta := r.Meta()
	var msg string
	if len(secret) > 0 {
		msg = "Scripts on every allowed origin can read " + strings.Join(secret, ", ") + ": " + listIs(secret) + " in Access-Control-Expose-Headers and " + carries(secret) + " secrets or server internals."
	}
	uselessNote := ""
	if len(useless) > 0 {
		uselessNote = strings.Join(useless, ", ") + " is listed too, but browsers never expose Set-Cookie, so that entry does nothing."
		if len(secret) == 0 {
			msg = "An entry in Access-Control-Expose-Headers does nothing: " + strings.Join(useless, ", ") + " is never exposed by browsers, whatever the server lists."
			uselessNote = ""
		}
	}
	span := l.Span
	if l.Default {
		span = p.Span
	}
	f := newFinding(meta, p, span, join(msg, uselessNote))
	if len(secret) == 0 {
		// Only a useless entry: nothing leaks.
		f.Severity = Low
	}
	f.Fix = "Remove these headers from Access-Control-Expose-Headers."
	return []Finding{f}
}

// isSensitiveHeader matches a lower-case header name against the built-in
// list and patterns and the configured extras (names or globs).
func isSensitiveHeader(n string, extra []string) bool {
	for _, s := range sensitiveHeaders {
		if n == s {
			return true
		}
	}
	for _, g := range sensitivePatterns {
		if ok, _ := path.Match(g, n); ok {
			return true
		}
	}
	for _, e := range extra {
		e = strings.ToLower(strings.TrimSpace(e))
		if e == n {
			return true
		}
		if ok, err := path.Match(e, n); err == nil && ok {
			return true
		}
	}
	return false
}

func listIs(items []string) string {
	if len(items) == 1 {
		return "it is listed"
	}
	return "they are listed"
}

func carries(items []string) string {
	if len(items) == 1 {
		return "it carries"
	}
	return "they carry"
}
