package flask

import (
	"regexp"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// An origin check often looks at a piece of the parsed origin:
// `urlparse(origin).netloc in ALLOWED_HOSTS`, `parsed.hostname.endswith(...)`.
// Such a test says nothing about the rest of the origin (a netloc test
// accepts `http://` as well as `https://`), so each is written as a Python
// pattern, full-matched against the whole origin, that accepts exactly the
// origins whose piece passes.

// partPatterns are the whole-origin patterns around a piece: before and
// after the tested text. urllib's hostname (the netloc without the port,
// lower-cased) needs none: a HostOnly matcher compares the host alone.
var partPatterns = map[string][2]string{
	"netloc": {`[A-Za-z][A-Za-z0-9+.-]*://`, ``},
	"scheme": {``, `://[\s\S]*`},
}

// partChars is what the rest of a piece may hold around a suffix, prefix or
// substring test.
var partChars = map[string]string{"netloc": `[^/]*`, "scheme": `[A-Za-z0-9+.-]*`}

// originPart reports which piece of the request origin n is: "netloc",
// "hostname" or "scheme" of urlparse(origin) / urlsplit(origin), directly or
// through names bound once.
func (x *extractor) originPart(n *python.Node, s *python.Scope) string {
	return x.originPartDepth(n, s, 0)
}

func (x *extractor) originPartDepth(n *python.Node, s *python.Scope, depth int) string {
	if n == nil || depth > 8 {
		return ""
	}
	m := x.m
	switch n.Type {
	case "attribute":
		attr := m.Text(n.Child("attribute"))
		if _, ok := partPatterns[attr]; (ok || attr == "hostname") && x.parsedOrigin(n.Child("object"), s, depth+1) {
			return attr
		}
	case "identifier":
		if v, sc, ok := binding(s, m.Text(n)); ok {
			return x.originPartDepth(v, sc, depth+1)
		}
	case "parenthesized_expression":
		if kids := n.NamedChildren(); len(kids) == 1 {
			return x.originPartDepth(kids[0], s, depth+1)
		}
	case "boolean_operator":
		// `urlparse(origin).hostname or ""`: the piece, or an empty string
		// that no test of a real host accepts.
		if op := n.Child("operator"); op != nil && op.Type == "or" {
			return x.originPartDepth(n.Child("left"), s, depth+1)
		}
	}
	return ""
}

// parsedOrigin reports whether n is urlparse(origin) or urlsplit(origin).
func (x *extractor) parsedOrigin(n *python.Node, s *python.Scope, depth int) bool {
	if n == nil || depth > 8 {
		return false
	}
	m := x.m
	switch n.Type {
	case "call":
		q := m.QualName(n.Child("function"))
		switch q {
		case "urlparse", "urlsplit", "urllib.parse.urlparse", "urllib.parse.urlsplit", "parse.urlparse", "parse.urlsplit":
		default:
			return false
		}
		a := m.CallArgs(n)
		return len(a.Positional) >= 1 && x.originRef(a.Positional[0], s)
	case "identifier":
		if v, sc, ok := binding(s, m.Text(n)); ok {
			return x.parsedOrigin(v, sc, depth+1)
		}
	}
	return false
}

// partMatcher is the whole-origin matcher for a test of piece part: exact
// (==, in), suffix (endswith), prefix (startswith) or contains (`x in part`).
// It points at span.
func partMatcher(part string, kind policy.MatcherKind, v python.Value, span policy.Span) policy.Matcher {
	if part == "hostname" {
		// The host alone, whatever the scheme or port: what HostOnly means.
		return policy.Matcher{Kind: kind, Value: v.Str, HostOnly: true, IgnoreCase: true,
			Span: span, Dev: v.Dev, EnvFallback: v.EnvVar}
	}
	around := partPatterns[part]
	q := regexp.QuoteMeta(v.Str)
	rest := partChars[part]
	var mid string
	switch kind {
	case policy.MatchSuffix:
		mid = rest + q
	case policy.MatchPrefix:
		mid = q + rest
	case policy.MatchContains:
		mid = rest + q + rest
	default:
		mid = q
	}
	return policy.Matcher{
		Kind: policy.MatchRegex, Value: around[0] + mid + around[1], Dialect: policy.DialectPython,
		Mode: policy.ModeFull, IgnoreCase: part == "scheme",
		Span: span, Dev: v.Dev, EnvFallback: v.EnvVar,
	}
}

// testSpan is where a test on a piece of the origin points: at the string
// when it is written in the test, else at the test. The hosts of a list are
// usually right; what needs changing is the test that ignores the scheme
// (or the dot boundary).
func (x *extractor) testSpan(test, arg *python.Node, v python.Value) policy.Span {
	if arg != nil && (arg.Type == "string" || arg.Type == "concatenated_string") {
		return v.Span
	}
	return x.m.Span(test)
}

// classifyPartCompare handles `part == "x"`, `part in ALLOWED` and
// `"x" in part` for a piece of the parsed origin. done is false when neither
// side is such a piece. The caller has applied negation: the test is
// positive here.
func (x *extractor) classifyPartCompare(test, left, right *python.Node, op string, s *python.Scope) (ms []policy.Matcher, relevant, ok, done bool) {
	if part := x.originPart(left, s); part != "" {
		v := x.eval(s, right)
		var items []python.Value
		switch {
		case op == "==" && v.Kind == python.Str:
			items = []python.Value{v}
		case op == "in" && v.Kind == python.Str:
			// `netloc in "a.example.com b.example.com"`: the piece may be any
			// substring; not written as a pattern.
			return nil, true, false, true
		case op == "in":
			if v.Kind == python.Dict {
				for _, p := range v.Pairs {
					items = append(items, p.Key)
				}
				v = python.Value{Kind: python.List, Items: items, Partial: v.Partial, Span: v.Span}
			}
			got, good := v.Strings()
			if !good {
				return nil, true, false, true
			}
			items = got
		default:
			return nil, true, false, true
		}
		for _, it := range items {
			ms = append(ms, partMatcher(part, policy.MatchExact, it, x.testSpan(test, right, it)))
		}
		return ms, true, true, true
	}
	if part := x.originPart(right, s); part != "" && op == "in" {
		v := x.eval(s, left)
		if v.Kind != python.Str {
			return nil, true, false, true
		}
		return []policy.Matcher{partMatcher(part, policy.MatchContains, v, x.testSpan(test, left, v))}, true, true, true
	}
	return nil, false, false, false
}

// classifyPartCall handles part.endswith(...) and part.startswith(...).
func (x *extractor) classifyPartCall(call, fn *python.Node, method string, a python.Args, neg bool, s *python.Scope) (ms []policy.Matcher, relevant, ok, done bool) {
	if (method != "endswith" && method != "startswith") || fn.Type != "attribute" || len(a.Positional) != 1 {
		return nil, false, false, false
	}
	part := x.originPart(fn.Child("object"), s)
	if part == "" {
		return nil, false, false, false
	}
	if neg {
		return nil, true, true, true
	}
	items, good := x.eval(s, a.Positional[0]).Strings()
	if !good {
		return nil, true, false, true
	}
	kind := policy.MatchSuffix
	if method == "startswith" {
		kind = policy.MatchPrefix
	}
	for _, it := range items {
		ms = append(ms, partMatcher(part, kind, it, x.testSpan(call, a.Positional[0], it)))
	}
	return ms, true, true, true
}
