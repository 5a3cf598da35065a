package flask

import (
	"strings"

	"github.com/corslint/corslint/parsers/python"
)

// headerWrite is one place code sets a response header.
type headerWrite struct {
	name  string       // lower case
	value *python.Node // the value expression
	stmt  *python.Node // the statement or call doing it
}

func corsHeader(name string) bool {
	name = strings.ToLower(name)
	return strings.HasPrefix(name, "access-control-allow-") || name == "access-control-expose-headers" ||
		name == "access-control-max-age" || name == "vary"
}

// headerSetters are methods of header collections that set one header.
var headerSetters = map[string]bool{
	"add": true, "set": true, "setdefault": true, "add_header": true, "append": true,
	"set_header": true, "__setitem__": true,
}

// headerWrites finds CORS header writes under n without entering nested
// functions: item assignment, setter calls, dict literals and header tuples.
func (x *extractor) headerWrites(n *python.Node, s *python.Scope) []headerWrite {
	var out []headerWrite
	m := x.m
	var visit func(c *python.Node)
	visit = func(c *python.Node) {
		switch c.Type {
		case "function_definition", "class_definition", "lambda":
			return
		case "assignment":
			if left := c.Child("left"); left != nil && left.Type == "subscript" {
				if k := m.Eval(s, left.Child("subscript")); k.Kind == python.Str && corsHeader(k.Str) {
					out = append(out, headerWrite{name: strings.ToLower(k.Str), value: c.Child("right"), stmt: c})
				}
			}
		case "call":
			fn := c.Child("function")
			if fn != nil && fn.Type == "attribute" && headerSetters[m.Text(fn.Child("attribute"))] {
				a := m.CallArgs(c)
				if len(a.Positional) == 2 {
					if k := m.Eval(s, a.Positional[0]); k.Kind == python.Str && corsHeader(k.Str) {
						out = append(out, headerWrite{name: strings.ToLower(k.Str), value: a.Positional[1], stmt: c})
					}
				}
			}
			if fn != nil && fn.Type == "attribute" && m.Text(fn.Child("attribute")) == "add" &&
				strings.HasSuffix(m.Text(fn.Child("object")), ".vary") {
				if a := m.CallArgs(c); len(a.Positional) == 1 {
					out = append(out, headerWrite{name: "vary", value: a.Positional[0], stmt: c})
				}
			}
		case "pair":
			if k := m.Eval(s, c.Child("key")); k.Kind == python.Str && corsHeader(k.Str) {
				out = append(out, headerWrite{name: strings.ToLower(k.Str), value: c.Child("value"), stmt: c})
			}
		case "tuple":
			kids := c.NamedChildren()
			if len(kids) == 2 {
				if k := m.Eval(s, kids[0]); k.Kind == python.Str && corsHeader(k.Str) {
					out = append(out, headerWrite{name: strings.ToLower(k.Str), value: kids[1], stmt: c})
					return
				}
			}
		}
		for _, ch := range c.Children {
			visit(ch)
		}
	}
	for _, ch := range n.Children {
		visit(ch)
	}
	return out
}
