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
	var base *value
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
		for _, site := range x.delegateAnswers(args[1], n, fn) {
			v := f.eval(site.obj, 0)
			o := v.get("origin")
			if v.kind != vObject || o == nil || o.kind != vBool {
				ok = false
				return false
			}
			points++
			if o.text == "true" {
				acc = or(acc, r.guard(site.at, fn))
				if base == nil {
					base = v
				}
			}
		}
		return true
	})
	if !ok || points == 0 {
		return false
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
// node whose guard decides when.
type delegateAnswer struct {
	obj, at *node
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
			if l := n.child("left"); l != nil && f.text(l) == name {
				out = append(out, delegateAnswer{obj: n.child("right"), at: n})
			}
		}
		return true
	})
	if len(out) == 0 {
		return []delegateAnswer{{obj: arg, at: call}}
	}
	return out
}
