package flask

import (
	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// Origin checks are often moved into a small function of their own:
//
//	def origin_allowed(origin): return origin.startswith(FRONTEND)
//	def tenant_origin(origin):
//	    if urlsplit(origin).hostname.endswith(".example.com"):
//	        return origin
//	    return None
//
// A function defined once in the module (or an enclosing function) and
// called with the request origin is read in place: its parameter stands for
// the request origin while its test is classified.

// maxHelperDepth bounds helpers calling helpers.
const maxHelperDepth = 3

// originParam is a function parameter that holds the request origin while a
// helper's test is classified.
type originParam struct {
	scope *python.Scope
	name  string
}

// bindParam makes p stand for the request origin until the returned
// function is called. A nil p changes nothing.
func (x *extractor) bindParam(p *originParam) func() {
	if p == nil {
		return func() {}
	}
	saved := x.params
	x.params = append(append([]originParam(nil), saved...), *p)
	return func() { x.params = saved }
}

// isOriginParam reports whether identifier n, read in scope s, is a helper
// parameter bound to the request origin.
func (x *extractor) isOriginParam(n *python.Node, s *python.Scope) bool {
	if n == nil || n.Type != "identifier" {
		return false
	}
	name := x.m.Text(n)
	for _, p := range x.params {
		if p.scope == s && p.name == name {
			return true
		}
	}
	return false
}

// helperCall resolves a call `f(..., origin, ...)` of a function defined
// once in s or a scope around it. It returns the definition, the scope its
// body opens and the parameter that receives the request origin.
func (x *extractor) helperCall(call *python.Node, s *python.Scope) (*python.Node, *originParam, bool) {
	m := x.m
	if call == nil || call.Type != "call" || len(x.params) >= maxHelperDepth {
		return nil, nil, false
	}
	fn := call.Child("function")
	if fn == nil {
		return nil, nil, false
	}
	var def *python.Node
	shift := 0 // parameters before the first argument (self)
	switch fn.Type {
	case "identifier":
		def = x.functionDef(m.Text(fn), s)
	case "attribute":
		// self.origin_ok(origin) inside a method: a method of the same class.
		obj := fn.Child("object")
		if obj != nil && m.Text(obj) == "self" && s.Parent != nil && s.Parent.Node != nil && s.Parent.Node.Type == "class_definition" {
			def = x.functionDef(m.Text(fn.Child("attribute")), s.Parent)
			shift = 1
		}
	}
	if def == nil || def.Parent != nil && def.Parent.Type == "decorated_definition" && shift == 1 {
		// A decorated method may be a staticmethod or property: its
		// parameters do not line up with the call.
		return nil, nil, false
	}
	hs := m.ScopeOf(def)
	params := def.Child("parameters")
	if hs == nil || params == nil {
		return nil, nil, false
	}
	a := m.CallArgs(call)
	idx := -1
	for i, arg := range a.Positional {
		if x.originRef(arg, s) {
			idx = i
			break
		}
	}
	if idx < 0 {
		return nil, nil, false
	}
	ps := params.NamedChildren()
	idx += shift
	if idx >= len(ps) {
		return nil, nil, false
	}
	switch ps[idx].Type {
	case "identifier", "typed_parameter", "default_parameter", "typed_default_parameter":
	default:
		// *args, **kwargs, keyword-only markers: not a plain positional.
		return nil, nil, false
	}
	id := firstIdent(ps[idx])
	if id == nil {
		return nil, nil, false
	}
	return def, &originParam{scope: hs, name: m.Text(id)}, true
}

// functionDef finds the only definition of name, looking outwards from s.
func (x *extractor) functionDef(name string, s *python.Scope) *python.Node {
	for sc := s; sc != nil; sc = sc.Parent {
		ts := sc.Targets(name)
		if len(ts) == 0 {
			continue
		}
		if len(ts) != 1 || ts[0].Parent == nil || ts[0].Parent.Type != "function_definition" {
			return nil
		}
		return ts[0].Parent
	}
	return nil
}

func firstIdent(n *python.Node) *python.Node {
	if n.Type == "identifier" {
		return n
	}
	for _, c := range n.Children {
		if c.Type == "identifier" {
			return c
		}
	}
	return nil
}

// bodyStatements lists a function's statements without its docstring.
func bodyStatements(def *python.Node) []*python.Node {
	body := def.Child("body")
	if body == nil {
		return nil
	}
	kids := body.NamedChildren()
	if len(kids) > 0 && kids[0].Type == "expression_statement" {
		if e := kids[0].NamedChildren(); len(e) == 1 && (e[0].Type == "string" || e[0].Type == "concatenated_string") {
			kids = kids[1:]
		}
	}
	return kids
}

// predicateParts reads a predicate helper: a body of plain assignments and
// guard clauses that reject (`if not parts.hostname: return False`), ending
// in `return <expr>`. The helper holds when no guard does and expr does.
// ret is nil for any other body.
func (x *extractor) predicateParts(def *python.Node) (guards []*python.Node, ret *python.Node) {
	stmts := bodyStatements(def)
	if len(stmts) == 0 {
		return nil, nil
	}
	for _, st := range stmts[:len(stmts)-1] {
		switch st.Type {
		case "expression_statement":
			for _, e := range st.NamedChildren() {
				if e.Type != "assignment" {
					return nil, nil
				}
			}
		case "if_statement":
			g := x.rejectGuard(st)
			if g == nil {
				return nil, nil
			}
			guards = append(guards, g)
		default:
			return nil, nil
		}
	}
	last := stmts[len(stmts)-1]
	if last.Type != "return_statement" {
		return nil, nil
	}
	if e := last.NamedChildren(); len(e) == 1 {
		return guards, e[0]
	}
	return nil, nil
}

// rejectGuard is the condition of `if cond: return <falsy>` with no elif
// or else branch; nil for any other if statement.
func (x *extractor) rejectGuard(st *python.Node) *python.Node {
	cond, body := st.Child("condition"), st.Child("consequence")
	if cond == nil || body == nil || st.Child("alternative") != nil {
		return nil
	}
	kids := body.NamedChildren()
	if len(kids) != 1 || kids[0].Type != "return_statement" {
		return nil
	}
	e := kids[0].NamedChildren()
	if len(e) == 0 {
		return cond
	}
	switch e[0].Type {
	case "false", "none":
		return cond
	}
	return nil
}

// classifyHelper classifies `f(origin)` used as a test by the test that f
// returns. done is false when c is not a call of such a helper.
func (x *extractor) classifyHelper(c *python.Node, neg bool, s *python.Scope) (ms []policy.Matcher, relevant, ok, done bool) {
	def, p, found := x.helperCall(c, s)
	if !found {
		return nil, false, false, false
	}
	guards, ret := x.predicateParts(def)
	if ret == nil {
		return nil, true, false, true
	}
	restore := x.bindParam(p)
	defer restore()
	// The helper is `not g1 and ... and ret`; negated, `g1 or ... or not ret`.
	ms, _, ok = x.classify(ret, neg, p.scope)
	allow := ms
	for _, g := range guards {
		gm, grel, gok := x.classify(g, !neg, p.scope)
		ms, _, ok = combineTests(!neg, ms, true, ok, gm, grel, gok)
	}
	if ok && !neg && len(allow) > 0 && len(ms)%len(allow) == 0 {
		// The guards only narrow the final test, which is what decides who
		// gets in: findings point there, not at an earlier `if
		// parts.scheme != "https": return False`. intersectSets keeps the
		// final test's matchers in order, each times the guard patterns.
		per := len(ms) / len(allow)
		for k := range ms {
			ms[k].Span = allow[k/per].Span
		}
	}
	return ms, true, ok, true
}

// echoHelper reads an Access-Control-Allow-Origin value computed by a
// helper that returns its origin parameter when a test passes and None (or
// nothing usable) otherwise. It returns the guards of that return, which
// hold in the helper's scope with its parameter bound. ok is false when the
// value is no such call, or the helper returns the origin in several places
// or returns other strings.
func (x *extractor) echoHelper(value *python.Node, s *python.Scope) ([]guard, bool) {
	m := x.m
	if value.Type == "identifier" {
		if _, v, ok := s.Binding(m.Text(value)); ok {
			value = v
		}
	}
	def, p, ok := x.helperCall(value, s)
	if !ok {
		return nil, false
	}
	restore := x.bindParam(p)
	defer restore()
	var echo *python.Node
	bad := false
	var visit func(n *python.Node)
	visit = func(n *python.Node) {
		switch n.Type {
		case "function_definition", "class_definition", "lambda":
			return
		case "return_statement":
			e := n.NamedChildren()
			switch {
			case len(e) == 0 || e[0].Type == "none":
			case x.originRef(e[0], p.scope):
				if echo != nil {
					bad = true
				}
				echo = n
			default:
				if v := x.eval(p.scope, e[0]); v.Kind != python.None && !(v.Kind == python.Str && v.Str == "") {
					bad = true
				}
			}
			return
		}
		for _, c := range n.Children {
			visit(c)
		}
	}
	if body := def.Child("body"); body != nil {
		visit(body)
	}
	if bad || echo == nil {
		return nil, false
	}
	gs := x.enclosingGuards(echo)
	for i := range gs {
		gs[i].param = p
	}
	return gs, true
}
