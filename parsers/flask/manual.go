package flask

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

const acao = "access-control-allow-origin"

// extractManual builds a policy for each hand-written
// Access-Control-Allow-Origin in a function (a Flask after_request hook, a
// view, a middleware) or at module level.
func (x *extractor) extractManual() {
	if x.testFile {
		return
	}
	m := x.m
	x.manualUnit(m.Root, m.Top(), "module")
	m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if n.Type == "function_definition" {
			if s := m.ScopeOf(n); s != nil {
				x.manualUnit(n.Child("body"), s, x.unitScope(n))
			}
		}
		return true
	})
}

// unitScope names a function for messages: its route, or "after_request
// hook f", or "function f".
func (x *extractor) unitScope(fn *python.Node) string {
	m := x.m
	name := m.Text(fn.Child("name"))
	if fn.Parent == nil || fn.Parent.Type != "decorated_definition" {
		return "function " + name
	}
	var routes []string
	for _, d := range fn.Parent.Children {
		if d.Type != "decorator" {
			continue
		}
		txt := m.Text(d)
		if strings.Contains(txt, "after_request") {
			return "after_request hook " + name
		}
		for _, c := range d.NamedChildren() {
			if c.Type == "call" && c.Child("function") != nil && c.Child("function").Type == "attribute" &&
				routeMethods[m.Text(c.Child("function").Child("attribute"))] {
				if a := m.CallArgs(c); len(a.Positional) > 0 {
					if v := m.Eval(m.Top(), a.Positional[0]); v.Kind == python.Str {
						routes = append(routes, v.Str)
					}
				}
			}
		}
	}
	if len(routes) > 0 {
		return strings.Join(routes, ", ")
	}
	return "function " + name
}

func (x *extractor) manualUnit(body *python.Node, s *python.Scope, scope string) {
	if body == nil {
		return
	}
	writes := x.headerWrites(body, s)
	var origins []headerWrite
	extra := map[int][]headerWrite{} // by index in origins: fields added after it
	for _, w := range writes {
		if w.name != acao {
			continue
		}
		if first := x.duplicated(origins, w); first >= 0 {
			extra[first] = append(extra[first], w)
			continue
		}
		origins = append(origins, w)
	}
	if len(origins) == 0 {
		return
	}
	for i, w := range origins {
		p := policy.Policy{
			Framework: "flask",
			Scope:     scope,
			Span:      x.m.Span(w.stmt),
			// A hook runs on error responses too; a view sets the headers on the
			// responses it returns itself, error answers included. (Exceptions
			// that Flask turns into error pages are not covered; CORS020 is about
			// nginx add_header, rules.md.)
			OnErrors: true,
			Dev:      x.devFile || x.m.InDevBranch(w.stmt),
		}
		p.Origins = x.manualOrigin(w, s)
		for _, e := range extra[i] {
			p.Origins.ExtraFields = append(p.Origins.ExtraFields, policy.Field{
				Value: sentValue(x.m, e, x.m.Eval(s, e.value)),
				Echo:  echoOf(x.m, s, e.value, "origin", 0),
				Span:  x.m.Span(e.value),
			})
		}
		p.PreflightOnly = x.preflightOnly(w.stmt)
		x.manualOthers(&p, writes, s)
		x.policies = append(x.policies, p)
	}
}

// duplicated returns the index in earlier of the Access-Control-Allow-Origin
// write that w adds a second field to, or -1. Only an appending call does
// that (an item assignment replaces the field), and only when both run for
// the same response: statements of one block, not branches of an if.
func (x *extractor) duplicated(earlier []headerWrite, w headerWrite) int {
	if !w.appends {
		return -1
	}
	blk := statementOf(w.stmt)
	for i, e := range earlier {
		if st := statementOf(e.stmt); st != nil && blk != nil && st.Parent == blk.Parent {
			return i
		}
	}
	return -1
}

// statementOf is the statement holding n, directly in a block or module.
func statementOf(n *python.Node) *python.Node {
	for c := n; c != nil && c.Parent != nil; c = c.Parent {
		if c.Parent.Type == "block" || c.Parent.Type == "module" {
			return c
		}
	}
	return nil
}

func (x *extractor) manualOthers(p *policy.Policy, writes []headerWrite, s *python.Scope) {
	m := x.m
	for _, w := range writes {
		v := m.Eval(s, w.value)
		p.Directives = append(p.Directives, policy.HeaderDirective{Name: canonical(w.name), Value: sentValue(m, w, v), Span: m.Span(w.value)})
		switch w.name {
		case "access-control-allow-credentials":
			if sent := sentValue(m, w, v); v.Kind != python.Unknown {
				p.Credentials = policy.Credentials{Value: sent, Set: true, Span: v.Span}
			}
		case "access-control-allow-methods":
			if l, ok := python.HeaderList(v); ok {
				p.AllowMethods = l
			}
		case "access-control-allow-headers":
			if echoOf(m, s, w.value, "access-control-request-headers", 0) {
				p.AllowHeaders = policy.List{Mode: policy.ListReflect, Explicit: true, Span: m.Span(w.value)}
			} else if l, ok := python.HeaderList(v); ok {
				p.AllowHeaders = l
			}
		case "access-control-expose-headers":
			if l, ok := python.HeaderList(v); ok {
				p.ExposeHeaders = l
			}
		case "access-control-max-age":
			if ma, ok := python.MaxAge(v); ok {
				p.MaxAge = ma
			}
		case "access-control-allow-private-network":
			if v.Kind == python.Str && strings.EqualFold(v.Str, "true") {
				p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, Span: v.Span}
			}
		case "vary":
			if varyNamesOrigin(v) || v.Kind == python.Unknown && strings.Contains(strings.ToLower(m.Text(w.value)), "origin") {
				p.Vary = policy.Vary{Origin: policy.VaryAlways, Span: m.Span(w.value)}
			}
		}
	}
}

// varyNamesOrigin reports whether a Vary value names Origin: a string
// ("Accept-Encoding, Origin") or a list of names (patch_vary_headers).
func varyNamesOrigin(v python.Value) bool {
	if v.Kind == python.Str {
		return strings.Contains(strings.ToLower(v.Str), "origin")
	}
	if v.Kind != python.List {
		return false
	}
	for _, it := range v.Items {
		if it.Kind == python.Str && strings.Contains(strings.ToLower(it.Str), "origin") {
			return true
		}
	}
	return false
}

// sentValue is a header value as werkzeug sends it: str() of the value
// (True becomes "True", which browsers do not accept for credentials). A
// Lambda proxy response is JSON, so there True is sent as "true".
func sentValue(m *python.Module, w headerWrite, v python.Value) string {
	switch v.Kind {
	case python.Str:
		return v.Str
	case python.Bool:
		s := "False"
		if v.Bool {
			s = "True"
		}
		if w.json || w.prop {
			s = strings.ToLower(s)
		}
		return s
	case python.Int:
		return fmt.Sprint(v.Int)
	case python.List:
		if w.prop {
			// werkzeug's HeaderSet properties join the names with ", ".
			var parts []string
			for _, it := range v.Items {
				if it.Kind != python.Str {
					return m.Text(w.value)
				}
				parts = append(parts, it.Str)
			}
			return strings.Join(parts, ", ")
		}
	}
	return m.Text(w.value)
}

var canonicalNames = map[string]string{
	"access-control-allow-origin":          "Access-Control-Allow-Origin",
	"access-control-allow-credentials":     "Access-Control-Allow-Credentials",
	"access-control-allow-methods":         "Access-Control-Allow-Methods",
	"access-control-allow-headers":         "Access-Control-Allow-Headers",
	"access-control-expose-headers":        "Access-Control-Expose-Headers",
	"access-control-max-age":               "Access-Control-Max-Age",
	"access-control-allow-private-network": "Access-Control-Allow-Private-Network",
	"vary":                                 "Vary",
}

func canonical(name string) string {
	if c, ok := canonicalNames[name]; ok {
		return c
	}
	return name
}

// preflightOnly: the write sits under `if request.method == "OPTIONS":`.
func (x *extractor) preflightOnly(n *python.Node) bool {
	for c := n; c.Parent != nil; c = c.Parent {
		p := c.Parent
		if p.Type == "function_definition" {
			return false
		}
		if p.Type == "if_statement" && c.Field == "consequence" {
			t := x.m.Text(p.Child("condition"))
			if strings.Contains(t, "method") && strings.Contains(t, "OPTIONS") && strings.Contains(t, "==") {
				return true
			}
		}
	}
	return false
}
