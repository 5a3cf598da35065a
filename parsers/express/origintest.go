package express

import (
	"regexp"
	"slices"
	"strings"

	"github.com/corslint/corslint/policy"
)

// otestKind is what a condition says about the request origin.
type otestKind int

const (
	tUnknown otestKind = iota // corslint cannot read the condition
	tNone                     // never true
	tAll                      // true for every origin
	tSet                      // true for the origins the matchers accept
	tNotSet                   // true for the origins the matchers reject
	tPresent                  // true when an origin is sent
	tAbsent                   // true when no origin is sent
)

// otest is a condition read as a set of origins.
type otest struct {
	kind otestKind
	ms   []policy.Matcher
	note string // why tUnknown
	env  bool   // the unknown part comes from the environment (configuration, not code)
	// multi: the unknown part is membership in a list kept outside the file,
	// so the origins it lets in are several (an echo of one of them).
	multi bool
	// partial marks a tSet that is only part of what the condition lets
	// in: the union of the set with a condition corslint cannot read
	// (`allowed.includes(origin) || /localhost:\d+$/.test(origin)`). Every
	// origin of the set passes, so findings about them stand; the
	// complement is unknown. note says what was not read.
	partial bool
	// star marks origins answered with the literal `*` rather than an echo
	// (an origin function's `: '*'` fallback), so a policy built from it
	// sends `*` to them (semantics.md §3.5: @koa/cors turns that into an
	// echo only with credentials).
	star bool
}

func unknownTest(note string) otest { return otest{kind: tUnknown, note: note} }

func (t otest) not() otest {
	if t.all() {
		return otest{kind: tNone}
	}
	if t.partial {
		return otest{kind: tUnknown, note: t.note, env: t.env}
	}
	switch t.kind {
	case tNone:
		return otest{kind: tAll}
	case tAll:
		return otest{kind: tNone}
	case tSet:
		return otest{kind: tNotSet, ms: t.ms}
	case tNotSet:
		return otest{kind: tSet, ms: t.ms}
	case tPresent:
		return otest{kind: tAbsent}
	case tAbsent:
		return otest{kind: tPresent}
	}
	return t
}

// all reports a test true for every origin: tAll, or a set holding an
// allow-all entry (kept as an entry so findings point at it).
func (t otest) all() bool {
	if t.kind == tAll {
		return true
	}
	if t.kind != tSet {
		return false
	}
	for _, m := range t.ms {
		if m.Kind == policy.MatchAll {
			return true
		}
	}
	return false
}

// or is the union. A request without an origin is not a CORS request, so
// `!origin || ...` adds nothing that matters.
func or(a, b otest) otest {
	switch {
	case a.kind == tAll || b.kind == tAll:
		return otest{kind: tAll, star: starOrNarrow(a) && starOrNarrow(b)}
	case a.all():
		return a // an allow-all entry takes in the rest
	case b.all():
		return b
	case complementary(a, b):
		// `allowed.includes(o) ? o : '*'`: the list and everything outside
		// it, which is every origin.
		return otest{kind: tAll, star: a.kind == tNotSet && a.star || b.kind == tNotSet && b.star}
	case a.kind == tUnknown && b.kind == tSet:
		return partialUnion(b, a)
	case b.kind == tUnknown && a.kind == tSet:
		return partialUnion(a, b)
	case a.kind == tUnknown:
		return a
	case b.kind == tUnknown:
		return b
	case a.kind == tNone || a.kind == tAbsent:
		return b
	case b.kind == tNone || b.kind == tAbsent:
		return a
	case a.kind == tPresent || b.kind == tPresent:
		return otest{kind: tAll}
	case a.kind == tSet && b.kind == tSet:
		return otest{kind: tSet, ms: append(append([]policy.Matcher{}, a.ms...), b.ms...),
			partial: a.partial || b.partial, note: firstNote(a, b), env: a.env || b.env}
	}
	return unknownTest("a condition that accepts origins outside a list")
}

// starOrNarrow reports a test that echoes no unlisted origin: one answered
// with `*`, or one limited to a set (or to nothing).
func starOrNarrow(t otest) bool {
	return t.star || t.kind == tSet || t.kind == tNone || t.kind == tAbsent
}

// complementary reports a set and its own complement (the same matchers,
// one side negated).
func complementary(a, b otest) bool {
	return (a.kind == tSet && b.kind == tNotSet || a.kind == tNotSet && b.kind == tSet) &&
		!a.partial && !b.partial && slices.Equal(a.ms, b.ms)
}

// firstNote is the note of the first partial test of two.
func firstNote(a, b otest) string {
	if a.partial {
		return a.note
	}
	if b.partial {
		return b.note
	}
	return ""
}

// partialUnion is a known set joined with a condition corslint cannot
// read: at least the set passes.
func partialUnion(set, unknown otest) otest {
	note := unknown.note
	if set.partial && set.note != "" {
		note = set.note
	}
	return otest{kind: tSet, ms: set.ms, partial: true, note: note, env: set.env || unknown.env}
}

// maxIntersections bounds the patterns one `&&` of two origin sets becomes.
const maxIntersections = 16

// and is the intersection, as far as the model can say it: a test that an
// origin is sent adds nothing; two single tests become one ECMAScript
// pattern with lookaheads; excluding some origins from a set is left out
// (it only narrows the set, and witnesses are attacker-made origins).
func and(a, b otest) otest {
	switch {
	case a.kind == tNone || b.kind == tNone:
		return otest{kind: tNone}
	case (a.all() || a.kind == tPresent) && (b.kind == tAll || b.kind == tPresent) && a.kind == tSet:
		return a // keep the allow-all entry: findings point at it
	case a.all() || a.kind == tPresent:
		return b
	case b.all() || b.kind == tPresent:
		a.star = a.star || b.star
		return a
	case a.kind == tAbsent || b.kind == tAbsent:
		return otest{kind: tNone}
	case a.kind == tUnknown:
		return a
	case b.kind == tUnknown:
		return b
	case a.kind == tSet && b.kind == tNotSet:
		return a
	case a.kind == tNotSet && b.kind == tSet:
		return b
	case a.kind == tSet && b.kind == tSet && len(a.ms)*len(b.ms) <= maxIntersections:
		// A and (B1 or B2) is (A and B1) or (A and B2):
		// `protocol === 'https:' && (hostname === 'x' || hostname.endsWith('.x'))`.
		ms := make([]policy.Matcher, 0, len(a.ms)*len(b.ms))
		for _, ma := range a.ms {
			for _, mb := range b.ms {
				m, ok := intersect(ma, mb)
				if !ok {
					return unknownTest("a combination of origin tests corslint cannot model")
				}
				ms = append(ms, m)
			}
		}
		return otest{kind: tSet, ms: ms, partial: a.partial || b.partial, note: firstNote(a, b), env: a.env || b.env}
	}
	return unknownTest("a combination of origin tests corslint cannot model")
}

// intersect writes two matchers as one ECMAScript pattern that accepts
// what both accept: ^(?=A)(?=B), each part matching from the start.
func intersect(a, b policy.Matcher) (policy.Matcher, bool) {
	pa, oka := fromStart(a)
	pb, okb := fromStart(b)
	if !oka || !okb || a.IgnoreCase != b.IgnoreCase {
		return policy.Matcher{}, false
	}
	sp := a.Span
	switch {
	case schemeOnly(a) != schemeOnly(b):
		// A scheme test only narrows a host test: the finding belongs at
		// the host test, the value that lets the attacker in.
		if schemeOnly(a) {
			sp = b.Span
		}
	case before(b.Span.Start, a.Span.Start) && !b.Span.IsZero():
		sp = b.Span
	}
	return policy.Matcher{
		Kind: policy.MatchRegex, Value: "^(?=" + pa + ")(?=" + pb + ")", Dialect: policy.DialectECMAScript,
		Mode: policy.ModeSearch, IgnoreCase: a.IgnoreCase, Span: sp,
	}, true
}

// schemeOnlyRe is the pattern hostMatcher writes for a test of the
// origin's protocol alone.
var schemeOnlyRe = regexp.MustCompile(`^\^[a-z][a-z0-9+.\\-]*://$`)

// schemeOnly reports a matcher that tests the scheme and nothing else
// (`url.protocol === 'https:'`).
func schemeOnly(m policy.Matcher) bool {
	return m.Kind == policy.MatchRegex && schemeOnlyRe.MatchString(m.Value)
}

// fromStart is an ECMAScript pattern, applied at the start of the origin,
// that accepts what m accepts.
func fromStart(m policy.Matcher) (string, bool) {
	q := regexp.QuoteMeta(m.Value)
	switch m.Kind {
	case policy.MatchExact:
		return q + "$", true
	case policy.MatchPrefix:
		return q, true
	case policy.MatchSuffix:
		return `[\s\S]*` + q + "$", true
	case policy.MatchContains:
		return `[\s\S]*` + q, true
	case policy.MatchRegex:
		if m.Dialect == policy.DialectECMAScript && m.Mode == policy.ModeSearch {
			return `[\s\S]*?(?:` + m.Value + ")", true
		}
	}
	return "", false
}

// originReader says which expressions are the request origin: the callback
// parameter, or reads of the Origin request header.
type originReader struct {
	f     *jsfile
	names map[string]bool
	// accepts reports an `if (cond) return <accept>` whose branch lets in
	// every origin cond admits; nil when not reading an origin function.
	// The code after such an exit needs no `!cond` guard: what it lets in
	// is added to cond's origins either way (cond ∪ (¬cond ∩ R) = cond ∪ R),
	// so a condition corslint cannot read does not hide a later check.
	accepts func(ifStmt *node) bool
}

// isOrigin reports whether n evaluates to the request origin.
func (r originReader) isOrigin(n *node, depth int) bool {
	n = unwrap(n)
	if n == nil || depth > maxEvalDepth || r.f.spend() {
		return false
	}
	f := r.f
	switch n.typ {
	case "identifier":
		name := f.text(n)
		if r.names[name] {
			return true
		}
		if isParam(f, n, name) {
			return false
		}
		if bs := f.binds[name]; len(bs) == 1 && bs[0].val != nil && !f.visiting[bs[0].val] {
			f.visiting[bs[0].val] = true
			ok := r.isOrigin(bs[0].val, depth+1)
			delete(f.visiting, bs[0].val)
			return ok
		}
		return false
	case "member_expression", "subscript_expression":
		var prop string
		if n.typ == "member_expression" {
			prop = f.text(n.child("property"))
		} else if idx := unwrap(n.child("index")); idx != nil && idx.typ == "string" {
			prop = stringText(f, idx)
		}
		obj := unwrap(n.child("object"))
		if !strings.EqualFold(prop, "origin") || obj == nil {
			return false
		}
		if prop == "origin" && r.isParsedOrigin(obj, depth+1) {
			// new URL(origin).origin: the origin serialized again, which
			// is what the browser sent.
			return true
		}
		// req.headers.origin, ctx.request.header.origin, ctx.headers.origin;
		// not ctx.origin, which is Koa's own origin (protocol and host).
		last := f.text(obj)
		if i := strings.LastIndexByte(last, '.'); i >= 0 {
			last = last[i+1:]
		}
		return last == "headers" || last == "header"
	case "call_expression":
		fn := unwrap(n.child("function"))
		args := callArgs(n)
		if fn == nil || fn.typ != "member_expression" || len(args) != 1 {
			return false
		}
		m := f.text(fn.child("property"))
		a := unwrap(args[0])
		if a == nil || a.typ != "string" || !strings.EqualFold(stringText(f, a), "origin") {
			return false
		}
		return m == "get" || m == "header" || m == "getHeader" || m == "headers"
	case "binary_expression":
		// `req.headers.origin || '*'`: the fallback only applies when no
		// origin is sent, which is not a CORS request.
		if op := n.op(); op == "||" || op == "??" {
			return r.isOrigin(n.child("left"), depth+1)
		}
	}
	return false
}

// test reads a condition as a set of origins.
func (r originReader) test(cond *node, depth int) otest {
	cond = unwrap(cond)
	f := r.f
	if cond == nil || depth > maxEvalDepth || f.spend() {
		return unknownTest("a condition corslint cannot read")
	}
	if r.isOrigin(cond, depth) {
		return otest{kind: tPresent}
	}
	switch cond.typ {
	case "true":
		return otest{kind: tAll}
	case "false", "null", "undefined":
		return otest{kind: tNone}
	case "unary_expression":
		if cond.op() == "!" {
			return r.test(cond.child("argument"), depth+1).not()
		}
	case "binary_expression":
		return r.binaryTest(cond, depth)
	case "call_expression":
		if fn := unwrap(cond.child("function")); fn != nil && fn.typ == "member_expression" && f.text(fn.child("property")) == "indexOf" {
			return r.bareIndexOf(cond, depth)
		}
		return r.callTest(cond, depth)
	case "identifier":
		// A name bound once to a test: `const ok = list.includes(origin)`.
		name := f.text(cond)
		if bs := f.binds[name]; len(bs) == 1 && bs[0].val != nil && !isParam(f, cond, name) && !f.visiting[bs[0].val] {
			f.visiting[bs[0].val] = true
			t := r.test(bs[0].val, depth+1)
			delete(f.visiting, bs[0].val)
			return t
		}
	case "ternary_expression":
		c := r.test(cond.child("condition"), depth+1)
		return or(and(c, r.test(cond.child("consequence"), depth+1)), and(c.not(), r.test(cond.child("alternative"), depth+1)))
	case "subscript_expression":
		// `ALLOWED[origin]` with ALLOWED an object keyed by origin.
		if r.isOrigin(cond.child("index"), depth+1) {
			return r.keyTest(cond.child("object"), true, depth)
		}
	}
	v := f.eval(cond, depth+1)
	if v.kind != vUnknown {
		if truthy(v) {
			return otest{kind: tAll}
		}
		return otest{kind: tNone}
	}
	t := unknownTest("the test " + shorten(f.text(cond)))
	if cond.typ == "identifier" && v.note != "" {
		t.note = v.note
	}
	t.env = v.configured()
	return t
}

func (r originReader) binaryTest(cond *node, depth int) otest {
	f := r.f
	op := cond.op()
	l, rt := unwrap(cond.child("left")), unwrap(cond.child("right"))
	switch op {
	case "||":
		return or(r.test(l, depth+1), r.test(rt, depth+1))
	case "&&":
		return and(r.test(l, depth+1), r.test(rt, depth+1))
	case "in":
		// `origin in ALLOWED`: a key of the object, whatever its value.
		if r.isOrigin(l, depth+1) {
			return r.keyTest(rt, false, depth)
		}
		return unknownTest("the test " + shorten(f.text(cond)))
	case "===", "==", "!==", "!=", ">", ">=", "<", "<=":
	default:
		return unknownTest("the test " + shorten(f.text(cond)))
	}
	neg := op == "!==" || op == "!="
	if op == "===" || op == "==" || neg {
		if t, ok := r.hostCompare(l, rt, neg, depth); ok {
			return t
		}
		if r.isOrigin(rt, depth+1) {
			l, rt = rt, l
		}
		if r.isOrigin(l, depth+1) {
			v := f.eval(rt, depth+1)
			var t otest
			switch {
			case v.kind == vString && v.text == "null":
				t = otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchNull, Value: "null", Span: v.span}}}
			case v.kind == vString:
				t = otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchExact, Value: v.text, Span: v.span, EnvFallback: v.envFallback, Dev: v.dev}}}
			case v.kind == vNull || v.kind == vUndefined:
				t = otest{kind: tAbsent}
			default:
				t = unknownTest("a comparison with " + v.note)
				t.env = v.configured()
			}
			if neg {
				return t.not()
			}
			return t
		}
	}
	// indexOf compared with a number: found (>= 0) or not found (-1).
	idx, num := l, rt
	if idx == nil || idx.typ != "call_expression" {
		idx, num = rt, l
		op = flip(op)
	}
	if idx == nil || num == nil || idx.typ != "call_expression" || calleeName(f, idx.child("function")) != "indexOf" {
		return unknownTest("the test " + shorten(f.text(cond)))
	}
	n := f.eval(num, depth+1)
	if n.kind != vNumber {
		return unknownTest("the test " + shorten(f.text(cond)))
	}
	found, ok := indexFound(op, n.text)
	if !ok {
		if n.text == "0" && (op == "===" || op == "==") {
			// origin.indexOf('https://x') === 0: a prefix test.
			if fn := unwrap(idx.child("function")); fn != nil && r.isOrigin(fn.child("object"), depth+1) {
				return r.memberTest(idx, "startsWith", depth)
			}
		}
		return unknownTest("the test " + shorten(f.text(cond)))
	}
	t := r.callTest(idx, depth)
	if !found {
		return t.not()
	}
	return t
}

// flip mirrors a comparison for swapped operands.
func flip(op string) string {
	switch op {
	case ">":
		return "<"
	case "<":
		return ">"
	case ">=":
		return "<="
	case "<=":
		return ">="
	}
	return op
}

// indexFound reads `indexOf(...) OP n` as "found" or "not found".
func indexFound(op, n string) (found, ok bool) {
	switch {
	case n == "-1" && (op == "!==" || op == "!=" || op == ">"):
		return true, true
	case n == "-1" && (op == "===" || op == "=="):
		return false, true
	case n == "0" && op == ">=":
		return true, true
	case n == "0" && op == "<":
		return false, true
	}
	return false, false
}

// callTest reads boolean calls about the origin: list membership
// (includes, indexOf, has, some), string tests (endsWith, startsWith,
// includes, indexOf, match), RegExp test, and helper functions.
func (r originReader) callTest(call *node, depth int) otest {
	f := r.f
	fn := unwrap(call.child("function"))
	args := callArgs(call)
	if fn == nil {
		return unknownTest("a call")
	}
	if fn.typ == "identifier" && f.text(fn) == "Boolean" && len(args) == 1 {
		return r.test(args[0], depth+1) // Boolean(x) is as true as x
	}
	if fn.typ == "identifier" || fn.typ == "arrow_function" || fn.typ == "function_expression" {
		return r.helperTest(call, fn, args, depth)
	}
	if fn.typ != "member_expression" {
		return unknownTest("the test " + shorten(f.text(call)))
	}
	method := f.text(fn.child("property"))
	recvNode := fn.child("object")
	if len(args) >= 1 && (method == "includes" || method == "has" || method == "indexOf") {
		if part := r.urlPart(args[0], depth+1); part != "" {
			recv := f.eval(recvNode, depth+1)
			if recv.kind == vString && part == "hostname" && method != "has" {
				// `'https://app.example.com'.includes(hostname)`, often
				// over a list (`FRONTENDS.some((o) => o.includes(hostname))`):
				// every host that is a piece of the string passes, on any
				// scheme and port (`https://example.co`, `http://app.example.com`).
				return otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchWithin, Value: recv.text, HostOnly: true,
					Span: r.f.span(call), EnvFallback: recv.envFallback, Dev: recv.dev}}}
			}
			return hostListTest(part, recv)
		}
	}
	if part := r.urlPart(recvNode, depth+1); part != "" {
		return r.hostMethodTest(call, part, method, args, depth)
	}
	if len(args) >= 1 && (method == "includes" || method == "indexOf" || method == "has") && nonString(args[0]) {
		// `list.indexOf(origin !== -1 || !origin)`: a boolean or number is
		// never an element of a list of strings.
		if recv := f.eval(recvNode, depth+1); onlyStrings(recv) {
			return otest{kind: tNone}
		}
	}
	if method == "hasOwn" && len(args) == 2 && f.text(recvNode) == "Object" && r.isOrigin(args[1], depth+1) {
		return r.keyTest(args[0], false, depth) // Object.hasOwn(ALLOWED, origin)
	}
	if len(args) >= 1 && r.isOrigin(args[0], depth+1) {
		if method == "hasOwnProperty" {
			return r.keyTest(recvNode, false, depth)
		}
		if method == "get" {
			if keys, ok := f.truthyMapKeys(recvNode, depth+1); ok {
				return listTest(keys)
			}
		}
		recv := f.eval(recvNode, depth+1)
		switch method {
		case "includes", "indexOf", "has":
			return r.membership(recv, call, depth)
		case "test", "exec":
			if recv.kind == vRegExp {
				return otest{kind: tSet, ms: []policy.Matcher{regexpMatcher(recv)}}
			}
		}
		t := unknownTest("a test against " + recv.note)
		t.env = recv.configured()
		return t
	}
	if r.isOrigin(recvNode, depth+1) {
		return r.memberTest(call, method, depth)
	}
	if (method == "some" || method == "find" || method == "findIndex") && len(args) == 1 {
		return r.someTest(f.eval(recvNode, depth+1), args[0], depth)
	}
	return unknownTest("the test " + shorten(f.text(call)))
}

// memberTest reads origin.endsWith(s) and its kin.
func (r originReader) memberTest(call *node, method string, depth int) otest {
	f := r.f
	args := callArgs(call)
	if len(args) == 0 {
		return unknownTest("the test " + shorten(f.text(call)))
	}
	a := f.eval(args[0], depth+1)
	kind := policy.MatchExact
	switch method {
	case "endsWith":
		kind = policy.MatchSuffix
	case "startsWith":
		kind = policy.MatchPrefix
	case "includes", "indexOf":
		kind = policy.MatchContains
	case "match", "search", "matchAll":
		if a.kind == vRegExp {
			return otest{kind: tSet, ms: []policy.Matcher{regexpMatcher(a)}}
		}
		if a.kind == vString && method != "search" {
			// String#match turns a string into a RegExp. Like a substring
			// test, it points at the string when written in the call and at
			// the call when the string comes from a name
			// (`domains.find((d) => origin.match(d))`): the test is what
			// the user would change there, not the list of domains.
			return otest{kind: tSet, ms: []policy.Matcher{regexpMatcher(&value{kind: vRegExp, text: a.text, span: testSpan(f, call, args[0], a)})}}
		}
		return unknownTest("the test " + shorten(f.text(call)))
	default:
		return unknownTest("the test " + shorten(f.text(call)))
	}
	if a.kind != vString {
		t := unknownTest("the test " + shorten(f.text(call)))
		t.env = a.configured()
		return t
	}
	return otest{kind: tSet, ms: []policy.Matcher{{Kind: kind, Value: a.text, Span: testSpan(f, call, args[0], a), EnvFallback: a.envFallback, Dev: a.dev}}}
}

// testSpan is where a prefix, suffix or substring test points: at the
// string when it is written in the call, else at the call. When the string
// comes from a name (`FRONTENDS.some((o) => origin.startsWith(o))`), the
// test is what the user would change, not the list of trusted origins.
func testSpan(f *jsfile, call, arg *node, a *value) policy.Span {
	if arg = unwrap(arg); arg != nil && (arg.typ == "string" || arg.typ == "template_string") {
		return a.span
	}
	return f.span(call)
}

// membership is membership of the request origin in an evaluated list (or
// in one string, a substring test). An
// element that is the request origin itself (`[..., req.headers.origin]`)
// makes the test pass for every origin: it becomes an allow-all entry at
// that element, the value to remove.
func (r originReader) membership(list *value, call *node, depth int) otest {
	if list.kind == vString {
		// `'https://a.example https://b.example'.includes(origin)`: a
		// substring test on one string, not a list. The finding points at
		// the test, which is what has to change.
		return otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchWithin, Value: list.text, Span: r.f.span(call),
			EnvFallback: list.envFallback, Dev: list.dev}}}
	}
	if list.kind == vArray {
		for _, it := range list.items {
			if it.kind == vUnknown && it.expr != nil && r.isOrigin(it.expr, depth+1) {
				return otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchAll, Value: shorten(r.f.text(it.expr)), Span: it.span}}}
			}
		}
	}
	return listTest(list)
}

// bareIndexOf reads `list.indexOf(x)` used as a truth value, a common slip
// for `!== -1`: the result is truthy unless it is 0, so "not found" (-1)
// passes. Against a list of strings that never holds x, every origin
// passes (an allow-all entry at the test); with the origin as argument,
// every origin but the first element does.
func (r originReader) bareIndexOf(call *node, depth int) otest {
	f := r.f
	found := r.callTest(call, depth)
	if found.kind == tNone {
		return otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchAll, Value: shorten(f.text(call)), Span: f.span(call)}}}
	}
	fn := unwrap(call.child("function"))
	args := callArgs(call)
	if len(args) == 1 && r.isOrigin(args[0], depth+1) {
		if list := f.eval(fn.child("object"), depth+1); list.kind == vArray && len(list.items) > 0 && list.items[0].kind == vString {
			first := listTest(&value{kind: vArray, items: list.items[:1]})
			return otest{kind: tNotSet, ms: first.ms}
		}
	}
	return unknownTest("the truth value of " + shorten(f.text(call)))
}

// nonString reports an expression whose value is a boolean or a number
// whatever the request: a comparison, a negation, and `||`/`&&` of those.
func nonString(n *node) bool {
	n = unwrap(n)
	if n == nil {
		return false
	}
	switch n.typ {
	case "true", "false", "number":
		return true
	case "unary_expression":
		return n.op() == "!"
	case "binary_expression":
		switch n.op() {
		case "===", "!==", "==", "!=", "<", ">", "<=", ">=", "instanceof", "in":
			return true
		case "||", "&&":
			return nonString(n.child("left")) && nonString(n.child("right"))
		}
	}
	return false
}

// onlyStrings reports a known list whose elements are all strings.
func onlyStrings(v *value) bool {
	if v.kind != vArray || len(v.items) == 0 {
		return false
	}
	for _, it := range v.items {
		if it.kind != vString {
			return false
		}
	}
	return true
}

// listTest is membership in an evaluated list.
func listTest(list *value) otest {
	if list.kind != vArray {
		t := unknownTest("a list from " + list.note)
		t.env = list.configured()
		t.multi = t.env
		return t
	}
	var ms []policy.Matcher
	for _, it := range list.items {
		var m policy.Matcher
		switch {
		case it.kind == vString && it.text == "null":
			m = policy.Matcher{Kind: policy.MatchNull, Value: "null", Span: it.span}
		case it.kind == vString:
			m = policy.Matcher{Kind: policy.MatchExact, Value: it.text, Span: it.span}
		default:
			continue // includes() compares with ===: other values never equal an origin string
		}
		m.EnvFallback, m.Dev = it.envFallback, it.dev
		ms = append(ms, m)
	}
	if len(ms) == 0 && len(list.items) > 0 {
		t := unknownTest("a list corslint cannot read")
		t.env = true
		return t
	}
	return otest{kind: tSet, ms: ms}
}

// someTest reads list.some(x => <test of origin with x>) once per element.
func (r originReader) someTest(list *value, cb *node, depth int) otest {
	f := r.f
	cb = unwrap(cb)
	if cb == nil || (cb.typ != "arrow_function" && cb.typ != "function_expression" && cb.typ != "function") {
		return unknownTest("a test over " + list.note)
	}
	params := paramNames(f, cb)
	body := returnedExpr(cb)
	if list.kind != vArray {
		// `list.some((o) => o === origin)` over a list corslint cannot read
		// is membership, judged like `list.includes(origin)`.
		if len(params) > 0 && r.elementEquality(body, params[0], depth) {
			return listTest(list)
		}
		return unknownTest("a test over " + list.note)
	}
	if len(params) == 0 || params[0] == "" || body == nil {
		return unknownTest("a callback corslint cannot read")
	}
	acc := otest{kind: tNone}
	for _, it := range list.items {
		t := r.withSubst(params[0], it, func() otest { return r.test(body, depth+1) })
		acc = or(acc, t)
	}
	return acc
}

// elementEquality reports a callback body `param === origin` (either side,
// == or ===).
func (r originReader) elementEquality(body *node, param string, depth int) bool {
	body = unwrap(body)
	if body == nil || param == "" || body.typ != "binary_expression" || (body.op() != "===" && body.op() != "==") {
		return false
	}
	l, rt := unwrap(body.child("left")), unwrap(body.child("right"))
	if l == nil || rt == nil {
		return false
	}
	isParam := func(n *node) bool { return n.typ == "identifier" && r.f.text(n) == param }
	return isParam(l) && r.isOrigin(rt, depth+1) || isParam(rt) && r.isOrigin(l, depth+1)
}

// helperTest reads a call of a helper `isAllowed(origin)` whose body is one
// returned test, with the origin for its parameter.
func (r originReader) helperTest(call, fn *node, args []*node, depth int) otest {
	f := r.f
	if fn.typ == "identifier" {
		bs := f.binds[f.text(fn)]
		if len(bs) != 1 || bs[0].val == nil {
			return unknownTest("the function " + f.text(fn))
		}
		fn = unwrap(bs[0].val)
	}
	if fn == nil || !isFunction(fn) || f.visiting[fn] {
		return unknownTest("the test " + shorten(f.text(call)))
	}
	body := returnedExpr(fn)
	params := paramNames(f, fn)
	rets := returns(fn)
	if len(params) == 0 || body == nil && len(rets) == 0 {
		return unknownTest("the function " + shorten(f.text(call.child("function"))))
	}
	names := map[string]bool{}
	for k := range r.names {
		names[k] = true
	}
	for i, a := range args {
		if i < len(params) && params[i] != "" && r.isOrigin(a, depth+1) {
			names[params[i]] = true
		}
	}
	f.visiting[fn] = true
	defer delete(f.visiting, fn)
	inner := originReader{f: f, names: names}
	if body != nil {
		return inner.test(body, depth+1)
	}
	// A body of several statements (`try { url = new URL(origin) } catch
	// { return false }`, `if (url.protocol !== 'https:') return false;`,
	// `return <host test>`): the helper is true for what some return
	// statement tests, under the conditions that lead to it.
	acc := otest{kind: tNone}
	for _, ret := range rets {
		acc = or(acc, and(inner.guard(ret, fn), inner.test(ret, depth+1)))
	}
	return acc
}

func (r originReader) withSubst(name string, v *value, run func() otest) otest {
	f := r.f
	old, had := f.subst[name]
	if f.subst == nil {
		f.subst = map[string]*value{}
	}
	f.subst[name] = v
	t := run()
	if had {
		f.subst[name] = old
	} else {
		delete(f.subst, name)
	}
	return t
}

// returnedExpr is the expression a function returns when its body is an
// expression or a block holding just one return statement.
func returnedExpr(fn *node) *node {
	body := fn.child("body")
	if body == nil {
		return nil
	}
	if body.typ != "statement_block" {
		return body
	}
	k := body.namedKids()
	if len(k) == 1 && k[0].typ == "return_statement" {
		if e := k[0].namedKids(); len(e) == 1 {
			return e[0]
		}
	}
	return nil
}

// keyTest is a lookup of the request origin among the keys of an object
// literal: `ALLOWED[origin]` (truthy values only), `origin in ALLOWED`,
// `ALLOWED.hasOwnProperty(origin)`. Keys are compared exactly; inherited
// names (`constructor`, `toString`) are never a browser origin. An object
// with members corslint cannot read is not a complete list.
func (r originReader) keyTest(objNode *node, truthyOnly bool, depth int) otest {
	f := r.f
	obj := f.eval(objNode, depth+1)
	if obj.kind != vObject || obj.open {
		t := unknownTest("a lookup in " + shorten(f.text(objNode)))
		if obj.kind == vUnknown {
			t.env = obj.configured()
			t.multi = t.env
		}
		return t
	}
	last := map[string]int{}
	for i, m := range obj.members {
		last[m.key] = i
	}
	var ms []policy.Matcher
	for i, m := range obj.members {
		if last[m.key] != i || truthyOnly && m.value.kind != vUnknown && m.value.kind != vFunc && !truthy(m.value) {
			continue
		}
		mt := policy.Matcher{Kind: policy.MatchExact, Value: m.key, Span: m.keySpan}
		if m.key == "null" {
			mt.Kind = policy.MatchNull
		}
		ms = append(ms, mt)
	}
	if len(ms) == 0 {
		return otest{kind: tNone}
	}
	return otest{kind: tSet, ms: ms}
}
