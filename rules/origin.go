package rules

import (
	"net/netip"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Origin-string helpers on top of policy's ParseOrigin family.

// canonicalOrigin is the serialisation a browser would send for s, or false
// when s is not an origin at all. `null` stays `null`; `file://` is kept, as
// some Chrome-on-Android builds send it (semantics.md 1, Origin header values).
func canonicalOrigin(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "null" {
		return s, true
	}
	return policy.NormalizeOrigin(s)
}

// hostOf returns the lower-cased host of an origin, IPv6 brackets stripped,
// or "".
func hostOf(origin string) string {
	return strings.TrimSuffix(strings.TrimPrefix(policy.HostOf(origin), "["), "]")
}

// schemeOf returns the lower-cased scheme of an origin, or "".
func schemeOf(origin string) string {
	scheme, _, _, ok := policy.ParseOrigin(origin)
	if !ok {
		return ""
	}
	return scheme
}

// isLocalHost reports hosts that only name the user's own machine or network:
// localhost, loopback, RFC 1918 and link-local addresses (CORS007).
func isLocalHost(host string) bool {
	host = strings.TrimSuffix(strings.TrimPrefix(strings.ToLower(host), "["), "]")
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		return true
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return false
	}
	return a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsUnspecified()
}

// hasPlaceholder reports template syntax that makes a value partly unknown
// (rules.md decisions: template placeholders).
func hasPlaceholder(s string) bool {
	return strings.Contains(s, "${") || strings.Contains(s, "{{") || strings.Contains(s, "$(")
}

// pathAfterPlaceholder reports a value whose known text after its last
// placeholder holds a `/` that is not part of `://`: `${APP_URL}/`,
// `https://${HOST}/api`. No origin has a path or a trailing slash, so the
// value is malformed whatever the placeholder holds.
func pathAfterPlaceholder(s string) bool {
	end := -1
	for _, p := range [...]struct{ open, close string }{{"${", "}"}, {"{{", "}}"}, {"$(", ")"}} {
		i := strings.LastIndex(s, p.open)
		if i < 0 {
			continue
		}
		j := strings.Index(s[i:], p.close)
		if j < 0 {
			return false // an unclosed placeholder: nothing after it is known
		}
		end = max(end, i+j+len(p.close))
	}
	if end < 0 {
		return false
	}
	tail := s[end:]
	return strings.Contains(tail, "/") && !strings.Contains(tail, "://")
}
