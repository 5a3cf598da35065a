package express

import "github.com/corslint/corslint/policy"

// guard is the condition, read as a set of origins, under which n runs
// inside stop (a function; nil for the whole file): the enclosing `if`
// branches, `? :` and `&&`/`||` operands, and earlier `if (...) return`
// exits of the blocks on the way. Conditions that do not look at the origin
// (the request method, a path) do not narrow the set and are left out.
func (r originReader) guard(n, stop *node) otest {
	g := otest{kind: tAll}
	for c := n; c != nil && c.parent != nil && c != stop; c = c.parent {
		p := c.parent
		switch p.typ {
		case "if_statement", "ternary_expression":
			cond := p.child("condition")
			switch c.field {
			case "consequence":
				g = and(g, r.cond(cond))
			case "alternative":
				g = and(g, r.cond(cond).not())
			}
		case "binary_expression":
			if c.field != "right" {
				continue
			}
			switch p.op() {
			case "&&":
				g = and(g, r.cond(p.child("left")))
			case "||":
				g = and(g, r.cond(p.child("left")).not())
			}
		case "statement_block", "program", "switch_case":
			for _, s := range p.namedKids() {
				if s == c {
					break
				}
				if s.typ == "if_statement" && s.child("alternative") == nil && exits(s.child("consequence")) {
					g = and(g, r.cond(s.child("condition")).not())
				}
			}
		}
	}
	return g
}

// cond reads a condition; one that never looks at the origin counts as
// true for every origin (it does not decide which origins pass).
func (r originReader) cond(cond *node) otest {
	t := r.test(cond, 1)
	if t.kind == tUnknown && !r.mentionsOrigin(cond) {
		return otest{kind: tAll}
	}
	return t
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
		return true
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
		return policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: t.ms, Span: sp}, true
	case tNone, tAbsent:
		return policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: []policy.Matcher{}, Span: sp}, true
	}
	return policy.Origins{Kind: policy.OriginUnknown, Note: t.note, Span: sp}, false
}
