package flask

import (
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// guard is a condition known to hold (or, negated, to fail) where a header
// is written.
type guard struct {
	cond    *python.Node
	negated bool
	// param is set for a test inside an origin helper (helpers.go): the
	// test is read in the helper's scope, with its parameter as the origin.
	param *originParam
}

// echoOf reports whether n is the value of request header name (lower
// case): request.headers.get("Origin"), request.environ["HTTP_ORIGIN"],
// req.get_header("Origin") (Falcon, Bottle), request.origin, or a local name
// bound once to one of those.
func echoOf(m *python.Module, s *python.Scope, n *python.Node, name string, depth int) bool {
	if n == nil || depth > 8 {
		return false
	}
	envName := "http_" + strings.ReplaceAll(name, "-", "_")
	isKey := func(k *python.Node) bool {
		v := m.Eval(s, k)
		return v.Kind == python.Str && (strings.EqualFold(v.Str, name) || strings.EqualFold(v.Str, envName))
	}
	switch n.Type {
	case "call":
		fn := n.Child("function")
		if fn != nil && fn.Type == "attribute" && headerGetters[m.Text(fn.Child("attribute"))] {
			a := m.CallArgs(n)
			return len(a.Positional) > 0 && isKey(a.Positional[0])
		}
		if fn != nil && fn.Type == "attribute" && sameText[m.Text(fn.Child("attribute"))] {
			// origin.encode() (ASGI header tuples are bytes), raw.decode(),
			// origin.strip(): the same text, still the request's value.
			return echoOf(m, s, fn.Child("object"), name, depth+1)
		}
	case "subscript":
		return isKey(n.Child("subscript"))
	case "attribute":
		obj := strings.ToLower(m.Text(n.Child("object")))
		return name == "origin" && m.Text(n.Child("attribute")) == "origin" && (strings.HasSuffix(obj, "request") || strings.HasSuffix(obj, "req"))
	case "identifier":
		if v, sc, ok := binding(s, m.Text(n)); ok {
			return echoOf(m, sc, v, name, depth+1)
		}
	case "parenthesized_expression":
		if kids := n.NamedChildren(); len(kids) == 1 {
			return echoOf(m, s, kids[0], name, depth+1)
		}
	case "boolean_operator":
		// request.headers.get("Origin") or "*": still the request origin.
		return n.Child("operator") != nil && n.Child("operator").Type == "or" && echoOf(m, s, n.Child("left"), name, depth+1)
	}
	return false
}

// headerGetters are the methods that read one request header by name:
// mapping get (werkzeug, Starlette, aiohttp, Tornado, Django META), Falcon's
// and Bottle's get_header, and http.client-style getheader.
var headerGetters = map[string]bool{"get": true, "get_header": true, "getheader": true}

// sameText are str/bytes methods whose result carries the same header value.
var sameText = map[string]bool{"encode": true, "decode": true, "strip": true}

// manualOrigin classifies the value written to Access-Control-Allow-Origin.
func (x *extractor) manualOrigin(w headerWrite, s *python.Scope) policy.Origins {
	m := x.m
	span := m.Span(w.value)
	v := m.Eval(s, w.value)
	if v.Kind == python.Str && !echoOf(m, s, w.value, "origin", 0) {
		switch strings.TrimSpace(v.Str) {
		case "*":
			return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: v.Span, EnvFallback: v.EnvVar}
		case "":
			return policy.Origins{Kind: policy.OriginNone, Span: v.Span}
		}
		return policy.Origins{Kind: policy.OriginStatic, Value: v.Str, Span: v.Span, EnvFallback: v.EnvVar}
	}
	var guards []guard
	value := w.value
	if value.Type == "identifier" {
		// allow = origin if origin in ALLOWED else ALLOWED[0]; then
		// headers[...] = allow: the choice is made where allow is bound.
		if _, bound, ok := s.Binding(m.Text(value)); ok && bound.Type == "conditional_expression" {
			value = bound
		}
	}
	// other is the branch sent when the conditional's check fails:
	// `origin if origin in ALLOWED else "null"` answers the null origin
	// with itself, and `... else "*"` answers every origin.
	var other *python.Node
	if value.Type == "conditional_expression" {
		kids := value.NamedChildren()
		if len(kids) == 3 {
			switch {
			case echoOf(m, s, kids[0], "origin", 0):
				guards, value, other = append(guards, guard{cond: kids[1]}), kids[0], kids[2]
			case echoOf(m, s, kids[2], "origin", 0):
				guards, value, other = append(guards, guard{cond: kids[1], negated: true}), kids[2], kids[0]
			}
		}
	}
	var fallback python.Value
	if other != nil {
		fallback = m.Eval(s, other)
	}
	fallbackIs := func(lit string) bool { return fallback.Kind == python.Str && strings.TrimSpace(fallback.Str) == lit }
	helper, viaHelper := []guard(nil), false
	if !echoOf(m, s, value, "origin", 0) {
		helper, viaHelper = x.echoHelper(value, s)
	}
	if !viaHelper && !echoOf(m, s, value, "origin", 0) {
		note := v.Note
		if note == "" {
			note = "Access-Control-Allow-Origin is computed by code"
		}
		return policy.Origins{Kind: policy.OriginUnknown, Note: note, Span: span}
	}
	guards = append(guards, x.enclosingGuards(w.stmt)...)
	guards = append(guards, helper...)
	var constraining [][]policy.Matcher
	for _, g := range guards {
		gs := s
		if g.param != nil {
			gs = g.param.scope
		}
		restore := x.bindParam(g.param)
		ms, relevant, ok := x.classify(g.cond, g.negated, gs)
		restore()
		if !relevant {
			continue
		}
		if !ok {
			return policy.Origins{Kind: policy.OriginUnknown, Span: span,
				Note: "the origin check " + shortText(m, g.cond) + " cannot be evaluated statically"}
		}
		if ms != nil {
			constraining = append(constraining, ms)
		}
	}
	switch len(constraining) {
	case 0:
		return policy.Origins{Kind: policy.OriginEchoAny, Emit: policy.EmitOrigin, Span: span}
	case 1:
		// Only a checked echo has a fallback that matters: an unchecked one
		// (`origin if origin else "*"`) already answers every origin.
		if fallbackIs("*") {
			return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: span, EnvFallback: fallback.EnvVar}
		}
		ms := constraining[0]
		if fallbackIs("null") {
			// A refused Origin: null gets "null" back: its own value.
			ms = append(ms[:len(ms):len(ms)], policy.Matcher{Kind: policy.MatchNull, Value: "null", Span: fallback.Span})
		}
		return policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: ms, Span: span}
	}
	return policy.Origins{Kind: policy.OriginUnknown, Span: span, Note: "several origin checks combine; corslint cannot evaluate them together"}
}

func shortText(m *python.Module, n *python.Node) string {
	t := strings.Join(strings.Fields(m.Text(n)), " ")
	if len(t) > 50 {
		t = t[:47] + "..."
	}
	return "`" + t + "`"
}

// enclosingGuards lists the if-conditions that hold at n: the tests of the
// branches it sits in, and the negated tests of earlier `if ...: return`
// statements in the blocks around it.
func (x *extractor) enclosingGuards(n *python.Node) []guard {
	var out []guard
	for c := n; c.Parent != nil; c = c.Parent {
		p := c.Parent
		if p.Type == "function_definition" || p.Type == "module" {
			break
		}
		switch {
		case (p.Type == "if_statement" || p.Type == "elif_clause") && c.Field == "consequence":
			out = append(out, guard{cond: p.Child("condition")})
		case p.Type == "if_statement" && c.Field == "alternative":
			// An else or elif: every earlier test of the chain failed.
			for _, sib := range p.Children {
				if sib == c {
					break
				}
				switch {
				case sib.Field == "condition":
					out = append(out, guard{cond: sib, negated: true})
				case sib.Type == "elif_clause":
					out = append(out, guard{cond: sib.Child("condition"), negated: true})
				}
			}
		case p.Type == "block":
			for _, sib := range p.Children {
				if sib == c {
					break
				}
				if sib.Type == "if_statement" && x.exits(sib) {
					out = append(out, guard{cond: sib.Child("condition"), negated: true})
				}
			}
		}
	}
	return out
}

// exits reports whether an if statement without else ends its branch with
// return, raise or abort().
func (x *extractor) exits(ifs *python.Node) bool {
	if ifs.Child("alternative") != nil {
		return false
	}
	body := ifs.Child("consequence")
	kids := body.NamedChildren()
	if len(kids) == 0 {
		return false
	}
	last := kids[len(kids)-1]
	switch last.Type {
	case "return_statement", "raise_statement":
		return true
	case "expression_statement":
		if c := last.NamedChildren(); len(c) == 1 && c[0].Type == "call" && c[0].Child("function") != nil {
			q := x.m.QualName(c[0].Child("function"))
			return q == "abort" || strings.HasSuffix(q, ".abort")
		}
	}
	return false
}
