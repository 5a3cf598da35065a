// CORS018 is an Access-Control-Allow-Origin taken from the request
// (reflection, or one of several allowed origins echoed back) without
// `Vary: Origin` from the user or the framework. A single fixed origin is
// not flagged, nor a block that only answers preflights (shared caches do
// not store OPTIONS answers; rules.md decisions). Whether the echo is safe is
// for the origin rules.

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type missingVaryOrigin struct{}

func (missingVaryOrigin) Meta() Meta {
	bad := "map $http_origin $cors_origin {\n    default \"\";\n    \"https://app.example.com\" $http_origin;\n    \"https://admin.example.com\" $http_origin;\n}\nserver {\n    listen 443 ssl;\n    server_name api.example.com;\n    location / {\n        add_header Access-Control-Allow-Origin $cors_origin always;\n    }\n}"
	good := "map $http_origin $cors_origin {\n    default \"\";\n    \"https://app.example.com\" $http_origin;\n    \"https://admin.example.com\" $http_origin;\n}\nserver {\n    listen 443 ssl;\n    server_name api.example.com;\n    location / {\n        add_header Access-Control-Allow-Origin $cors_origin always;\n        add_header Vary Origin always;\n    }\n}"
	return Meta{
		ID:    "CORS018",
		Name:  "missing-vary-origin",
		Short: "Access-Control-Allow-Origin depends on the request origin but `Vary: Origin` is not sent.",
		Full: "The Access-Control-Allow-Origin value is taken from the request, but responses do not carry " +
			"`Vary: Origin`. A shared cache (CDN, reverse proxy) can then serve one origin's answer to another: " +
			"allowed origins fail at random, or a response cached for one origin is readable by another.",
		Help: helpMarkdown(
			"Caches key responses by URL unless `Vary` says otherwise. When the allowed origin is echoed back, the first origin to request a URL decides the header every later visitor gets from the cache: other allowed origins see CORS errors, and cache-poisoning tricks can make a response readable where it should not be.",
			FormatNginx, bad, good,
			"Send `Vary: Origin` on every response whose Access-Control-Allow-Origin depends on the request, including responses where the origin was refused.",
		),
		Severity:         Medium,
		SecuritySeverity: "4.8",
		Tags:             []string{"security", "cors", "external/cwe/cwe-524"},
		Precision:        "high",
		ExampleFormat:    FormatNginx,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r missingVaryOrigin) Check(_ *Context, p *policy.Policy) []Finding {
	if p.Vary.Origin != policy.VaryNever || p.PreflightOnly || !originDependent(p.Origins) {
		return nil
	}
	msg := "A shared cache can serve one origin's CORS answer to another: Access-Control-Allow-Origin is taken from the request origin, but `Vary: Origin` is not sent."
	f := newFinding(r.Meta(), p, originSpan(p, nil, false), join(msg, provenance(p, nil)))
	f.Fix = "Send `Vary: Origin` on every response of this policy, also when the origin is refused."
	return []Finding{f}
}

// originDependent reports whether the Access-Control-Allow-Origin value is
// taken from the request. One exact origin echoed back is not: it is the
// same value for every request that gets it (rules.md decisions).
func originDependent(o policy.Origins) bool {
	switch o.Kind {
	case policy.OriginEchoAny:
		return true
	case policy.OriginAny, policy.OriginList:
		if o.Emit == policy.EmitWildcard {
			return false
		}
		if o.Kind == policy.OriginList && len(o.Matchers) == 1 {
			// Browsers send origins in lower case, so one exact entry (even a
			// case-insensitive one) or `null` always echoes the same value.
			m := o.Matchers[0]
			return m.Kind != policy.MatchExact && m.Kind != policy.MatchNull && !singleOriginRegex(m)
		}
		return true
	}
	return false
}

// singleOriginRegex reports a regex that admits one origin at most: literal
// text (punctuation escaped) that must cover the whole origin, such as
// Envoy's fullmatch `https://studio\.example\.com` or Traefik's searched
// `https://web\.example\.com$`. Without a start anchor the text must begin
// with `http://` or `https://`: `://` occurs once in an origin, and anything
// in front of the scheme would make it a non-special scheme, whose origin
// browsers serialize as `null`. Such an echo is one fixed value, like one
// exact entry. A case-insensitive flag changes nothing: browsers send lower
// case.
func singleOriginRegex(m policy.Matcher) bool {
	if m.Kind != policy.MatchRegex {
		return false
	}
	s := strings.TrimPrefix(m.Value, "(?i)")
	start := m.Mode == policy.ModePrefix || m.Mode == policy.ModeFull
	end := m.Mode == policy.ModeFull || m.Mode == policy.ModeSuffix
	if rest, ok := strings.CutPrefix(s, "^"); ok {
		start, s = true, rest
	}
	if strings.HasSuffix(s, "$") && !strings.HasSuffix(s, `\$`) {
		end, s = true, s[:len(s)-1]
	}
	lit, ok := regexLiteralText(s)
	if !ok || !end {
		return false
	}
	lit = strings.ToLower(lit)
	return start || strings.HasPrefix(lit, "https://") || strings.HasPrefix(lit, "http://")
}

// regexLiteralText returns the one string a regex body matches, or false
// when it holds anything but literal characters and escaped punctuation.
func regexLiteralText(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 >= len(s) || strings.IndexByte("./-:", s[i+1]) < 0 {
				return "", false
			}
			i++
			b.WriteByte(s[i])
		case strings.IndexByte(".[](){}|*+?^$", c) >= 0:
			return "", false
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), b.Len() > 0
}
