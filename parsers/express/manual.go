package express

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// CORS headers set by hand: res.setHeader / res.header / res.set /
// res.append / res.writeHead (Node, Express), ctx.set (Koa), reply.header
// (Fastify), headers.set (Fetch). One policy per Access-Control-Allow-Origin
// write; the other CORS headers written in the same function complete it.

const acaoName = "access-control-allow-origin"

// headerWrite is one header written by a call.
type headerWrite struct {
	name  string // lower case
	value *node
	call  *node
	fn    *node // the enclosing function; nil at file level
	// group is what the write belongs to: the function of a setter call,
	// or the headers object or key/value array that holds it. One policy
	// per Access-Control-Allow-Origin write reads the writes of its group.
	group *node
}

// headerSetters are the methods that set one header from (name, value) or
// several from an object.
var headerSetters = map[string]bool{
	"setHeader": true, "header": true, "set": true, "append": true, "headers": true, "writeHead": true,
}

// manual builds the policies of hand-written Access-Control-Allow-Origin
// headers.
func (x *extractor) manual() {
	f := x.f
	var writes []headerWrite
	varies := map[*node]*node{} // function -> a vary('Origin') call in it
	seeded := map[*node]bool{}  // header object literals whose keys are read
	walk(f.root, func(n *node) bool {
		if n.typ == "assignment_expression" {
			if w, ok := x.assignedWrite(n); ok {
				writes = append(writes, w)
				if lit := x.initialHeaders(n, w.fn); lit != nil && !seeded[lit] {
					seeded[lit] = true
					writes = append(writes, x.objectWrites(n, w.fn, lit)...)
				}
			}
			return true
		}
		if n.typ != "call_expression" {
			return true
		}
		fn := unwrap(n.child("function"))
		if fn == nil {
			return true
		}
		method := calleeName(f, fn)
		args := callArgs(n)
		if method == "vary" && len(args) >= 1 && strings.Contains(strings.ToLower(f.text(args[len(args)-1])), "origin") {
			varies[enclosingFunc(n)] = n
			return true
		}
		if fn.typ != "member_expression" || !headerSetters[method] {
			return true
		}
		writes = append(writes, x.writesOf(n, method, args)...)
		return true
	})
	consumed := map[*node]bool{}
	for _, w := range writes {
		// The headers object a setter call was given (res.set({...})).
		if pr := w.value.parent; pr != nil && pr.typ == "pair" && pr.parent != nil {
			consumed[pr.parent] = true
		}
	}
	writes = append(writes, x.headerObjects(consumed)...)
	writes = append(writes, x.headerArrays()...)
	for _, w := range writes {
		if w.name != acaoName {
			continue
		}
		x.manualPolicy(w, writes, varies)
	}
}

// enclosingFunc is the nearest function around n, or nil.
func enclosingFunc(n *node) *node {
	for p := n.parent; p != nil; p = p.parent {
		if isFunction(p) {
			return p
		}
	}
	return nil
}

// writesOf lists the headers one setter call writes.
func (x *extractor) writesOf(call *node, method string, args []*node) []headerWrite {
	f := x.f
	fn := enclosingFunc(call)
	var out []headerWrite
	if method == "writeHead" {
		// writeHead(status, [message,] headers)
		if len(args) >= 2 {
			out = append(out, x.objectWrites(call, fn, args[len(args)-1])...)
		}
		return out
	}
	if len(args) == 1 && (method == "set" || method == "headers") {
		return x.objectWrites(call, fn, args[0])
	}
	if len(args) != 2 || method == "headers" {
		return nil
	}
	name := f.eval(args[0], 0)
	if name.kind != vString || !corsHeader(name.text) {
		return nil
	}
	return append(out, headerWrite{name: strings.ToLower(name.text), value: args[1], call: call, fn: fn, group: fn})
}

// assignedWrite reads a header stored into a headers object by assignment:
// `headers['Access-Control-Allow-Origin'] = origin` (a Lambda proxy result
// or a Fetch init built up before it is returned), `headers.Vary =
// 'Origin'`. Like setter calls, the writes of one function form one group.
// Request headers set on a client (axios defaults, a request interceptor's
// config, an incoming request) are not response headers; a Lambda@Edge
// `[{ key, value }]` list is read as a header array.
func (x *extractor) assignedWrite(n *node) (headerWrite, bool) {
	f := x.f
	left, right := unwrap(n.child("left")), n.child("right")
	if left == nil || right == nil {
		return headerWrite{}, false
	}
	var name string
	switch left.typ {
	case "subscript_expression":
		k := f.eval(left.child("index"), 0)
		if k.kind != vString {
			return headerWrite{}, false
		}
		name = k.text
	case "member_expression":
		name = f.text(left.child("property"))
	default:
		return headerWrite{}, false
	}
	if !corsHeader(name) {
		return headerWrite{}, false
	}
	obj := strings.ToLower(f.text(left.child("object")))
	for _, client := range []string{"axios", "defaults", "config", "req.", "request", "xhr"} {
		if strings.Contains(obj, client) {
			return headerWrite{}, false
		}
	}
	if r := unwrap(right); r == nil || r.typ == "array" {
		return headerWrite{}, false
	}
	fn := enclosingFunc(n)
	return headerWrite{name: strings.ToLower(strings.TrimSpace(name)), value: right, call: n, fn: fn, group: fn}, true
}

// initialHeaders is the object literal a headers variable starts from when
// a header is assigned into it in the same function: in `const headers = {
// Vary: 'Origin' }; ... headers['Access-Control-Allow-Origin'] = origin` the
// response carries both, so the literal's keys join the assignment's group.
func (x *extractor) initialHeaders(assign, fn *node) *node {
	f := x.f
	left := unwrap(assign.child("left"))
	if left == nil {
		return nil
	}
	obj := unwrap(left.child("object"))
	if obj == nil || obj.typ != "identifier" {
		return nil
	}
	var lit *node
	for _, b := range f.binds[f.text(obj)] {
		if b.at == nil || b.at.typ != "variable_declarator" || enclosingFunc(b.at) != fn {
			continue
		}
		if v := unwrap(b.val); v != nil && v.typ == "object" {
			if lit != nil {
				return nil // two declarations of the name: which one is unclear
			}
			lit = v
		}
	}
	return lit
}

// objectWrites lists the CORS headers of a headers object literal.
func (x *extractor) objectWrites(call, fn, obj *node) []headerWrite {
	f := x.f
	obj = unwrap(obj)
	if obj == nil || obj.typ != "object" {
		return nil
	}
	var out []headerWrite
	for _, p := range obj.namedKids() {
		if p.typ != "pair" {
			continue
		}
		key, ok := f.propertyKey(p.child("key"), 0)
		if !ok || !corsHeader(key) {
			continue
		}
		out = append(out, headerWrite{name: strings.ToLower(key), value: p.child("value"), call: call, fn: fn, group: fn})
	}
	return out
}

// corsHeader reports the header names a manual policy reads.
func corsHeader(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	return strings.HasPrefix(n, "access-control-allow-") || n == "access-control-expose-headers" ||
		n == "access-control-max-age" || n == "vary"
}

// manualPolicy builds the policy of one Access-Control-Allow-Origin write.
func (x *extractor) manualPolicy(w headerWrite, writes []headerWrite, varies map[*node]*node) {
	f := x.f
	framework, scope := "express", x.funcScope(w.fn)
	switch {
	case w.group != nil && w.group.typ == "array":
		framework, scope = "nextjs", x.arrayScope(w.group)
	case w.group != nil && w.group.typ == "object":
		framework = "javascript"
	}
	p := policy.Policy{
		Framework: framework,
		Scope:     scope,
		Span:      f.span(w.call),
		// Code that sets headers itself sends them with whatever status it
		// answers; no framework filters them by status.
		OnErrors: true,
		Dev:      f.inDevBranch(w.call),
	}
	p.PreflightOnly = x.preflightBranch(w.call, w.fn)
	p.Origins = x.manualOrigin(w)
	if vc, ok := varies[w.fn]; ok {
		p.Vary = policy.Vary{Origin: policy.VaryAlways, Span: f.span(vc)}
	}
	for _, o := range writes {
		if o.group != w.group {
			continue
		}
		v := f.eval(o.value, 0)
		sent := sentText(f, o.value, v)
		p.Directives = append(p.Directives, policy.HeaderDirective{Name: canonicalHeader(o.name), Value: sent, Always: true, Span: f.span(o.value)})
		known := v.kind != vUnknown
		switch o.name {
		case "access-control-allow-credentials":
			if known {
				p.Credentials = policy.Credentials{Value: sent, Set: true, Span: v.span}
			}
		case "access-control-allow-methods":
			if known {
				p.AllowMethods = valuesList(sent, v.span)
			}
		case "access-control-allow-headers":
			switch {
			case isRequestHeaders(f, o.value):
				p.AllowHeaders = policy.List{Mode: policy.ListReflect, Explicit: true, Span: f.span(o.value)}
			case known:
				p.AllowHeaders = valuesList(sent, v.span)
			}
		case "access-control-expose-headers":
			if known {
				p.ExposeHeaders = valuesList(sent, v.span)
			}
		case "access-control-max-age":
			if known && sent != "" {
				p.MaxAge = maxAgeOf(strings.TrimSpace(sent), v.span)
			}
		case "access-control-allow-private-network":
			if known && strings.EqualFold(sent, "true") {
				p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, Span: v.span}
			}
		case "vary":
			if strings.Contains(strings.ToLower(sent), "origin") || strings.Contains(strings.ToLower(f.text(o.value)), "origin") {
				p.Vary = policy.Vary{Origin: policy.VaryAlways, Span: f.span(o.value)}
			}
		}
	}
	x.policies = append(x.policies, p)
}

// manualOrigin reads the value written to Access-Control-Allow-Origin: a
// literal, the request origin (reflection, narrowed by the checks around
// the write), or code corslint cannot read.
func (x *extractor) manualOrigin(w headerWrite) policy.Origins {
	f := x.f
	sp := f.span(w.value)
	r := originReader{f: f, names: map[string]bool{}}
	v := f.eval(w.value, 0)
	// A fixed value points where it is written, like Max-Age and the
	// other headers: a constant in this file or a config module
	// (`res.setHeader('Access-Control-Allow-Origin', config.ALLOWED_ORIGIN)`)
	// is what the user would change, not the call that sends it.
	vsp := sp
	if v.kind == vString && !v.span.IsZero() {
		vsp = v.span
	}
	switch {
	case v.kind == vString && strings.TrimSpace(v.text) == "*":
		return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: vsp, EnvFallback: v.envFallback}
	case v.kind == vString:
		return policy.Origins{Kind: policy.OriginStatic, Value: v.text, Span: vsp, EnvFallback: v.envFallback}
	case v.kind != vUnknown:
		// Node sends String(value).
		return policy.Origins{Kind: policy.OriginStatic, Value: joinElement(v), Span: sp}
	}
	if !r.mentionsOrigin(w.value) {
		if v.env != "" {
			return policy.Origins{Kind: policy.OriginUnknown, Note: v.note, Span: sp}
		}
		return policy.Origins{Kind: policy.OriginUnknown, Note: "the value " + shorten(f.text(w.value)) + ", which corslint cannot evaluate", Span: sp}
	}
	t := and(r.guard(w.call, w.fn), r.koaValue(w.value, 0))
	o, ok := toOrigins(t, sp)
	if !ok && t.multi {
		// An allow-list from the environment or another module: which
		// origins pass is configuration corslint cannot see, but the value
		// sent is the request origin, one of several (CORS018 applies).
		return policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: []policy.Matcher{}, Span: sp,
			Note: "the request origin, when it is in " + t.note}
	}
	if !ok {
		o.Note = "the request origin, behind a check corslint cannot read: " + t.note
		if !t.env {
			f.notices = append(f.notices, policy.Notice{Level: policy.LevelWarning,
				Message: "Access-Control-Allow-Origin is set from the request origin behind a check corslint cannot evaluate (" + t.note + ")", Span: sp})
		}
	}
	return o
}

// sentText is a header value as Node sends it: String(value).
func sentText(f *jsfile, n *node, v *value) string {
	switch v.kind {
	case vString, vNumber, vBool:
		return v.text
	case vArray:
		// setHeader with an array sends several fields; join them as a
		// browser sees them.
		parts := make([]string, 0, len(v.items))
		for _, it := range v.items {
			parts = append(parts, joinElement(it))
		}
		return strings.Join(parts, ", ")
	}
	return f.text(n)
}

// isRequestHeaders reports a value copied from Access-Control-Request-Headers.
func isRequestHeaders(f *jsfile, n *node) bool {
	return strings.Contains(strings.ToLower(f.text(n)), "access-control-request-headers")
}

var canonicalHeaders = map[string]string{
	"access-control-allow-origin":          "Access-Control-Allow-Origin",
	"access-control-allow-credentials":     "Access-Control-Allow-Credentials",
	"access-control-allow-methods":         "Access-Control-Allow-Methods",
	"access-control-allow-headers":         "Access-Control-Allow-Headers",
	"access-control-expose-headers":        "Access-Control-Expose-Headers",
	"access-control-max-age":               "Access-Control-Max-Age",
	"access-control-allow-private-network": "Access-Control-Allow-Private-Network",
	"vary":                                 "Vary",
}

func canonicalHeader(name string) string {
	if c, ok := canonicalHeaders[name]; ok {
		return c
	}
	return name
}

// funcScope names a function for messages: the route it is registered on,
// its name, or "middleware".
func (x *extractor) funcScope(fn *node) string {
	f := x.f
	if fn == nil {
		return "module"
	}
	if fn.parent != nil && fn.parent.typ == "arguments" {
		if s, _ := x.scopeOf(fn); s != allRoutes {
			return s
		}
		return "middleware"
	}
	if name := fn.child("name"); name != nil {
		return "function " + f.text(name)
	}
	if fn.parent != nil && fn.parent.typ == "variable_declarator" {
		return "function " + f.text(fn.parent.child("name"))
	}
	return "middleware"
}

// preflightBranch: the write only runs for OPTIONS requests, because a
// condition on the method guards it, or because the function it is in only
// handles OPTIONS (preflightHandler).
func (x *extractor) preflightBranch(n, stop *node) bool {
	f := x.f
	if x.preflightHandler(stop) {
		return true
	}
	for c := n; c != nil && c.parent != nil && c != stop; c = c.parent {
		p := c.parent
		if p.typ != "if_statement" || c.field != "consequence" {
			continue
		}
		cond := unwrap(p.child("condition"))
		if cond != nil && cond.typ == "identifier" {
			// `const isPreflight = req.method === 'OPTIONS'; if (isPreflight)`
			if bs := f.binds[f.text(cond)]; len(bs) == 1 && bs[0].val != nil {
				cond = bs[0].val
			}
		}
		t := f.text(cond)
		if strings.Contains(t, "method") && strings.Contains(t, "OPTIONS") && (strings.Contains(t, "===") || strings.Contains(t, "==")) && !strings.Contains(t, "!=") {
			return true
		}
	}
	return false
}

// preflightHandler reports a function that only ever answers OPTIONS
// requests: a route handler exported as OPTIONS (Next.js app router,
// SvelteKit and Astro endpoints, Remix-style method exports), or one
// registered with app.options(path, handler). Shared caches do not store
// such answers (rules.md decisions: preflight-only blocks).
func (x *extractor) preflightHandler(fn *node) bool {
	if fn == nil {
		return false
	}
	name := ""
	if nm := fn.child("name"); nm != nil {
		name = x.f.text(nm)
	} else if p := fn.parent; p != nil && p.typ == "variable_declarator" {
		name = x.f.text(p.child("name"))
	}
	if name == "OPTIONS" {
		return true
	}
	if fn.parent != nil && fn.parent.typ == "arguments" {
		_, preflight := x.scopeOf(fn)
		return preflight
	}
	return false
}
