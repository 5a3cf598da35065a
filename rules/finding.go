package rules

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Helpers shared by the rule files: building findings, choosing spans and
// wording the parts of messages every origin rule repeats.

// newFinding fills the fields every finding carries. A zero span falls back
// to the construct that enables the policy.
func newFinding(m Meta, p *policy.Policy, span policy.Span, msg string) Finding {
	if span.IsZero() {
		span = p.Span
	}
	return Finding{
		RuleID:    m.ID,
		Severity:  m.Severity,
		Span:      span,
		Message:   msg,
		Framework: p.Framework,
		Scope:     p.Scope,
	}
}

// originSpan is where an origin finding points (rules.md, "Where a finding
// points"): the entry at fault, else the origin setting; for a framework
// default, the credentials setting when credentials made it dangerous, else
// the call that enables CORS.
func originSpan(p *policy.Policy, m *policy.Matcher, credentialed bool) policy.Span {
	if m != nil && !m.Span.IsZero() {
		return m.Span
	}
	if p.Origins.Default || p.Origins.Span.IsZero() {
		if credentialed && !p.Credentials.Span.IsZero() {
			return p.Credentials.Span
		}
		return p.Span
	}
	return p.Origins.Span
}

// provenance is the sentence a message ends with when the origin setting is
// a framework default or an environment fallback, else "".
func provenance(p *policy.Policy, m *policy.Matcher) string {
	var parts []string
	if p.Origins.Default && m == nil {
		note := strings.TrimSuffix(strings.TrimSpace(p.Origins.DefaultNote), ".")
		if note == "" {
			note = "no origin is configured, so the framework's default applies"
		}
		parts = append(parts, "This comes from a default: "+note+".")
	}
	if r := strings.TrimSuffix(strings.TrimSpace(p.Origins.Replaced), "."); r != "" && m == nil {
		parts = append(parts, r+".")
	}
	env := p.Origins.EnvFallback
	if m != nil && m.EnvFallback != "" {
		env = m.EnvFallback
	}
	switch {
	case strings.ContainsAny(env, ".[("):
		// A settings value with a literal fallback (Python
		// `settings.ORIGINS or ["*"]`), not an environment variable name.
		parts = append(parts, "It applies when "+code(env)+" is unset or empty (it is the fallback value).")
	case env != "":
		parts = append(parts, "It applies when the environment variable "+env+" is unset (it is the fallback value).")
	}
	return strings.Join(parts, " ")
}

// join joins message sentences, skipping empty ones.
func join(sentences ...string) string {
	var out []string
	for _, s := range sentences {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, " ")
}

// code quotes s as markdown inline code, whatever backticks it holds.
func code(s string) string {
	if !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return "`` " + s + " ``"
}

// entryName names an allow-list entry the way a user wrote it.
func entryName(m *policy.Matcher) string {
	if m == nil {
		return "the origin setting"
	}
	switch m.Kind {
	case policy.MatchRegex:
		return "the origin pattern " + code(m.Value)
	case policy.MatchGlob:
		return "the origin glob " + code(m.Value)
	case policy.MatchPrefix:
		return "the prefix test " + code(m.Value)
	case policy.MatchSuffix:
		return "the suffix test " + code(m.Value)
	case policy.MatchContains:
		return "the substring test " + code(m.Value)
	case policy.MatchWithin:
		return "the test that the origin is part of " + code(m.Value)
	case policy.MatchAll:
		if m.Value != "" {
			return "the allow-all entry " + code(m.Value)
		}
		return "an allow-all entry"
	case policy.MatchNull:
		return "the `null` entry"
	}
	return "the origin " + code(m.Value)
}

// scopeHost finds a host name or URL in a policy scope.
var scopeHost = regexp.MustCompile(`(?i)(?:https?://)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?::[0-9]+)?`)

// scopePath finds a plain URL path in a policy scope.
var scopePath = regexp.MustCompile(`(?:^|\s)(/[A-Za-z0-9._~/-]*)`)

// urlPath is the path right after a host in a scope such as
// `https://api.example.com/v1`.
var urlPath = regexp.MustCompile(`^/[A-Za-z0-9._~/-]*`)

// placeholderURL is used in curl lines when the scope names no host.
const placeholderURL = "https://your-service.example/"

// targetURL builds the URL a curl line probes from a policy scope.
func targetURL(scope string) string {
	var loc []int
	for _, l := range scopeHost.FindAllStringIndex(scope, -1) {
		if !notAHost(scope[l[0]:l[1]]) {
			loc = l
			break
		}
	}
	if loc == nil {
		return placeholderURL
	}
	h := strings.ToLower(scope[loc[0]:loc[1]])
	if !strings.Contains(h, "://") {
		h = "https://" + h
	}
	path := "/"
	if m := urlPath.FindString(scope[loc[1]:]); m != "" {
		path = m
	} else if m := scopePath.FindStringSubmatch(scope); m != nil {
		path = m[1]
	}
	return h + path
}

// notAHost rejects dotted words in scopes that are library or file names
// ("socket.io HTTP transport", "options in config/cors.js"), not hosts.
func notAHost(h string) bool {
	h = strings.ToLower(h)
	switch h {
	case "socket.io", "engine.io", "next.js", "node.js", "nest.js":
		return true
	}
	for _, ext := range []string{".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx", ".py", ".json", ".yaml", ".yml", ".toml", ".conf", ".properties"} {
		if strings.HasSuffix(h, ext) {
			return true
		}
	}
	return false
}

// curlFor is a ready command that shows what a deployment answers to origin
// (rules.md, "Witnesses").
func curlFor(p *policy.Policy, origin string) string {
	return "curl -s -D - -o /dev/null -H 'Origin: " + origin + "' " + targetURL(p.Scope)
}
