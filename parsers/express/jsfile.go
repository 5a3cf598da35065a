package express

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// jsfile is one parsed JS/TS file with what the front end learned about its
// names: bindings (for the small constant propagation design.md asks for),
// imports, and `name.push(...)` calls that extend arrays.
type jsfile struct {
	path    string
	src     []byte
	root    *node
	devFile bool
	// binds maps a name to every node that binds it anywhere in the file
	// (declarators, assignments, function declarations, destructuring). A
	// name is only resolved when it is bound exactly once.
	binds map[string][]binding
	// imports maps a local name to the module it comes from: "cors", or
	// "socket.io#Server" for a named export.
	imports map[string]string
	// pushes are the calls `name.push(...)` per array name.
	pushes map[string][]*node
	// visiting guards the evaluation of bindings against cycles.
	visiting map[*node]bool
	// subst binds names temporarily while a callback body is read once per
	// element of an array (`list.some(o => origin.endsWith(o))`).
	subst   map[string]*value
	notices []policy.Notice
	// steps counts evaluation work: names bound to expressions that use
	// other names twice could otherwise make it exponential.
	steps int
	// mods reads modules this file imports by a relative path (nil when
	// the scan driver gives no reader); hops counts the modules crossed to
	// reach this file (crossfile.go).
	mods *modLoader
	hops int
}

// maxEvalSteps bounds the evaluation work of one file; past it, values are
// unknown.
const maxEvalSteps = 1 << 18

// spend counts one step of evaluation and reports whether the budget is
// exhausted.
func (f *jsfile) spend() bool {
	f.steps++
	return f.steps > maxEvalSteps
}

// binding is one place a name is bound; val is nil when the value is not an
// expression corslint reads (destructuring, a parameter-less `let x;`).
type binding struct {
	at  *node
	val *node
}

func newJSFile(path string, src []byte, root *node) *jsfile {
	f := &jsfile{
		path: path, src: src, root: root, devFile: devPath(path),
		binds: map[string][]binding{}, imports: map[string]string{}, pushes: map[string][]*node{},
		visiting: map[*node]bool{},
	}
	f.index(root)
	return f
}

// text is the source of n.
func (f *jsfile) text(n *node) string {
	if n == nil || n.start < 0 || n.end > len(f.src) || n.start > n.end {
		return ""
	}
	return string(f.src[n.start:n.end])
}

// span is n's location.
func (f *jsfile) span(n *node) policy.Span {
	if n == nil {
		return policy.Span{}
	}
	return policy.Span{File: f.path, Start: n.startPos, End: n.endPos}
}

// walk visits every node, depth first, in source order, while visit says so.
func walk(n *node, visit func(*node) bool) {
	if n == nil || !visit(n) {
		return
	}
	for _, c := range n.kids {
		walk(c, visit)
	}
}

// index records bindings, imports and pushes.
func (f *jsfile) index(root *node) {
	walk(root, func(n *node) bool {
		switch n.typ {
		case "variable_declarator":
			f.declarator(n)
		case "assignment_expression":
			if l := n.child("left"); l != nil && l.typ == "identifier" {
				f.bind(f.text(l), binding{at: n, val: n.child("right")})
			}
		case "function_declaration", "generator_function_declaration":
			if name := n.child("name"); name != nil {
				f.bind(f.text(name), binding{at: n, val: n})
			}
		case "import_statement":
			f.importStatement(n)
		case "call_expression":
			if fn := n.child("function"); fn != nil && fn.typ == "member_expression" {
				obj, prop := fn.child("object"), fn.child("property")
				if obj != nil && obj.typ == "identifier" && prop != nil && f.text(prop) == "push" {
					f.pushes[f.text(obj)] = append(f.pushes[f.text(obj)], n)
				}
			}
		}
		return true
	})
}

func (f *jsfile) bind(name string, b binding) {
	f.binds[name] = append(f.binds[name], b)
}

// declarator records `const name = value`, `const {a, b: c} = value` and
// the require() forms of imports.
func (f *jsfile) declarator(n *node) {
	name, val := n.child("name"), n.child("value")
	if name == nil {
		return
	}
	mod := f.requiredModule(val)
	switch name.typ {
	case "identifier":
		if val == nil {
			return // `let x;` binds nothing yet; a later assignment does
		}
		f.bind(f.text(name), binding{at: n, val: val})
		if mod != "" {
			f.imports[f.text(name)] = mod
		}
	case "object_pattern":
		for _, p := range name.namedKids() {
			local, key := "", ""
			switch p.typ {
			case "shorthand_property_identifier_pattern":
				local, key = f.text(p), f.text(p)
			case "pair_pattern":
				if v := p.child("value"); v != nil && v.typ == "identifier" {
					local, key = f.text(v), f.text(p.child("key"))
				}
			}
			if local == "" {
				continue
			}
			f.bind(local, binding{at: p})
			if mod != "" {
				f.imports[local] = mod + "#" + key
			}
		}
	default:
		walk(name, func(c *node) bool {
			if c.typ == "identifier" || c.typ == "shorthand_property_identifier_pattern" {
				f.bind(f.text(c), binding{at: c})
			}
			return true
		})
	}
}

// requiredModule returns the module of `require('m')`, `require('m').default`
// or `await import('m')`, or "".
func (f *jsfile) requiredModule(n *node) string {
	n = unwrap(n)
	if n == nil {
		return ""
	}
	switch n.typ {
	case "await_expression":
		if k := n.namedKids(); len(k) == 1 {
			return f.requiredModule(k[0])
		}
	case "member_expression":
		if p := n.child("property"); p != nil && f.text(p) == "default" {
			return f.requiredModule(n.child("object"))
		}
	case "call_expression":
		fn := n.child("function")
		if fn == nil || (fn.typ != "import" && f.text(fn) != "require") {
			return ""
		}
		args := callArgs(n)
		if len(args) == 1 && args[0].typ == "string" {
			return canonicalModule(stringText(f, args[0]))
		}
	}
	return ""
}

func (f *jsfile) importStatement(n *node) {
	src := n.child("source")
	if src == nil {
		return
	}
	mod := canonicalModule(stringText(f, src))
	for _, c := range n.namedKids() {
		if c.typ != "import_clause" {
			continue
		}
		for _, k := range c.namedKids() {
			switch k.typ {
			case "identifier":
				f.imports[f.text(k)] = mod
			case "namespace_import":
				for _, id := range k.namedKids() {
					f.imports[f.text(id)] = mod
				}
			case "named_imports":
				for _, s := range k.namedKids() {
					name, alias := s.child("name"), s.child("alias")
					if name == nil {
						continue
					}
					local := f.text(name)
					if alias != nil {
						local = f.text(alias)
					}
					exp := f.text(name)
					if exp == "default" {
						f.imports[local] = mod
					} else {
						f.imports[local] = mod + "#" + exp
					}
				}
			}
		}
	}
}

// unwrap strips parentheses and TypeScript-only wrappers (`x as T`,
// `x satisfies T`, `x!`, `<T>x`), which change nothing at run time.
func unwrap(n *node) *node {
	for n != nil {
		switch n.typ {
		case "parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression", "type_assertion":
			k := n.namedKids()
			if len(k) == 0 {
				return n
			}
			// as/satisfies/type_assertion: the expression is the value child,
			// the type the other; the expression comes first except in <T>x.
			if n.typ == "type_assertion" {
				n = k[len(k)-1]
			} else {
				n = k[0]
			}
		default:
			return n
		}
	}
	return nil
}

// callArgs returns the argument expressions of a call or new expression.
func callArgs(call *node) []*node {
	a := call.child("arguments")
	if a == nil {
		return nil
	}
	return a.namedKids()
}

// calleeName is the last name of a callee: `cors` for cors(...),
// `use` for app.use(...).
func calleeName(f *jsfile, fn *node) string {
	fn = unwrap(fn)
	if fn == nil {
		return ""
	}
	switch fn.typ {
	case "identifier":
		return f.text(fn)
	case "member_expression":
		return f.text(fn.child("property"))
	}
	return ""
}

// devPath reports files marked as development by their path (rules.md
// decisions): dev, development, local, test in a folder or file name.
func devPath(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		seg = strings.ToLower(seg)
		for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
			switch w {
			case "dev", "development", "local", "test", "tests", "__tests__":
				return true
			}
		}
	}
	return false
}
