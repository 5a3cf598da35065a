package express

import "github.com/corslint/corslint/policy"

// guard is the condition, read as a set of origins, under which n runs
// inside stop (a function; nil for the whole file): the enclosing `if`
// branches, `? :` and `&&`/`||` operands, and earlier `if (...) return`
// exits of the blocks on the way. Conditions that do not look at the origin
// (the request method, a path) do not narrow the set and are left out.
func (r originReader) guard(n, stop *node) otest {
	g := otest{kind: tAll}
	// narrow adds one condition, or its negation, to the guard. A condition
	// that never looks at the origin (the request method, a path) does not
	// decide which origins pass, on either branch: `if (req.path === '/x')
	// return next();` must not make the code after it unreachable.
	var narrow func(cond *node, negate bool)
	narrow = func(cond *node, negate bool) {
		// `a && b` holds when both do (and `!(a || b)` when neither does):
		// each operand narrows on its own, so a path or method test beside
		// an origin test is left out instead of hiding that origin test
		// (`if (req.path.startsWith('/api') && origin.endsWith('x.com'))`).
		c := unwrap(cond)
		if c != nil && c.typ == "unary_expression" && c.op() == "!" {
			narrow(c.child("argument"), !negate)
			return
		}
		if c != nil && c.typ == "binary_expression" &&
			((!negate && c.op() == "&&") || (negate && c.op() == "||")) {
			narrow(c.child("left"), negate)
			narrow(c.child("right"), negate)
			return
		}
		t, ok := r.cond(cond)
		if !ok {
			return
		}
		if negate {
			t = t.not()
		}
		g = and(g, t)
	}
	for c := n; c != nil && c.parent != nil && c != stop; c = c.parent {
		p := c.parent
		switch p.typ {
		case "if_statement", "ternary_expression":
			cond := p.child("condition")
			switch c.field {
			case "consequence":
				narrow(cond, false)
			case "alternative":
				// `if (cond) accept; else ...`: like an accepting exit, the
				// else branch needs no `!cond` (see originReader.accepts).
				if p.typ == "if_statement" && r.accepts != nil && r.accepts(p) {
					continue
				}
				narrow(cond, true)
			}
		case "binary_expression":
			if c.field != "right" {
				continue
			}
			switch p.op() {
			case "&&":
				narrow(p.child("left"), false)
			case "||":
				narrow(p.child("left"), true)
			}
		case "statement_block", "program", "switch_case":
			for _, s := range p.namedKids() {
				if s == c {
					break
				}
				if s.typ == "if_statement" && s.child("alternative") == nil && exits(s.child("consequence")) &&
					(r.accepts == nil || !r.accepts(s)) {
					narrow(s.child("condition"), true)
				}
			}
		}
	}
	return g
}

// cond reads a condition; ok is false for one that never looks at the
// origin (it does not decide which origins pass).
func (r originReader) cond(cond *node) (otest, bool) {
	t := r.test(cond, 1)
	if t.kind == tUnknown && !r.mentionsOrigin(cond) {
		return t, false
	}
	return t, true
}

// mentionsOrigin reports whether an expression reads the request origin.
func (r originReader) mentionsOrigin(n *node) bool {
	found := false
	walk(n, func(c *node) bool {
		if found {
			return false
		}
		if r.isOrigin(c, 0) {
			found = true
			return false
		}
		if c.typ == "identifier" {
			// A name bound once to something derived from the origin:
			// `const host = new URL(origin).hostname`.
			// `const { protocol, hostname } = new URL(origin)` binds names
			// by destructuring: they derive from the declarator's value.
			// A name assigned several times derives from the origin when
			// one of its values does (`host = new URL(origin).host` in a
			// try block): a test on it decides which origins pass.
			name := r.f.text(c)
			if isParam(r.f, c, name) {
				return true
			}
			for _, b := range r.f.binds[name] {
				if v := boundValue(b); v != nil && !r.f.visiting[v] {
					r.f.visiting[v] = true
					found = r.mentionsOrigin(v)
					delete(r.f.visiting, v)
				}
				if found {
					break
				}
			}
		}
		return !found
	})
	return found
}

// exits reports a statement that always leaves the function: return, throw,
// or a block ending in one.
func exits(s *node) bool {
	if s == nil {
		return false
	}
	switch s.typ {
	case "return_statement", "throw_statement":
		return true
	case "statement_block":
		k := s.namedKids()
		return len(k) > 0 && exits(k[len(k)-1])
	}
	return false
}

// toOrigins turns what a callback or guarded echo accepts into an origin
// shape; ok is false when it cannot be evaluated.
func toOrigins(t otest, sp policy.Span) (policy.Origins, bool) {
	switch t.kind {
	case tAll, tPresent, tNotSet:
		// A deny-list still reflects every other origin.
		return policy.Origins{Kind: policy.OriginEchoAny, Emit: policy.EmitOrigin, Span: sp}, true
	case tSet:
		o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: t.ms, Span: sp}
		if t.partial {
			o.Note = "these origins at least; which others pass depends on " + t.note
		}
		return o, true
	case tNone, tAbsent:
		return policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: []policy.Matcher{}, Span: sp}, true
	}
	return policy.Origins{Kind: policy.OriginUnknown, Note: t.note, Span: sp}, false
}

// boundValue is the expression a binding takes its value from: the bound
// expression, or for a name bound by destructuring the value of the
// declarator the pattern belongs to (nil when there is none).
func boundValue(b binding) *node {
	if b.val != nil {
		return b.val
	}
	for c := b.at; c != nil && c.parent != nil; c = c.parent {
		switch c.parent.typ {
		case "object_pattern", "array_pattern", "pair_pattern", "shorthand_property_identifier_pattern",
			"assignment_pattern", "object_assignment_pattern", "rest_pattern":
			continue
		case "variable_declarator":
			if c.field == "name" {
				return c.parent.child("value")
			}
		}
		return nil
	}
	return nil
}
