package express

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Origin checks written on the parsed origin: `new URL(origin).hostname ===
// 'localhost'`, `const { hostname } = new URL(origin);
// hostname.endsWith('.example.com')`, `allowedHosts.includes(url.host)`.
// @fastify/cors's README shows the first form. `hostname` drops the scheme
// and the port, `host` keeps the port, so each test becomes an ECMAScript
// pattern over the whole origin with any http(s) scheme (browsers send
// origins of those schemes to servers) and, for hostname, any port.

// urlPart reports whether n is the hostname, host or protocol of the request
// origin parsed by the URL constructor: "hostname", "host", "protocol", or "".
func (r originReader) urlPart(n *node, depth int) string {
	n = unwrap(n)
	f := r.f
	if n == nil || depth > maxEvalDepth || f.spend() {
		return ""
	}
	switch n.typ {
	case "member_expression":
		prop := f.text(n.child("property"))
		if urlParts[prop] && r.isParsedOrigin(n.child("object"), depth+1) {
			return prop
		}
	case "identifier":
		name := f.text(n)
		if isParam(f, n, name) {
			return ""
		}
		bs := f.binds[name]
		if len(bs) > 1 {
			return r.reassignedPart(bs, depth)
		}
		if len(bs) != 1 {
			return ""
		}
		b := bs[0]
		if b.val != nil {
			if f.visiting[b.val] {
				return ""
			}
			f.visiting[b.val] = true
			defer delete(f.visiting, b.val)
			return r.urlPart(b.val, depth+1)
		}
		return r.destructuredPart(b.at, depth)
	}
	return ""
}

// reassignedPart reads a name assigned more than once when every value
// that is not empty is the same part of the parsed origin: `let host = ”;
// try { host = new URL(origin).host; } catch { host = ”; }`. The empty
// string never equals an allowed host, so the tests on the name are tests
// on that part.
func (r originReader) reassignedPart(bs []binding, depth int) string {
	f := r.f
	part := ""
	for _, b := range bs {
		if b.val == nil || f.visiting[b.val] {
			return ""
		}
		if v := f.eval(b.val, depth+1); v.kind == vNull || v.kind == vUndefined || v.kind == vString && v.text == "" {
			continue
		}
		f.visiting[b.val] = true
		p := r.urlPart(b.val, depth+1)
		delete(f.visiting, b.val)
		if p == "" || part != "" && p != part {
			return ""
		}
		part = p
	}
	return part
}

// urlParts are the URL properties an origin check is written on.
// `protocol` (`'https:'`) narrows the scheme of a host test
// (`protocol === 'https:' && hostname.endsWith('.example.com')`).
var urlParts = map[string]bool{"hostname": true, "host": true, "protocol": true}

// destructuredPart reads `const { hostname } = new URL(origin)` and
// `const { host: h } = url`: at is the pattern that binds the name.
func (r originReader) destructuredPart(at *node, depth int) string {
	f := r.f
	key := ""
	switch at.typ {
	case "shorthand_property_identifier_pattern":
		key = f.text(at)
	case "pair_pattern":
		key = f.text(at.child("key"))
	}
	if !urlParts[key] {
		return ""
	}
	pat := at.parent
	if pat == nil || pat.typ != "object_pattern" || pat.parent == nil || pat.parent.typ != "variable_declarator" {
		return ""
	}
	if r.isParsedOrigin(pat.parent.child("value"), depth+1) {
		return key
	}
	return ""
}

// isParsedOrigin reports `new URL(origin)`, or a name bound once to it.
func (r originReader) isParsedOrigin(n *node, depth int) bool {
	n = unwrap(n)
	f := r.f
	if n == nil || depth > maxEvalDepth {
		return false
	}
	switch n.typ {
	case "new_expression":
		args := callArgs(n)
		return f.text(n.child("constructor")) == "URL" && len(args) >= 1 && r.isOrigin(args[0], depth+1)
	case "identifier":
		name := f.text(n)
		if isParam(f, n, name) {
			return false
		}
		if bs := f.binds[name]; len(bs) == 1 && bs[0].val != nil && !f.visiting[bs[0].val] {
			f.visiting[bs[0].val] = true
			defer delete(f.visiting, bs[0].val)
			return r.isParsedOrigin(bs[0].val, depth+1)
		}
	}
	return false
}

// hostMatcher is the origin pattern of one test on a URL part: kind is how
// the part is compared with s (exact, prefix, suffix, contains).
func hostMatcher(part string, kind policy.MatcherKind, s *value) policy.Matcher {
	if part == "protocol" {
		// URL#protocol is the scheme and its colon: `https:`.
		return policy.Matcher{
			Kind: policy.MatchRegex, Value: "^" + regexp.QuoteMeta(strings.TrimSuffix(s.text, ":")) + "://", Dialect: policy.DialectECMAScript,
			Mode: policy.ModeSearch, Span: s.span, EnvFallback: s.envFallback, Dev: s.dev,
		}
	}
	port := `(?::\d+)?`
	if part == "host" {
		port = "" // host carries the port itself
	}
	q := regexp.QuoteMeta(s.text)
	var pat string
	switch kind {
	case policy.MatchSuffix:
		pat = `^https?://[^/]*` + q + port + `$`
	case policy.MatchPrefix:
		pat = `^https?://` + q + `[^/]*$`
	case policy.MatchContains:
		pat = `^https?://[^/]*` + q + `[^/]*$`
	default:
		pat = `^https?://` + q + port + `$`
	}
	return policy.Matcher{
		Kind: policy.MatchRegex, Value: pat, Dialect: policy.DialectECMAScript, Mode: policy.ModeSearch,
		Span: s.span, EnvFallback: s.envFallback, Dev: s.dev,
	}
}

// hostCompare reads `part === 'x'` (and !==) when one side is a URL part of
// the origin; ok is false otherwise.
func (r originReader) hostCompare(l, rt *node, neg bool, depth int) (otest, bool) {
	part := r.urlPart(l, depth+1)
	other := rt
	if part == "" {
		part, other = r.urlPart(rt, depth+1), l
	}
	if part == "" {
		return otest{}, false
	}
	v := r.f.eval(other, depth+1)
	if v.kind != vString {
		t := unknownTest("a comparison of the origin's " + part + " with " + v.note)
		t.env = v.configured()
		return t, true
	}
	t := otest{kind: tSet, ms: []policy.Matcher{hostMatcher(part, policy.MatchExact, v)}}
	if neg {
		return t.not(), true
	}
	return t, true
}

// hostListTest is `list.includes(part)`: one pattern per listed host.
func hostListTest(part string, list *value) otest {
	if list.kind != vArray {
		t := unknownTest("a list of hosts from " + list.note)
		t.env = list.configured()
		return t
	}
	var ms []policy.Matcher
	for _, it := range list.items {
		if it.kind == vString {
			ms = append(ms, hostMatcher(part, policy.MatchExact, it))
		}
	}
	return otest{kind: tSet, ms: ms}
}

// hostMethodTest is `part.endsWith(s)` and its kin.
func (r originReader) hostMethodTest(call *node, part, method string, args []*node, depth int) otest {
	if part == "protocol" {
		// Only equality and list membership are modelled for the scheme.
		return unknownTest("a test of the origin's protocol")
	}
	var kind policy.MatcherKind
	switch method {
	case "endsWith":
		kind = policy.MatchSuffix
	case "startsWith":
		kind = policy.MatchPrefix
	case "includes", "indexOf":
		kind = policy.MatchContains
	default:
		return unknownTest("a test of the origin's " + part)
	}
	if len(args) == 0 {
		return unknownTest("a test of the origin's " + part)
	}
	a := r.f.eval(args[0], depth+1)
	if a.kind != vString {
		t := unknownTest("a test of the origin's " + part + " against " + a.note)
		t.env = a.configured()
		return t
	}
	m := hostMatcher(part, kind, a)
	m.Span = testSpan(r.f, call, args[0], a)
	return otest{kind: tSet, ms: []policy.Matcher{m}}
}
