package express

import "github.com/corslint/corslint/policy"

// Options delegates: `cors(function (req, callback) { ...; callback(null,
// options) })`, the per-request form of the cors package's README. The
// usual body picks `{ origin: true }` when the request origin passes a
// check and `{ origin: false }` otherwise, which is an allow-list: the
// origins the check accepts are echoed. corslint reads delegates whose
// every answer is an options object literal (directly, or a variable
// assigned one in the branches) with a boolean origin; anything else stays
// unknown.

// readDelegate builds the policy of a delegate into p; false when the
// delegate is not of the readable shape.
func (x *extractor) readDelegate(fn *node, fl flavor, scope string, span policy.Span, p *policy.Policy) bool {
	f := x.f
	params := paramNames(f, fn)
	if len(params) < 2 || params[1] == "" {
		return false
	}
	r := originReader{f: f, names: map[string]bool{}}
	acc := otest{kind: tNone}
	var base, fallback *value
	ok, points := true, 0
	walk(fn.child("body"), func(n *node) bool {
		if !ok || n.typ != "call_expression" {
			return ok
		}
		callee := unwrap(n.child("function"))
		if callee == nil || callee.typ != "identifier" || f.text(callee) != params[1] {
			return true
		}
		args := callArgs(n)
		if len(args) < 2 || !nullish(f, args[0]) {
			return true // an error: no CORS headers
		}
		answers := x.delegateAnswers(args[1], n, fn)
		tests := make([]otest, len(answers))
		for i, site := range answers {
			var o *value
			var v *value
			if site.origin != nil {
				o = f.eval(site.origin, 0)
			} else {
				v = f.eval(site.obj, 0)
				if v.kind == vObject {
					o = v.get("origin")
					if fallback == nil {
						fallback = v
					}
				}
			}
			switch on := f.originNode(site); {
			case o != nil && o.kind == vBool:
				tests[i] = otest{kind: tNone}
				if o.text == "true" {
					tests[i] = otest{kind: tAll}
				}
			case on != nil:
				// `{ origin: allowed.has(req.header('Origin')) }`: a test
				// of the request origin, read like a callback's value.
				tests[i] = r.valueTest(on, 0)
			default:
				ok = false
				return false
			}
			if tests[i].kind != tNone && v != nil && v.kind == vObject && base == nil {
				base = v
			}
		}
		// Answers are in source order: a later `origin = false` (a whole
		// object or `opts.origin = false`) takes back what an earlier
		// `true` let in, where its own guard holds.
		for i, site := range answers {
			points++
			if tests[i].kind == tNone {
				continue
			}
			t := and(r.guard(site.at, fn), tests[i])
			for j := i + 1; j < len(answers); j++ {
				if tests[j].kind == tNone && !exclusive(site.at, answers[j].at) {
					t = and(t, r.guard(answers[j].at, fn).not())
				}
			}
			acc = or(acc, t)
		}
		return true
	})
	if !ok || points == 0 {
		return false
	}
	if base == nil && fallback != nil {
		// Every `true` comes from `opts.origin = true`: the other options
		// are the object's, sent when the origin is let in.
		base = withOrigin(fallback, &value{kind: vBool, text: "true", span: fallback.get("origin").span})
	}
	if base == nil {
		base = &value{kind: vObject, span: span}
	}
	*p = buildPolicy(base, scope, fl, span)
	osp := p.Origins.Span
	if osp.IsZero() {
		osp = span
	}
	o, known := toOrigins(acc, osp)
	if !known {
		o.Note = "a per-request options function corslint cannot read: " + acc.note
		if !acc.env {
			f.notices = append(f.notices, policy.Notice{Level: policy.LevelWarning,
				Message: "CORS options function corslint cannot evaluate (" + acc.note + "); its origin checks are not verified", Span: f.span(fn)})
		}
	}
	p.Origins = o
	p.Vary.Origin = policy.VaryAlways
	// A delegate that refuses answers with `origin: false`: no headers at
	// all, credentials included.
	p.Credentials.Always = false
	return true
}

// delegateAnswer is one options object a delegate can answer with, and the
// node whose guard decides when. origin is set instead of obj for an
// assignment to the answer's origin alone (`opts.origin = true`).
type delegateAnswer struct {
	obj, at *node
	origin  *node
}

// delegateAnswers lists the options objects the value passed to the
// callback can be: an object literal, or a local variable assigned object
// literals in the delegate's branches.
func (x *extractor) delegateAnswers(arg, call, fn *node) []delegateAnswer {
	f := x.f
	arg = unwrap(arg)
	if arg == nil {
		return []delegateAnswer{{}}
	}
	if arg.typ == "ternary_expression" {
		// `callback(null, ok ? { origin: true } : { origin: false })`: each
		// branch is an answer, guarded by the condition.
		var out []delegateAnswer
		for _, b := range []*node{arg.child("consequence"), arg.child("alternative")} {
			for _, a := range x.delegateAnswers(b, call, fn) {
				if a.at == call {
					a.at = b
				}
				out = append(out, a)
			}
		}
		return out
	}
	if arg.typ == "object" {
		return []delegateAnswer{{obj: arg, at: call}}
	}
	if arg.typ != "identifier" {
		return []delegateAnswer{{obj: arg, at: call}}
	}
	name := f.text(arg)
	var out []delegateAnswer
	walk(fn.child("body"), func(n *node) bool {
		switch n.typ {
		case "variable_declarator":
			if id := n.child("name"); id != nil && f.text(id) == name {
				if v := unwrap(n.child("value")); v != nil {
					out = append(out, delegateAnswer{obj: v, at: n})
				}
			}
		case "assignment_expression":
			l := unwrap(n.child("left"))
			switch {
			case l == nil:
			case f.text(l) == name:
				out = append(out, delegateAnswer{obj: n.child("right"), at: n})
			case isMemberOf(f, l, name, "origin"):
				out = append(out, delegateAnswer{origin: n.child("right"), at: n})
			}
		}
		return true
	})
	if len(out) == 0 {
		return []delegateAnswer{{obj: arg, at: call}}
	}
	return out
}

// originNode is the expression an answer gives the origin option: the
// right side of `opts.origin = ...`, or the `origin` member of an object
// literal; nil otherwise.
func (f *jsfile) originNode(site delegateAnswer) *node {
	if site.origin != nil {
		return site.origin
	}
	obj := unwrap(site.obj)
	if obj == nil || obj.typ != "object" {
		return nil
	}
	var out *node
	for _, pr := range obj.namedKids() {
		if pr.typ != "pair" {
			continue
		}
		if k, ok := f.propertyKey(pr.child("key"), 0); ok && k == "origin" {
			out = pr.child("value") // the last one wins, as in JS
		}
	}
	return out
}

// isMemberOf reports `name.prop` or `name['prop']`.
func isMemberOf(f *jsfile, n *node, name, prop string) bool {
	obj := unwrap(n.child("object"))
	if obj == nil || f.text(obj) != name {
		return false
	}
	switch n.typ {
	case "member_expression":
		return f.text(n.child("property")) == prop
	case "subscript_expression":
		idx := unwrap(n.child("index"))
		return idx != nil && idx.typ == "string" && stringText(f, idx) == prop
	}
	return false
}

// withOrigin is a copy of an options object with its origin replaced.
func withOrigin(opts, origin *value) *value {
	c := *opts
	c.members = make([]member, 0, len(opts.members))
	for _, m := range opts.members {
		if m.key == "origin" {
			m.value = origin
		}
		c.members = append(c.members, m)
	}
	return &c
}

// exclusive reports two nodes in different branches of one if or `? :`:
// they never both run.
func exclusive(a, b *node) bool {
	for c := a; c != nil && c.parent != nil; c = c.parent {
		p := c.parent
		if p.typ != "if_statement" && p.typ != "ternary_expression" {
			continue
		}
		var other *node
		switch c.field {
		case "consequence":
			other = p.child("alternative")
		case "alternative":
			other = p.child("consequence")
		}
		if other != nil && within(b, other) {
			return true
		}
	}
	return false
}

// within reports whether n is inside (or is) root.
func within(n, root *node) bool {
	for ; n != nil; n = n.parent {
		if n == root {
			return true
		}
	}
	return false
}
