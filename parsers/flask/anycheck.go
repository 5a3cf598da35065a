package flask

import (
	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// maxAnyItems bounds the items one `any(...)` check is expanded over.
const maxAnyItems = 64

// classifyAny reads `any(origin.startswith(o) for o in TRUSTED)`: the test
// holds when the body holds for one item, so it accepts the union of what
// the body accepts with the loop variable bound to each item of a known
// list. The matchers point at the body, where the comparison is written:
// the items are often fine origins and the check is what needs changing.
func (x *extractor) classifyAny(gen *python.Node, neg bool, s *python.Scope) ([]policy.Matcher, bool, bool) {
	m := x.m
	body := gen.Child("body")
	var forc *python.Node
	for _, c := range gen.NamedChildren() {
		switch c.Type {
		case "for_in_clause":
			if forc != nil {
				return nil, true, false
			}
			forc = c
		case "if_clause":
			// A filter would need evaluating per item; not worth guessing.
			return nil, true, false
		}
	}
	if body == nil || forc == nil || forc.Child("left") == nil || forc.Child("left").Type != "identifier" {
		return nil, true, false
	}
	if !x.mentionsOrigin(body, s) {
		return nil, false, true
	}
	if neg {
		// `not any(...)`: every origin the body rejects passes.
		return nil, true, true
	}
	src := x.eval(s, forc.Child("right"))
	if src.Kind != python.List || src.Partial || len(src.Items) > maxAnyItems {
		return nil, true, false
	}
	name := m.Text(forc.Child("left"))
	saved := x.locals
	defer func() { x.locals = saved }()
	span := m.Span(body)
	var out []policy.Matcher
	for _, it := range src.Items {
		x.locals = map[string]python.Value{name: it}
		for k, v := range saved {
			if k != name {
				x.locals[k] = v
			}
		}
		ms, rel, ok := x.classify(body, false, s)
		if !ok {
			return nil, true, false
		}
		if !rel || ms == nil {
			// One item does not restrict the origin: none does.
			return nil, true, true
		}
		for _, mt := range ms {
			mt.Span = span
			mt.Dev = mt.Dev || it.Dev
			if mt.EnvFallback == "" {
				mt.EnvFallback = it.EnvVar
			}
			out = append(out, mt)
		}
	}
	return out, true, true
}
