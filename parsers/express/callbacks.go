package express

import (
	"github.com/corslint/corslint/policy"
)

// Origin functions. The cors package and @fastify/cors call
// `origin(requestOrigin, callback)` and apply the value passed to
// `callback(err, value)` as the origin option (semantics.md §3.1, §3.4);
// @fastify/cors also takes a promise. @koa/cors calls `origin(ctx)` and
// sends what it returns, skipping CORS when that is falsy (§3.5). corslint
// reads the common shapes; anything else becomes OriginUnknown with a note
// and a notice.

// originCallback reads a cors/@fastify/cors origin function. The second
// result is the notice text when it cannot be read ("" otherwise).
func (f *jsfile) originCallback(fn *node) (policy.Origins, string) {
	sp := f.span(fn)
	params := paramNames(f, fn)
	if len(params) == 0 || params[0] == "" {
		return policy.Origins{Kind: policy.OriginUnknown, Note: "an origin function corslint cannot read", Span: sp},
			"origin function without a readable origin parameter: corslint cannot tell which origins it allows"
	}
	r := originReader{f: f, names: map[string]bool{params[0]: true}}
	acc := otest{kind: tNone}
	var only *node // the one allowing value, for the span of echo-any
	points := 0
	if len(params) >= 2 && params[1] != "" {
		cb := params[1]
		r.accepts = func(s *node) bool {
			return r.acceptingExit(s, func(n *node) *node {
				if n.typ != "call_expression" {
					return nil
				}
				callee, args := unwrap(n.child("function")), callArgs(n)
				if callee == nil || callee.typ != "identifier" || f.text(callee) != cb || len(args) < 2 || !nullish(f, args[0]) {
					return nil
				}
				return args[1]
			}, r.valueTest)
		}
		walk(fn.child("body"), func(n *node) bool {
			if n.typ != "call_expression" {
				return true
			}
			callee := unwrap(n.child("function"))
			if callee == nil || callee.typ != "identifier" || f.text(callee) != cb {
				return true
			}
			args := callArgs(n)
			if len(args) < 2 || !nullish(f, args[0]) {
				return true // an error or no value: rejected
			}
			points++
			only = args[1]
			acc = or(acc, and(r.guard(n, fn), r.valueTest(args[1], 0)))
			return true
		})
	}
	if points == 0 {
		// A promise-returning function (@fastify/cors, or an async one):
		// what it resolves to.
		r.accepts = func(s *node) bool { return r.acceptingExit(s, nil, r.valueTest) }
		for _, ret := range returns(fn) {
			points++
			only = ret
			acc = or(acc, and(r.guard(ret, fn), r.valueTest(ret, 0)))
		}
	}
	if points == 0 {
		return policy.Origins{Kind: policy.OriginUnknown, Note: "an origin function that never calls back", Span: sp},
			"origin function never passes a value to its callback: corslint cannot tell which origins it allows"
	}
	osp := sp
	if (acc.kind == tAll || acc.kind == tPresent) && points == 1 && only != nil {
		osp = f.span(only) // the `true` or `origin` the user would change
	}
	o, ok := toOrigins(acc, osp)
	if !ok {
		o.Note = "an origin function corslint cannot read: " + acc.note
		if acc.env {
			return o, ""
		}
		return o, "origin function corslint cannot evaluate (" + acc.note + "); its origin checks are not verified"
	}
	if acc.partial && !acc.env {
		return o, "origin function corslint can only partly evaluate (" + acc.note + "); only the checks it could read are verified"
	}
	return o, ""
}

// acceptingExit reports `if (cond) return <accept>;` (or a block that
// accepts and returns): a branch that lets in every origin cond admits.
// point extracts the accepted value from a callback call (nil: the value is
// what the statement returns); value reads it as a set of origins.
func (r originReader) acceptingExit(s *node, point func(*node) *node, value func(*node, int) otest) bool {
	c := s.child("consequence")
	if c == nil {
		return false
	}
	stmts := []*node{c}
	if c.typ == "statement_block" {
		stmts = c.namedKids()
	}
	var accepted *node
	for _, st := range stmts {
		var e *node
		switch st.typ {
		case "return_statement":
			if k := st.namedKids(); len(k) == 1 {
				e = k[0]
			}
		case "expression_statement":
			if k := st.namedKids(); len(k) == 1 {
				e = k[0]
			}
		default:
			return false
		}
		if e == nil {
			continue // a bare `return;`
		}
		if point != nil {
			e = point(unwrap(e))
			if e == nil {
				return false
			}
		} else if st.typ != "return_statement" {
			return false
		}
		if accepted != nil {
			return false
		}
		accepted = e
	}
	if accepted == nil {
		return false
	}
	k := value(accepted, 1).kind
	return k == tAll || k == tPresent
}

// valueTest reads the value passed to the callback (or returned) as the
// set of origins it lets in: true or the origin itself lets in the request
// origin; a boolean expression lets in what it tests; `a ? b : c` and
// `a && b` split.
func (r originReader) valueTest(val *node, depth int) otest {
	f := r.f
	val = unwrap(val)
	if val == nil || depth > maxEvalDepth || f.spend() {
		return unknownTest("a value corslint cannot read")
	}
	if r.isOrigin(val, depth) {
		return otest{kind: tPresent}
	}
	switch val.typ {
	case "ternary_expression":
		c := r.test(val.child("condition"), depth+1)
		return or(and(c, r.valueTest(val.child("consequence"), depth+1)), and(c.not(), r.valueTest(val.child("alternative"), depth+1)))
	case "binary_expression":
		switch val.op() {
		case "&&":
			return and(r.test(val.child("left"), depth+1), r.valueTest(val.child("right"), depth+1))
		case "||":
			return or(r.valueTest(val.child("left"), depth+1), r.valueTest(val.child("right"), depth+1))
		}
	case "await_expression":
		if k := val.namedKids(); len(k) == 1 {
			return r.valueTest(k[0], depth+1)
		}
	}
	v := f.eval(val, depth+1)
	switch v.kind {
	case vArray:
		return originListTest(v)
	case vRegExp:
		return otest{kind: tSet, ms: []policy.Matcher{regexpMatcher(v)}}
	case vString:
		if v.text == "" {
			return otest{kind: tNone}
		}
		return unknownTest("the fixed origin " + quoteValue(v))
	}
	return r.test(val, depth+1)
}

// originListTest is an origin array passed as a value: strings, RegExps,
// and `true` (every origin), as isOriginAllowed reads them.
func originListTest(list *value) otest {
	acc := otest{kind: tNone}
	for _, it := range list.items {
		switch it.kind {
		case vRegExp:
			acc = or(acc, otest{kind: tSet, ms: []policy.Matcher{regexpMatcher(it)}})
		case vArray:
			acc = or(acc, originListTest(it))
		case vString:
			acc = or(acc, listTest(&value{kind: vArray, items: []*value{it}}))
		case vUnknown:
		default:
			if truthy(it) {
				acc = or(acc, otest{kind: tAll})
			}
		}
	}
	return acc
}

// nullish reports `null`, `undefined` or `false` (no error).
func nullish(f *jsfile, n *node) bool {
	n = unwrap(n)
	if n == nil {
		return false
	}
	switch n.typ {
	case "null", "undefined", "false":
		return true
	case "identifier":
		return f.text(n) == "undefined"
	}
	return false
}

// returns lists the returned expressions of a function (its expression
// body, or the return statements not inside nested functions).
func returns(fn *node) []*node {
	body := fn.child("body")
	if body == nil {
		return nil
	}
	if body.typ != "statement_block" {
		return []*node{body}
	}
	var out []*node
	walk(body, func(n *node) bool {
		if n != body && isFunction(n) {
			return false
		}
		if n.typ == "return_statement" {
			if k := n.namedKids(); len(k) == 1 {
				out = append(out, k[0])
			}
		}
		return true
	})
	return out
}

// koaOrigin reads an @koa/cors `origin(ctx)` function: what it returns is
// sent as Access-Control-Allow-Origin, a falsy value skips CORS.
func (f *jsfile) koaOrigin(fn *node) (policy.Origins, string) {
	return f.returnedOrigin(fn, map[string]bool{}, "@koa/cors")
}

// honoOrigin reads a hono `origin(origin, c)` function: like @koa/cors's,
// what it returns is sent, but the request origin is its first parameter.
func (f *jsfile) honoOrigin(fn *node) (policy.Origins, string) {
	names := map[string]bool{}
	if ps := paramNames(f, fn); len(ps) > 0 && ps[0] != "" {
		names[ps[0]] = true
	}
	return f.returnedOrigin(fn, names, "hono cors")
}

// returnedOrigin reads an origin function whose return value is sent as
// Access-Control-Allow-Origin (a falsy value sends none); names are the
// parameters that hold the request origin.
func (f *jsfile) returnedOrigin(fn *node, names map[string]bool, lib string) (policy.Origins, string) {
	sp := f.span(fn)
	r := originReader{f: f, names: names}
	rets := returns(fn)
	if len(rets) == 0 {
		return policy.Origins{Kind: policy.OriginUnknown, Note: "an origin function that returns nothing corslint can read", Span: sp},
			lib + " origin function returns nothing corslint can read"
	}
	// Every return a literal string: a fixed value.
	if len(rets) == 1 {
		if v := f.eval(rets[0], 0); v.kind == vString && r.guard(rets[0], fn).kind == tAll {
			if v.text == "*" {
				return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: v.span}, ""
			}
			if v.text != "" {
				return policy.Origins{Kind: policy.OriginStatic, Value: v.text, Span: v.span}, ""
			}
		}
	}
	acc := otest{kind: tNone}
	r.accepts = func(s *node) bool { return r.acceptingExit(s, nil, r.koaValue) }
	for _, ret := range rets {
		acc = or(acc, and(r.guard(ret, fn), r.koaValue(ret, 0)))
	}
	osp := sp
	if (acc.kind == tAll || acc.kind == tPresent) && len(rets) == 1 {
		osp = f.span(rets[0])
	}
	o, ok := toOrigins(acc, osp)
	if acc.kind == tAll && acc.star {
		// Origins outside the checks get the literal `*` sent back.
		o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: osp}
	}
	if !ok {
		o.Note = "an origin function corslint cannot read: " + acc.note
		if acc.env {
			return o, ""
		}
		return o, lib + " origin function corslint cannot evaluate (" + acc.note + "); its origin checks are not verified"
	}
	if acc.partial && !acc.env {
		return o, lib + " origin function corslint can only partly evaluate (" + acc.note + "); only the checks it could read are verified"
	}
	return o, ""
}

// koaValue is valueTest for a returned origin string: the request origin
// echoes, a falsy value rejects, other strings are not modelled.
func (r originReader) koaValue(val *node, depth int) otest {
	val = unwrap(val)
	if val == nil {
		return unknownTest("a value corslint cannot read")
	}
	if r.isOrigin(val, depth) {
		return otest{kind: tPresent}
	}
	switch val.typ {
	case "ternary_expression":
		c := r.test(val.child("condition"), depth+1)
		return or(and(c, r.koaValue(val.child("consequence"), depth+1)), and(c.not(), r.koaValue(val.child("alternative"), depth+1)))
	case "binary_expression":
		switch val.op() {
		case "&&":
			return and(r.test(val.child("left"), depth+1), r.koaValue(val.child("right"), depth+1))
		case "||":
			return or(r.koaValue(val.child("left"), depth+1), r.koaValue(val.child("right"), depth+1))
		}
	}
	switch val.typ {
	case "identifier":
		// `const allow = pick(origin); ...; set(ACAO, allow)`.
		name := r.f.text(val)
		if bs := r.f.binds[name]; len(bs) == 1 && bs[0].val != nil && !isParam(r.f, val, name) && !r.f.visiting[bs[0].val] && r.mentionsOrigin(val) {
			r.f.visiting[bs[0].val] = true
			t := r.koaValue(bs[0].val, depth+1)
			delete(r.f.visiting, bs[0].val)
			return t
		}
	case "call_expression":
		if t, ok := r.helperValue(val, depth); ok {
			return t
		}
	}
	v := r.f.eval(val, depth+1)
	switch {
	case v.kind == vString && v.text == "*":
		return otest{kind: tAll, star: true}
	case v.kind != vUnknown:
		// Falsy skips CORS; a fixed origin is sent as it is, so the browser
		// lets in that one origin only, never the requester's.
		return otest{kind: tNone}
	}
	return unknownTest("a returned origin " + shorten(r.f.text(val)))
}

// helperValue reads the origin a local helper returns when it is passed the
// request origin: `pickAllowedOrigin(req.headers.get('origin'))` whose body
// returns the origin when it is allowed and a fixed one otherwise. ok is
// false for any other call.
func (r originReader) helperValue(call *node, depth int) (otest, bool) {
	f := r.f
	fn := unwrap(call.child("function"))
	if fn == nil || fn.typ != "identifier" || depth > maxEvalDepth {
		return otest{}, false
	}
	bs := f.binds[f.text(fn)]
	if len(bs) != 1 || bs[0].val == nil {
		return otest{}, false
	}
	body := unwrap(bs[0].val)
	if body == nil || !isFunction(body) || f.visiting[body] {
		return otest{}, false
	}
	params := paramNames(f, body)
	names := map[string]bool{}
	for i, a := range callArgs(call) {
		if i < len(params) && params[i] != "" && r.isOrigin(a, depth+1) {
			names[params[i]] = true
		}
	}
	rets := returns(body)
	if len(names) == 0 || len(rets) == 0 {
		return otest{}, false
	}
	f.visiting[body] = true
	defer delete(f.visiting, body)
	inner := originReader{f: f, names: names}
	acc := otest{kind: tNone}
	for _, ret := range rets {
		acc = or(acc, and(inner.guard(ret, body), inner.koaValue(ret, depth+1)))
	}
	return acc, true
}
