// CORS011 is a configured origin that can never equal a browser's Origin
// header (trailing slash, path, missing scheme, default port, upper case in a
// case-sensitive comparison, `*` compared literally), or an
// Access-Control-Allow-Origin built from something that is not an origin
// (nginx `$host`, `$request_uri`). A list of origins in one value is CORS009.
// Entries the framework normalises (the matcher accepts the browser form)
// are not flagged.

package rules

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

type malformedOrigin struct{}

func (malformedOrigin) Meta() Meta {
	bad := `{"origin": ["https://app.example.com/"]}`
	good := `{"origin": ["https://app.example.com"]}`
	return Meta{
		ID:    "CORS011",
		Name:  "malformed-origin",
		Short: "A configured origin can never match a browser's Origin header.",
		Full: "Browsers send the origin as `scheme://host[:port]`, lower case, without a path, trailing slash or default " +
			"port. A configured value written differently never matches, so the origin it was meant to allow is " +
			"refused; an Access-Control-Allow-Origin built from the host or the URI is not an origin at all.",
		Help: helpMarkdown(
			"`https://app.example.com/` (trailing slash), `app.example.com` (no scheme), `https://app.example.com:443` (default port) or `https://App.example.com` in a case-sensitive list never equals what the browser sends, so the intended client is blocked. Under pressure, the usual \"fix\" is to allow everything.",
			FormatExpressJSON, bad, good,
			"Write each origin exactly as a browser sends it: lower-case scheme and host, no path or trailing slash, and a port only when it is not the default.",
		),
		Severity:         Low,
		SecuritySeverity: "3.1",
		Tags:             []string{"cors", "correctness", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r malformedOrigin) Check(_ *Context, p *policy.Policy) []Finding {
	meta := r.Meta()
	var out []Finding
	o := p.Origins
	switch o.Kind {
	case policy.OriginList:
		for i := range o.Matchers {
			m := &o.Matchers[i]
			if written, sent, ok := caseBlindPattern(m); ok {
				f := newFinding(meta, p, m.Span, "The origin pattern "+code(m.Value)+" compares case-sensitively and spells "+code(written)+
					" with upper case, but browsers send the host in lower case ("+code(sent)+"), which it never matches.")
				f.Fix = "Write the host in lower case, or make the comparison case-insensitive (nginx `~*`, a regex `i` flag)."
				out = append(out, f)
				continue
			}
			if m.Kind == policy.MatchExact && !m.HostOnly && hasPlaceholder(m.Value) && pathAfterPlaceholder(m.Value) {
				f := newFinding(meta, p, m.Span, "The configured origin "+code(m.Value)+
					" never matches a browser's Origin header: it ends in a path or trailing slash after the unknown part, and origins never do.")
				f.Fix = "Remove the trailing `/` (or path) so the entry is scheme://host[:port]."
				out = append(out, f)
				continue
			}
			if m.Kind != policy.MatchExact || m.HostOnly || hasPlaceholder(m.Value) {
				continue
			}
			problem := originValueProblem(m.Value)
			if problem == "" || normalisedByFramework(m) {
				continue
			}
			f := newFinding(meta, p, m.Span, "The configured origin "+code(m.Value)+" never matches a browser's Origin header: it "+problem+".")
			f.Fix = malformedFix(m.Value)
			out = append(out, f)
		}
	case policy.OriginStatic:
		v := o.Value
		if isOriginList(v) || v == "*" {
			return nil
		}
		if name, what := nonOriginVariable(v); name != "" {
			msg := "No browser origin ever equals this Access-Control-Allow-Origin: " + code(v) + " is built from " + code(name) + ", " + what + ", not an origin."
			if v == name {
				msg = "No browser origin ever equals this Access-Control-Allow-Origin: " + code(v) + " is " + what + ", not an origin."
			}
			f := newFinding(meta, p, o.Span, msg)
			f.Fix = "Send a fixed origin, or the request origin after checking it against an allow-list."
			return []Finding{f}
		}
		if hasPlaceholder(v) || containsVariable(v) {
			if pathAfterPlaceholder(v) {
				// `${APP_URL}/`: whatever the variable holds, the known
				// text after it is a path or a trailing slash.
				f := newFinding(meta, p, o.Span, "No browser origin ever equals this Access-Control-Allow-Origin: "+code(v)+
					" ends in a path or trailing slash after the unknown part, and origins never do.")
				f.Fix = "Remove the trailing `/` (or path) so the value is scheme://host[:port]."
				out = append(out, f)
			}
			return out
		}
		if problem := originValueProblem(v); problem != "" {
			f := newFinding(meta, p, o.Span, "No browser origin ever equals this Access-Control-Allow-Origin: "+code(v)+" "+problem+".")
			f.Fix = malformedFix(v)
			out = append(out, f)
		}
	}
	return out
}

// normalisedByFramework reports an entry whose framework accepts the browser
// form anyway (Spring trims a trailing slash, case-insensitive matchers).
func normalisedByFramework(m *policy.Matcher) bool {
	c, ok := canonicalOrigin(m.Value)
	if !ok || c == m.Value {
		return false
	}
	match, err := m.Match(c)
	return err == nil && match
}

// malformedFix suggests the browser form of v when there is one.
func malformedFix(v string) string {
	if strings.Contains(hostOf(v), "*") {
		return "List each origin that needs access as scheme://host, or use the framework's pattern setting if it has one."
	}
	if c, ok := canonicalOrigin(v); ok && c != v {
		return "Write it as " + code(c) + "."
	}
	if !strings.Contains(v, "://") && hostLike(v) {
		return "Write it as " + code("https://"+v) + "."
	}
	return "Write the origin exactly as a browser sends it: scheme://host[:port], lower case, no path."
}

// hostLike reports a value written as a bare host (`app.example.com`,
// `localhost:3000`), for which adding a scheme is the fix; a value such as
// `true` (Access-Control-Allow-Origin set to a boolean) is not one.
func hostLike(v string) bool {
	if v == "" || v == "*" || strings.ContainsAny(v, " /") {
		return false
	}
	host := v
	if h, _, ok := strings.Cut(v, ":"); ok {
		host = h
	}
	return strings.Contains(host, ".") || host == "localhost"
}

// originValueProblem completes "the value ..." when v can never equal a
// browser's Origin header, else "". An exact entry `*` is compared literally
// (an `*` in an Express origin array, semantics.md 3.1).
func originValueProblem(v string) string {
	if v == "*" {
		return "is compared literally here, so it matches no origin (only a bare `*` setting means every origin)"
	}
	if ok, reason := policy.IsValidOriginValue(v); !ok {
		return reason
	}
	if strings.Contains(hostOf(v), "*") {
		// A host may hold `*` by the URL standard, but only a page served
		// under that literal name sends it: an exact entry or a sent value
		// with `*` is a wildcard its framework does not expand.
		return "holds a `*`, which is taken literally here, not as a wildcard (no real site's origin contains one)"
	}
	return ""
}

// nginxVariable finds nginx variables in a header value.
var nginxVariable = regexp.MustCompile(`\$\{?([A-Za-z_][A-Za-z0-9_]*)`)

// containsVariable reports an nginx-style variable (unknown at lint time).
func containsVariable(v string) bool { return nginxVariable.MatchString(v) }

// nonOriginVariable finds a variable in v that can never make an origin
// (host names without a scheme, paths and URLs) and says what it holds.
func nonOriginVariable(v string) (name, what string) {
	for _, m := range nginxVariable.FindAllStringSubmatchIndex(v, -1) {
		name := v[m[2]:m[3]]
		switch name {
		case "request_uri", "uri", "document_uri", "args", "query_string", "request", "http_referer":
			return v[m[0]:m[1]], "a path or URL"
		case "host", "http_host", "server_name", "hostname":
			if m[0] >= 3 && v[m[0]-3:m[0]] == "://" {
				continue
			}
			return v[m[0]:m[1]], "a host name without a scheme"
		}
	}
	return "", ""
}

// caseBlindPattern finds, in a case-sensitive regex, a host written with
// upper case that the pattern accepts as written but not as a browser sends
// it (semantics.md 1: scheme and host are lower case): `~
// "^https://www\.MyShop\.com$"` never matches anything. It returns the origin
// as written and as sent.
func caseBlindPattern(m *policy.Matcher) (written, sent string, ok bool) {
	if m.Kind != policy.MatchRegex || m.IgnoreCase || strings.Contains(m.Value, "(?i") || hasPlaceholder(m.Value) {
		return "", "", false
	}
	text := regexLiterals(m.Value)
	scheme := "https"
	if low := strings.ToLower(text); strings.Contains(low, "http") && !strings.Contains(low, "https") {
		scheme = "http"
	}
	for _, tok := range hostToken.FindAllString(text, -1) {
		if tok == strings.ToLower(tok) {
			continue
		}
		origin := scheme + "://" + tok
		asWritten, err1 := m.Match(origin)
		asSent, err2 := m.Match(strings.ToLower(origin))
		if err1 == nil && err2 == nil && asWritten && !asSent {
			return origin, strings.ToLower(origin), true
		}
	}
	return "", "", false
}
