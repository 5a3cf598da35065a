package flask

import (
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// originRef reports whether n is the request origin (or a name for it).
func (x *extractor) originRef(n *python.Node, s *python.Scope) bool {
	return x.isOriginParam(n, s) || echoOf(x.m, s, n, "origin", 0)
}

// mentionsOrigin reports whether n reads the request origin, also through
// names bound once (`host = urlparse(origin).hostname; if host in ...`):
// such a test restricts the origin and must not be skipped.
func (x *extractor) mentionsOrigin(n *python.Node, s *python.Scope) bool {
	return x.mentionsOriginDepth(n, s, 0)
}

func (x *extractor) mentionsOriginDepth(n *python.Node, s *python.Scope, depth int) bool {
	if depth > 8 {
		return false
	}
	if x.originRef(n, s) {
		return true
	}
	if n.Type == "identifier" {
		if v, sc, ok := binding(s, x.m.Text(n)); ok {
			return x.mentionsOriginDepth(v, sc, depth+1)
		}
		return false
	}
	for _, c := range n.Children {
		if x.mentionsOriginDepth(c, s, depth) {
			return true
		}
	}
	return false
}

// classify turns an origin check into matchers. relevant is false when the
// condition does not look at the origin; ok is false when it does but
// cannot be evaluated; nil matchers with ok mean "no restriction" (a
// truthiness test, or a negative check that lets every other origin pass).
func (x *extractor) classify(c *python.Node, neg bool, s *python.Scope) (ms []policy.Matcher, relevant, ok bool) {
	if c == nil || !x.mentionsOrigin(c, s) {
		return nil, false, true
	}
	if x.originRef(c, s) || x.originPart(c, s) != "" {
		// A truthiness test of the origin or of one of its pieces
		// (`not parts.hostname`) restricts nothing a browser sends.
		return nil, true, true
	}
	switch c.Type {
	case "parenthesized_expression":
		if kids := c.NamedChildren(); len(kids) == 1 {
			return x.classify(kids[0], neg, s)
		}
	case "not_operator":
		return x.classify(c.Child("argument"), !neg, s)
	case "boolean_operator":
		return x.classifyBool(c, neg, s)
	case "comparison_operator":
		return x.classifyCompare(c, neg, s)
	case "call":
		return x.classifyCall(c, neg, s)
	}
	return nil, true, false
}

func (x *extractor) classifyBool(c *python.Node, neg bool, s *python.Scope) ([]policy.Matcher, bool, bool) {
	op := c.Child("operator")
	if op == nil {
		return nil, true, false
	}
	// De Morgan: a negated `or` is an `and` of negations.
	conj := (op.Type == "and") != neg
	lm, lrel, lok := x.classify(c.Child("left"), neg, s)
	rm, rrel, rok := x.classify(c.Child("right"), neg, s)
	return combineTests(conj, lm, lrel, lok, rm, rrel, rok)
}

// combineTests joins the results of two classified tests: conj when both
// must hold, otherwise either may.
func combineTests(conj bool, lm []policy.Matcher, lrel, lok bool, rm []policy.Matcher, rrel, rok bool) ([]policy.Matcher, bool, bool) {
	if !lok || !rok {
		return nil, true, false
	}
	if conj {
		// Both must hold: one restricting side is the restriction.
		switch {
		case lm != nil && rm != nil:
			ms, ok := intersectSets(lm, rm)
			return ms, true, ok
		case lm != nil:
			return lm, true, true
		case rm != nil:
			return rm, true, true
		}
		return nil, true, true
	}
	// Either may hold: a side that does not restrict the origin (or does
	// not look at it) lets any origin through.
	if !lrel || !rrel {
		return nil, true, false
	}
	if lm == nil || rm == nil {
		return nil, true, true
	}
	return append(lm, rm...), true, true
}

func (x *extractor) classifyCompare(c *python.Node, neg bool, s *python.Scope) ([]policy.Matcher, bool, bool) {
	m := x.m
	kids := c.NamedChildren()
	op := ""
	for _, ch := range c.Children {
		if ch.Field == "operators" {
			op = strings.Join(strings.Fields(m.Text(ch)), " ")
		}
	}
	if len(kids) != 2 || op == "" {
		return nil, true, false
	}
	// pos: the test passes only for the values it names (`origin in
	// ALLOWED`, `origin is None`); negative tests let every other origin in.
	positive := map[string]bool{"in": true, "==": true, "is": true, "not in": false, "!=": false, "is not": false}
	pos, known := positive[op]
	if !known {
		return nil, true, false
	}
	if neg {
		pos = !pos
	}
	if !pos {
		// `origin != x`, `origin not in BLOCKED`, `origin is not None`: every
		// other origin passes.
		return nil, true, true
	}
	if neg {
		// A negated negative test is the positive one: what passes an
		// `if parts.scheme != "https": return` guard is `scheme == "https"`.
		op = map[string]string{"!=": "==", "not in": "in", "is not": "is"}[op]
	}
	left, right := kids[0], kids[1]
	if ms, rel, ok, done := x.classifyPartCompare(c, left, right, op, s); done {
		return ms, rel, ok
	}
	switch {
	case x.originRef(left, s) && (op == "in" || op == "not in"):
		v := x.eval(s, right)
		if v.Kind == python.Dict {
			var keys []python.Value
			for _, p := range v.Pairs {
				keys = append(keys, p.Key)
			}
			v = python.Value{Kind: python.List, Items: keys, Partial: v.Partial, Span: v.Span}
		}
		if v.Kind == python.Str {
			// `origin in "https://a.example.com https://b.example.com"` is a
			// substring test: any piece of the string passes, such as
			// `https://a.example.co`.
			return []policy.Matcher{{Kind: policy.MatchWithin, Value: v.Str, Span: v.Span, Dev: v.Dev, EnvFallback: v.EnvVar}}, true, true
		}
		if v.Kind != python.List {
			return nil, true, false
		}
		items, ok := v.Strings()
		if !ok {
			return nil, true, false
		}
		var ms []policy.Matcher
		for _, it := range items {
			ms = append(ms, matcher(it, policy.MatchExact, false))
		}
		return ms, true, true
	case x.originRef(left, s) && (op == "==" || op == "!="):
		v := x.eval(s, right)
		if v.Kind == python.None {
			return nil, true, true
		}
		if v.Kind != python.Str {
			return nil, true, false
		}
		return []policy.Matcher{matcher(v, policy.MatchExact, false)}, true, true
	case x.originRef(right, s) && (op == "in" || op == "not in"):
		v := x.eval(s, left)
		if v.Kind != python.Str {
			return nil, true, false
		}
		return []policy.Matcher{{Kind: policy.MatchContains, Value: v.Str, Span: v.Span, Dev: v.Dev, EnvFallback: v.EnvVar}}, true, true
	}
	return nil, true, false
}

func (x *extractor) classifyCall(c *python.Node, neg bool, s *python.Scope) ([]policy.Matcher, bool, bool) {
	m := x.m
	fn := c.Child("function")
	if fn == nil {
		return nil, true, false
	}
	if gen := c.Child("arguments"); gen != nil && gen.Type == "generator_expression" && m.QualName(fn) == "any" {
		return x.classifyAny(gen, neg, s)
	}
	if a := m.CallArgs(c); m.QualName(fn) == "bool" && len(a.Positional) == 1 {
		// bool(PATTERN.match(origin)) tests what it wraps.
		return x.classify(a.Positional[0], neg, s)
	}
	if ms, rel, ok, done := x.classifyHelper(c, neg, s); done {
		return ms, rel, ok
	}
	a := m.CallArgs(c)
	method := ""
	if fn.Type == "attribute" {
		method = m.Text(fn.Child("attribute"))
	}
	if ms, rel, ok, done := x.classifyPartCall(c, fn, method, a, neg, s); done {
		return ms, rel, ok
	}
	// origin.endswith(".example.com") / startswith(...)
	if (method == "endswith" || method == "startswith") && x.originRef(fn.Child("object"), s) && len(a.Positional) == 1 {
		if neg {
			return nil, true, true
		}
		kind := policy.MatchSuffix
		if method == "startswith" {
			kind = policy.MatchPrefix
		}
		items, ok := x.eval(s, a.Positional[0]).Strings()
		if !ok {
			return nil, true, false
		}
		var ms []policy.Matcher
		for _, it := range items {
			// At the string when the test spells it, else at the test: a
			// named constant is usually the right origin, tested wrongly.
			ms = append(ms, policy.Matcher{Kind: kind, Value: it.Str, Span: x.testSpan(c, a.Positional[0], it), Dev: it.Dev, EnvFallback: it.EnvVar})
		}
		return ms, true, true
	}
	modes := map[string]policy.MatchMode{"match": policy.ModePrefix, "fullmatch": policy.ModeFull, "search": policy.ModeSearch}
	mode, isRe := modes[method]
	if !isRe {
		return nil, true, false
	}
	if neg {
		return nil, true, true
	}
	var pat python.Value
	var flags *python.Node
	switch q := m.QualName(fn); {
	case q == "re."+method && len(a.Positional) >= 2 && x.originRef(a.Positional[1], s):
		// re.match(pattern, origin[, flags])
		pat = x.eval(s, a.Positional[0])
		if len(a.Positional) > 2 {
			flags = a.Positional[2]
		}
		if f := a.Keyword("flags"); f != nil {
			flags = f
		}
	case len(a.Positional) == 1 && x.originRef(a.Positional[0], s):
		// PATTERN.match(origin) with PATTERN = re.compile(...)
		pat = x.eval(s, fn.Child("object"))
		if pat.Kind != python.Regex {
			return nil, true, false
		}
	default:
		return nil, true, false
	}
	if pat.Kind != python.Str && pat.Kind != python.Regex {
		return nil, true, false
	}
	ignore := pat.IgnoreCase
	if flags != nil {
		f := x.eval(s, flags)
		if f.Kind != python.Int {
			return nil, true, false
		}
		ignore = f.Int&2 != 0
	}
	return []policy.Matcher{{Kind: policy.MatchRegex, Value: pat.Str, Dialect: policy.DialectPython, Mode: mode,
		IgnoreCase: ignore, Span: pat.Span, Dev: pat.Dev, EnvFallback: pat.EnvVar}}, true, true
}
