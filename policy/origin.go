package policy

import (
	"strconv"
	"strings"
)

// defaultPort is the port a browser omits when it serializes an origin of
// scheme (whatwg/url "default port"; semantics.md §1, Origin header values).
func defaultPort(scheme string) (int, bool) {
	switch scheme {
	case "http", "ws":
		return 80, true
	case "https", "wss":
		return 443, true
	case "ftp":
		return 21, true
	}
	return 0, false
}

// ParseOrigin reads the origin a configured value denotes, the way a browser
// would serialize it: scheme and host lower-cased, the default port dropped.
// It is lenient on purpose (a path, query or user info is ignored, as in a URL's
// origin) so that rules can build witnesses from values users wrote; use
// IsValidOriginValue to judge whether the value itself can equal an Origin
// header. ok is false for `null`, a value without `scheme://`, an empty host
// (except `file://`, which some browsers send) or a malformed host or port.
// An IPv6 host keeps its brackets, so scheme://host[:port] rebuilds the origin.
func ParseOrigin(s string) (scheme, host, port string, ok bool) {
	p, ok := splitOrigin(s)
	if !ok {
		return "", "", "", false
	}
	scheme = strings.ToLower(p.scheme)
	host = strings.ToLower(p.host)
	if !validHost(host) {
		return "", "", "", false
	}
	if host == "" && scheme != "file" {
		return "", "", "", false
	}
	if p.hasPort {
		if p.port != "" {
			n, err := strconv.Atoi(p.port)
			if !allDigits(p.port) || err != nil || n > 65535 {
				return "", "", "", false
			}
			if def, ok := defaultPort(scheme); !ok || n != def {
				port = strconv.Itoa(n)
			}
		}
	}
	return scheme, host, port, true
}

// NormalizeOrigin returns the serialized origin s denotes (see ParseOrigin).
func NormalizeOrigin(s string) (string, bool) {
	scheme, host, port, ok := ParseOrigin(s)
	if !ok {
		return "", false
	}
	out := scheme + "://" + host
	if port != "" {
		out += ":" + port
	}
	return out, true
}

// HostOf returns the lower-cased host of an origin ("https://a.example.com:8443"
// → "a.example.com"), or "" when s is not an origin with a host (`null`).
func HostOf(origin string) string {
	_, host, _, ok := ParseOrigin(origin)
	if !ok {
		return ""
	}
	return host
}

// IsValidOriginValue reports whether s can ever be byte-equal to an Origin
// header a browser sends (CORS011). When it cannot, reason completes the
// sentence "the value ...", e.g. "has a trailing slash". `null` is valid (opaque
// origins send it), and so is `file://`, which some Chrome-on-Android builds
// sent (semantics.md §1). The wildcard `*` is not an origin.
func IsValidOriginValue(s string) (valid bool, reason string) {
	switch {
	case s == "":
		return false, "is empty"
	case s == "null", s == "file://":
		return true, ""
	case s == "*":
		return false, "is the wildcard `*`, not an origin"
	case strings.TrimSpace(s) != s || strings.ContainsAny(s, " \t\r\n"):
		return false, "contains whitespace"
	}
	p, ok := splitOrigin(s)
	if !ok {
		if strings.Contains(s, "://") {
			return false, "has an invalid scheme"
		}
		return false, "has no scheme (browsers send scheme://host)"
	}
	switch {
	case p.rest == "/":
		return false, "has a trailing slash"
	case strings.HasPrefix(p.rest, "/"):
		return false, "has a path"
	case strings.HasPrefix(p.rest, "?"):
		return false, "has a query"
	case strings.HasPrefix(p.rest, "#"):
		return false, "has a fragment"
	case p.userinfo:
		return false, "has user info"
	case p.host == "":
		return false, "has no host"
	case !isASCII(p.host):
		return false, "has a non-ASCII host (browsers send punycode)"
	case !validHost(p.host):
		return false, "has a character that is not allowed in a host"
	case strings.HasPrefix(p.host, ".") || strings.Contains(p.host, ".."):
		// Typically a Django-style ".example.com" host turned into an
		// origin: no site's origin has an empty DNS label.
		return false, "has an empty DNS label (a leading dot or two dots in a row)"
	}
	if p.hasPort {
		if p.port == "" {
			return false, "has an empty port"
		}
		n, err := strconv.Atoi(p.port)
		if err != nil || !allDigits(p.port) || n > 65535 {
			return false, "has an invalid port"
		}
		if def, ok := defaultPort(strings.ToLower(p.scheme)); ok && n == def {
			return false, "spells out the default port " + p.port + " (browsers omit it)"
		}
		if strconv.Itoa(n) != p.port {
			return false, "has a port with leading zeros"
		}
	}
	if p.scheme != strings.ToLower(p.scheme) || p.host != strings.ToLower(p.host) {
		return false, "has upper case (browsers send scheme and host in lower case)"
	}
	return true, ""
}

// originParts is an origin-like string cut at its syntax, nothing normalized.
type originParts struct {
	scheme   string
	userinfo bool
	host     string
	hasPort  bool
	port     string
	rest     string // path, query or fragment, with its leading delimiter
}

// splitOrigin cuts s as scheme://[userinfo@]host[:port][rest]. It fails when
// the scheme is missing or not a URL scheme, or the authority is unbalanced.
func splitOrigin(s string) (originParts, bool) {
	var p originParts
	i := strings.Index(s, "://")
	if i <= 0 || !validScheme(s[:i]) {
		return p, false
	}
	p.scheme = s[:i]
	auth := s[i+3:]
	if j := strings.IndexAny(auth, "/?#"); j >= 0 {
		auth, p.rest = auth[:j], auth[j:]
	}
	if j := strings.LastIndex(auth, "@"); j >= 0 {
		p.userinfo = true
		auth = auth[j+1:]
	}
	if strings.HasPrefix(auth, "[") {
		end := strings.Index(auth, "]")
		if end < 0 {
			return p, false
		}
		p.host = auth[:end+1]
		after := auth[end+1:]
		if after != "" {
			if after[0] != ':' {
				return p, false
			}
			p.hasPort, p.port = true, after[1:]
		}
		return p, true
	}
	if j := strings.LastIndex(auth, ":"); j >= 0 {
		p.hasPort, p.port = true, auth[j+1:]
		auth = auth[:j]
	}
	p.host = auth
	return p, true
}

// validScheme follows RFC 3986: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
func validScheme(s string) bool {
	for i, c := range []byte(s) {
		isAlpha := (c|0x20) >= 'a' && (c|0x20) <= 'z'
		if i == 0 && !isAlpha {
			return false
		}
		if !isAlpha && (c < '0' || c > '9') && c != '+' && c != '-' && c != '.' {
			return false
		}
	}
	return s != ""
}

// validHost rejects the forbidden host code points of whatwg/url (controls,
// space, # % / : < > ? @ [ \ ] ^ | DEL), brackets of an IPv6 literal aside.
func validHost(h string) bool {
	if strings.HasPrefix(h, "[") && strings.HasSuffix(h, "]") {
		inner := h[1 : len(h)-1]
		return inner != "" && strings.Trim(inner, "0123456789abcdefABCDEF:.") == ""
	}
	for _, c := range []byte(h) {
		if c <= 0x20 || c == 0x7f || strings.IndexByte("#%/:<>?@[\\]^|", c) >= 0 {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func isASCII(s string) bool {
	for _, c := range []byte(s) {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
