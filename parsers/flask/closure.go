package flask

import "github.com/corslint/corslint/parsers/python"

// binding finds the single assignment of name as Python resolves it from
// scope s: the innermost function scope that assigns it, then the module.
// A nested function (a WSGI middleware's start_response wrapper, a
// decorator's inner function) reads the origin its enclosing function took
// from the request, so that binding must be seen. Class bodies are skipped
// except when s is the class itself: methods do not see class-level names.
// It returns the scope the value is bound in, for evaluating the value.
func binding(s *python.Scope, name string) (*python.Node, *python.Scope, bool) {
	for sc := s; sc != nil; sc = sc.Parent {
		if sc != s && sc.Node != nil && sc.Node.Type == "class_definition" {
			continue
		}
		if len(sc.Targets(name)) == 0 {
			continue
		}
		if _, v, ok := sc.Binding(name); ok {
			return v, sc, true
		}
		return nil, nil, false
	}
	return nil, nil, false
}
