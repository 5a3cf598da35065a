package python

import (
	"path"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Module is one parsed Python file with its imports and name bindings. It
// holds the source only for the duration of a Parse call.
type Module struct {
	Path string
	Root *Node
	src  []byte
	// Imports maps a local name to what it refers to, fully qualified:
	// `from flask_cors import CORS as C` gives C -> flask_cors.CORS,
	// `import flask_cors as fc` gives fc -> flask_cors.
	Imports map[string]string
	// StarImports lists modules imported with `from M import *`.
	StarImports []string
	// StarFrom lists the same modules as written, leading dots of a
	// relative import kept (`.base`), so that they can be found on disk.
	StarFrom []string
	// FromImports maps a module-level name bound by `from M import name [as
	// local]` to M as written (leading dots kept) and the imported name, so
	// that the defining module can be found on disk (ImportedModule).
	FromImports map[string]FromImport
	top         *Scope
	scopes      map[*Node]*Scope
	// imp follows `from M import NAME` into other files (SetReader).
	imp *importer
}

// FromImport is one `from M import name`: M as written and the name.
type FromImport struct {
	Module string
	Name   string
}

// Parse parses src. A nil Module comes back (with a notice) when the file is
// not parsed at all: too large, not UTF-8, or tree-sitter failed.
func Parse(file string, src []byte) (*Module, []policy.Notice) {
	if n := checkInput(file, src); n != nil {
		return nil, []policy.Notice{*n}
	}
	root, notices, err := parseTree(file, src)
	if err != nil {
		return nil, append(notices, policy.Notice{Level: policy.LevelError, Message: err.Error(), Span: policy.Span{File: file}})
	}
	m := &Module{Path: file, Root: root, src: src, Imports: map[string]string{}, FromImports: map[string]FromImport{}, scopes: map[*Node]*Scope{}}
	m.newScope(root, nil)
	return m, notices
}

// Text is the source text of n.
func (m *Module) Text(n *Node) string {
	if n == nil || n.StartByte < 0 || n.EndByte > len(m.src) || n.StartByte > n.EndByte {
		return ""
	}
	return string(m.src[n.StartByte:n.EndByte])
}

// Span is n's location.
func (m *Module) Span(n *Node) policy.Span {
	if n == nil {
		return policy.Span{}
	}
	return policy.Span{File: m.Path, Start: n.Start, End: n.End}
}

// Top is the module scope.
func (m *Module) Top() *Scope { return m.top }

// ScopeOf returns the scope a definition node (function or class) opens.
func (m *Module) ScopeOf(def *Node) *Scope { return m.scopes[def] }

// Scope is a module, class or function body with its bindings.
type Scope struct {
	Node   *Node
	Parent *Scope
	binds  map[string][]binding
	order  []string
}

type binding struct {
	target *Node
	value  *Node // nil when bound by something that is not an expression
	aug    bool  // `+=`, `.extend(...)`, `.append(...)`
	item   bool  // `.append(value)`: value is one more item, not a list
	dev    bool  // inside a branch guarded by a development check
}

// Names lists the names assigned in the scope, in order of first assignment.
func (s *Scope) Names() []string { return s.order }

// Binding returns the target and value node of the only assignment of name
// in s itself (not its parents); ok is false when there is none or several.
func (s *Scope) Binding(name string) (target, value *Node, ok bool) {
	bs := s.binds[name]
	if len(bs) != 1 || bs[0].value == nil {
		return nil, nil, false
	}
	return bs[0].target, bs[0].value, true
}

// Targets returns every node that assigns name in s, in source order.
func (s *Scope) Targets(name string) []*Node {
	var out []*Node
	for _, b := range s.binds[name] {
		out = append(out, b.target)
	}
	return out
}

func (m *Module) newScope(n *Node, parent *Scope) {
	s := &Scope{Node: n, Parent: parent, binds: map[string][]binding{}}
	m.scopes[n] = s
	if parent == nil {
		m.top = s
	}
	body := n
	if b := n.Child("body"); b != nil {
		body = b
	}
	if parent != nil {
		if params := n.Child("parameters"); params != nil {
			for _, p := range params.NamedChildren() {
				if id := firstIdentifier(p); id != nil {
					s.bind(m.Text(id), binding{target: id})
				}
			}
		}
	}
	m.collect(s, body, false)
}

func firstIdentifier(n *Node) *Node {
	if n.Type == "identifier" {
		return n
	}
	for _, c := range n.Children {
		if c.Type == "identifier" {
			return c
		}
	}
	return nil
}

func (s *Scope) bind(name string, b binding) {
	if _, seen := s.binds[name]; !seen {
		s.order = append(s.order, name)
	}
	s.binds[name] = append(s.binds[name], b)
}

// collect records the bindings of the statements under n into s, descending
// into compound statements but not into nested functions and classes, which
// get scopes of their own.
func (m *Module) collect(s *Scope, n *Node, dev bool) {
	for _, c := range n.Children {
		switch c.Type {
		case "function_definition", "class_definition":
			if name := c.Child("name"); name != nil {
				s.bind(m.Text(name), binding{target: name})
			}
			m.newScope(c, s)
		case "decorated_definition":
			m.collect(s, c, dev)
		case "import_statement", "import_from_statement":
			m.collectImport(s, c)
		case "if_statement":
			m.collectIf(s, c, dev)
		case "expression_statement":
			for _, e := range c.NamedChildren() {
				m.collectAssignment(s, e, dev)
			}
		case "for_statement", "with_statement", "while_statement", "try_statement",
			"block", "else_clause", "except_clause", "finally_clause", "with_clause",
			"with_item", "match_statement", "case_clause", "elif_clause":
			if left := c.Child("left"); left != nil && c.Type == "for_statement" {
				m.bindTargets(s, left, nil, false, dev)
			}
			m.collect(s, c, dev)
		case "as_pattern":
			if alias := c.Child("alias"); alias != nil {
				m.bindTargets(s, alias, nil, false, dev)
			}
		}
	}
}

func (m *Module) collectIf(s *Scope, n *Node, dev bool) {
	cond := DevCondition(m, n.Child("condition"))
	// The consequence of a development check only runs in development; the
	// else branch of one only in production (rules.md, development origins).
	consDev, elseDev := dev, dev
	switch cond {
	case CondDev:
		consDev = true
	case CondProd:
		elseDev = true
	}
	if b := n.Child("consequence"); b != nil {
		m.collect(s, b, consDev)
	}
	for _, c := range n.Children {
		if c.Field != "alternative" {
			continue
		}
		if c.Type == "else_clause" {
			m.collect(s, c, elseDev)
			continue
		}
		// An elif is its own test; it runs only when the first one failed.
		m.collectIf(s, c, elseDev)
	}
}

func (m *Module) collectAssignment(s *Scope, e *Node, dev bool) {
	switch e.Type {
	case "assignment":
		left, right := e.Child("left"), e.Child("right")
		// a = b = value: the inner assignment is the right side.
		for right != nil && right.Type == "assignment" {
			m.bindTargets(s, left, right.Child("right"), false, dev)
			left, right = right.Child("left"), right.Child("right")
		}
		m.bindTargets(s, left, right, false, dev)
	case "augmented_assignment":
		op := e.Child("operator")
		m.bindTargets(s, e.Child("left"), e.Child("right"), op != nil && op.Type == "+=", dev)
	case "call":
		// CORS_ALLOWED_ORIGINS.append("...") / .extend([...]) after the
		// assignment: settings modules grow lists this way.
		fn := e.Child("function")
		if fn == nil || fn.Type != "attribute" || fn.Child("object") == nil || fn.Child("object").Type != "identifier" {
			return
		}
		method := m.Text(fn.Child("attribute"))
		args := e.Child("arguments")
		if (method != "append" && method != "extend") || args == nil || len(args.NamedChildren()) != 1 || args.NamedChildren()[0].Type == "keyword_argument" {
			return
		}
		obj := fn.Child("object")
		if _, seen := s.binds[m.Text(obj)]; !seen {
			return
		}
		s.bind(m.Text(obj), binding{target: obj, value: args.NamedChildren()[0], aug: true, item: method == "append", dev: dev})
	}
}

func (m *Module) bindTargets(s *Scope, left, right *Node, aug, dev bool) {
	if left == nil {
		return
	}
	switch left.Type {
	case "identifier":
		s.bind(m.Text(left), binding{target: left, value: right, aug: aug, dev: dev})
	case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list":
		for _, c := range left.NamedChildren() {
			m.bindTargets(s, c, nil, false, dev)
		}
	}
}

func (m *Module) collectImport(s *Scope, n *Node) {
	module := ""
	if n.Type == "import_from_statement" {
		mod := n.Child("module_name")
		module = strings.TrimLeft(m.Text(mod), ".")
		for _, c := range n.Children {
			if c.Type == "wildcard_import" {
				m.StarImports = append(m.StarImports, module)
				m.StarFrom = append(m.StarFrom, m.Text(mod))
			}
		}
	}
	for _, c := range n.Children {
		if c.Field != "name" {
			continue
		}
		name, alias := c, (*Node)(nil)
		if c.Type == "aliased_import" {
			name, alias = c.Child("name"), c.Child("alias")
		}
		full := m.Text(name)
		if module != "" {
			full = module + "." + full
		}
		local := m.Text(name)
		if alias != nil {
			local = m.Text(alias)
		} else if module == "" {
			// `import a.b` binds `a`, which then names the package.
			local, full = strings.Split(local, ".")[0], strings.Split(local, ".")[0]
		}
		if s == m.top {
			m.Imports[local] = full
			if n.Type == "import_from_statement" {
				m.FromImports[local] = FromImport{Module: m.Text(n.Child("module_name")), Name: m.Text(name)}
			}
		}
		s.bind(local, binding{target: name})
	}
}

// QualName returns the dotted name an identifier or attribute chain refers
// to, with imports resolved: `fc.CORS` after `import flask_cors as fc` gives
// `flask_cors.CORS`. A chain rooted in anything else gives "".
func (m *Module) QualName(n *Node) string {
	switch n.Type {
	case "identifier":
		name := m.Text(n)
		if q, ok := m.Imports[name]; ok {
			return q
		}
		return name
	case "attribute":
		obj := m.QualName(n.Child("object"))
		if obj == "" {
			return ""
		}
		return obj + "." + m.Text(n.Child("attribute"))
	case "parenthesized_expression":
		if kids := n.NamedChildren(); len(kids) == 1 {
			return m.QualName(kids[0])
		}
	}
	return ""
}

// ImportedFrom reports whether local name is imported from module (or a
// submodule of it), explicitly or through a star import.
func (m *Module) ImportedFrom(name, module string) bool {
	if q, ok := m.Imports[name]; ok {
		return q == module || strings.HasPrefix(q, module+".")
	}
	for _, s := range m.StarImports {
		if s == module || strings.HasPrefix(s, module+".") {
			return true
		}
	}
	return false
}

// Walk visits every node in source order with the scope it belongs to; fn
// returns false to skip a node's children.
func (m *Module) Walk(fn func(n *Node, s *Scope) bool) {
	m.walk(m.Root, m.top, fn)
}

func (m *Module) walk(n *Node, s *Scope, fn func(*Node, *Scope) bool) {
	if !fn(n, s) {
		return
	}
	inner := s
	if sc, ok := m.scopes[n]; ok && n != m.Root {
		inner = sc
	}
	for _, c := range n.Children {
		m.walk(c, inner, fn)
	}
}

// devWords are path segments and names that mark development (rules.md,
// "Development origins").
var devWords = map[string]bool{
	"dev": true, "development": true, "local": true, "test": true, "tests": true, "testing": true,
	"debug": true, "is_dev": true, "is_development": true, "is_local": true, "is_debug": true,
}

// DevPath reports whether a file path marks development by a folder or file
// name (`settings/dev.py`, `local_settings.py`, `tests/...`).
func DevPath(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		seg = strings.TrimSuffix(strings.ToLower(seg), path.Ext(seg))
		for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '_' || r == '-' || r == '.' }) {
			if w == "dev" || w == "development" || w == "local" || w == "test" || w == "tests" {
				return true
			}
		}
	}
	return false
}
