package python

import (
	"strconv"
	"strings"
)

// maxEvalDepth bounds name chains and nesting during evaluation.
const maxEvalDepth = 64

// maxEvalSteps bounds the work of one evaluation: names are not memoised,
// so `A = [B, B]; B = [C, C]; ...` would otherwise grow exponentially.
const maxEvalSteps = 200000

type evaluator struct {
	m        *Module
	dev      bool // evaluate the development view (DEBUG branches taken)
	visiting map[*Node]bool
	// locals are names bound while evaluating a comprehension body or a
	// lambda applied to a known value; they shadow every scope.
	locals map[string]Value
	steps  int
}

// Eval evaluates n in scope s as production runs it: assignments inside
// development branches are ignored when others exist.
func (m *Module) Eval(s *Scope, n *Node) Value {
	e := evaluator{m: m, visiting: map[*Node]bool{}}
	return e.eval(s, n, 0)
}

// EvalWith evaluates n like Eval with some names bound to known values
// first (a generator's loop variable), shadowing every scope.
func (m *Module) EvalWith(s *Scope, n *Node, locals map[string]Value) Value {
	e := evaluator{m: m, visiting: map[*Node]bool{}, locals: map[string]Value{}}
	for k, v := range locals {
		e.locals[k] = v
	}
	return e.eval(s, n, 0)
}

// HasDevBinding reports whether name is assigned inside a development branch
// of scope s.
func (s *Scope) HasDevBinding(name string) bool {
	for _, b := range s.binds[name] {
		if b.dev {
			return true
		}
	}
	return false
}

// Lookup evaluates name in s (and its parents) as production runs it; ok is
// false when the name is not assigned anywhere in reach.
func (m *Module) Lookup(s *Scope, name string, dev bool) (Value, bool) {
	e := evaluator{m: m, dev: dev, visiting: map[*Node]bool{}}
	for sc := s; sc != nil; sc = sc.Parent {
		if bs, ok := sc.binds[name]; ok {
			if !dev && !sc.HasProdBinding(name) {
				// Only set in a development branch: production never sees it.
				return Value{}, false
			}
			return e.fromBindings(sc, name, bs, 0), true
		}
	}
	return Value{}, false
}

// HasProdBinding reports whether name is assigned outside development
// branches of scope s.
func (s *Scope) HasProdBinding(name string) bool {
	for _, b := range s.binds[name] {
		if !b.dev {
			return true
		}
	}
	return false
}

func (e *evaluator) eval(s *Scope, n *Node, depth int) Value {
	m := e.m
	if n == nil {
		return Value{Kind: Unknown, Note: "missing value"}
	}
	span := m.Span(n)
	if depth > maxEvalDepth {
		return unknown(span, "expression nested too deeply")
	}
	if e.steps++; e.steps > maxEvalSteps {
		return unknown(span, "expression too costly to evaluate")
	}
	switch n.Type {
	case "string":
		for _, c := range n.Children {
			if c.Type == "interpolation" {
				return e.fstring(s, n, depth)
			}
		}
		s, ok := decodeString(m.Text(n), false)
		if !ok {
			return unknown(span, "formatted string %s", m.short(n))
		}
		return Value{Kind: Str, Str: s, Span: span}
	case "concatenated_string":
		var sb strings.Builder
		for _, c := range n.NamedChildren() {
			v := e.eval(s, c, depth+1)
			if v.Kind != Str {
				return unknown(span, "formatted string %s", m.short(n))
			}
			sb.WriteString(v.Str)
		}
		return Value{Kind: Str, Str: sb.String(), Span: span}
	case "integer":
		t := strings.ReplaceAll(strings.TrimRight(strings.ToLower(m.Text(n)), "lj"), "_", "")
		i, err := strconv.ParseInt(t, 0, 64)
		if err != nil {
			return unknown(span, "integer %s out of range", m.short(n))
		}
		return Value{Kind: Int, Int: i, Span: span}
	case "float":
		f, err := strconv.ParseFloat(strings.ReplaceAll(m.Text(n), "_", ""), 64)
		if err != nil {
			return unknown(span, "number %s", m.short(n))
		}
		return Value{Kind: Float, Float: f, Span: span}
	case "true", "false":
		return Value{Kind: Bool, Bool: n.Type == "true", Span: span}
	case "none":
		return Value{Kind: None, Span: span}
	case "list", "tuple", "set":
		return e.sequence(s, n, depth)
	case "dictionary":
		return e.dict(s, n, depth)
	case "parenthesized_expression":
		if kids := n.NamedChildren(); len(kids) == 1 {
			return e.eval(s, kids[0], depth+1)
		}
	case "identifier":
		if v, ok := e.devFlag(n); ok {
			return v
		}
		return e.name(s, n, depth)
	case "attribute":
		if v, ok := e.devFlag(n); ok {
			return v
		}
		if v, ok := e.settingsField(s, n, depth); ok {
			return v
		}
		return e.attribute(n)
	case "comparison_operator":
		return e.compare(s, n, depth)
	case "subscript":
		return e.subscript(s, n, depth)
	case "call":
		return e.call(s, n, depth)
	case "binary_operator":
		return e.binary(s, n, depth)
	case "boolean_operator":
		return e.boolean(s, n, depth)
	case "unary_operator":
		v := e.eval(s, n.Child("argument"), depth+1)
		if n.HasToken("-") {
			switch v.Kind {
			case Int:
				v.Int = -v.Int
				v.Span = span
				return v
			case Float:
				v.Float = -v.Float
				v.Span = span
				return v
			}
		}
	case "conditional_expression":
		return e.conditional(s, n, depth)
	case "list_comprehension", "generator_expression", "set_comprehension":
		return e.comprehension(s, n, depth)
	}
	return unknown(span, "cannot evaluate %s", m.short(n))
}

func (e *evaluator) sequence(s *Scope, n *Node, depth int) Value {
	v := Value{Kind: List, Span: e.m.Span(n)}
	for _, c := range n.NamedChildren() {
		if c.Type == "list_splat" || c.Type == "parenthesized_list_splat" {
			kids := c.NamedChildren()
			if len(kids) == 1 {
				inner := e.eval(s, kids[0], depth+1)
				if inner.Kind == List {
					v.Items = append(v.Items, inner.Items...)
					v.Partial = v.Partial || inner.Partial
					continue
				}
			}
			v.Partial = true
			continue
		}
		v.Items = append(v.Items, e.eval(s, c, depth+1))
	}
	return v
}

func (e *evaluator) dict(s *Scope, n *Node, depth int) Value {
	v := Value{Kind: Dict, Span: e.m.Span(n)}
	for _, c := range n.NamedChildren() {
		switch c.Type {
		case "pair":
			v.Pairs = append(v.Pairs, Pair{Key: e.eval(s, c.Child("key"), depth+1), Value: e.eval(s, c.Child("value"), depth+1)})
		case "dictionary_splat":
			kids := c.NamedChildren()
			if len(kids) == 1 {
				if inner := e.eval(s, kids[0], depth+1); inner.Kind == Dict {
					v.Pairs = append(v.Pairs, inner.Pairs...)
					v.Partial = v.Partial || inner.Partial
					continue
				}
			}
			v.Partial = true
		default:
			v.Partial = true
		}
	}
	return v
}

func (e *evaluator) name(s *Scope, n *Node, depth int) Value {
	name := e.m.Text(n)
	if v, ok := e.locals[name]; ok {
		return v
	}
	for sc := s; sc != nil; sc = sc.Parent {
		if bs, ok := sc.binds[name]; ok {
			v := e.fromBindings(sc, name, bs, depth)
			if v.Kind == Unknown && v.Span.IsZero() {
				v.Span = e.m.Span(n)
			}
			return v
		}
	}
	if q, ok := e.m.Imports[name]; ok {
		if v, ok := e.m.fromImported(name); ok {
			return v
		}
		return e.imported(q, n)
	}
	return unknown(e.m.Span(n), "name %s is not assigned in this file", name)
}

func (e *evaluator) imported(qual string, n *Node) Value {
	if v, ok := knownConstant(qual); ok {
		v.Span = e.m.Span(n)
		for i := range v.Items {
			v.Items[i].Span = v.Span
		}
		return v
	}
	return unknown(e.m.Span(n), "%s is imported from another module", qual)
}

// fromBindings evaluates the assignments of one name: a single assignment,
// or one followed by `+=` of more items (Django settings do that).
func (e *evaluator) fromBindings(sc *Scope, name string, bs []binding, depth int) Value {
	var prod, dev []binding
	for _, b := range bs {
		if b.dev {
			dev = append(dev, b)
		} else {
			prod = append(prod, b)
		}
	}
	if len(prod) == 0 && !e.dev {
		v := unknown(e.m.Span(dev[0].target), "%s is only assigned in a development branch", name)
		v.Dev = true
		return v
	}
	use, isDev := prod, false
	if len(dev) > 0 && e.dev {
		// The development view: every binding runs, so the value is built
		// from the last plain assignment on, in source order.
		use, isDev = bs, true
		for i := len(bs) - 1; i >= 0; i-- {
			if !bs[i].aug {
				use = bs[i:]
				break
			}
		}
	}
	first := use[0]
	if first.value == nil {
		if q, ok := e.m.Imports[name]; ok && sc == e.m.top {
			if v, ok := e.m.fromImported(name); ok {
				return v
			}
			return e.imported(q, first.target)
		}
		return unknown(e.m.Span(first.target), "%s is not bound to a value in this file", name)
	}
	if e.visiting[first.target] {
		return unknown(e.m.Span(first.target), "%s refers to itself", name)
	}
	e.visiting[first.target] = true
	defer delete(e.visiting, first.target)
	v := e.eval(sc, first.value, depth+1)
	if first.aug {
		return unknown(e.m.Span(first.target), "%s is only augmented here", name)
	}
	for _, b := range use[1:] {
		if !b.aug || b.value == nil {
			return unknown(e.m.Span(b.target), "%s is assigned more than once", name)
		}
		more := e.eval(sc, b.value, depth+1)
		if b.item {
			more = Value{Kind: List, Items: []Value{more}, Span: more.Span}
		}
		v = concat(v, more)
	}
	if isDev {
		v = markDev(v)
	}
	return v
}

func concat(a, b Value) Value {
	switch {
	case a.Kind == Str && b.Kind == Str:
		a.Str += b.Str
		return a
	case a.Kind == List && b.Kind == List:
		out := a
		out.Items = append(append([]Value{}, a.Items...), b.Items...)
		out.Partial = a.Partial || b.Partial
		return out
	case a.Kind == Int && b.Kind == Int:
		a.Int += b.Int
		return a
	}
	if a.Kind == Unknown {
		return a
	}
	return Value{Kind: Unknown, Note: "cannot add these values", Span: a.Span}
}

// reFlags are the values of Python's re flags we care about.
var reFlags = map[string]int64{
	"re.I": 2, "re.IGNORECASE": 2, "re.L": 4, "re.LOCALE": 4, "re.M": 8, "re.MULTILINE": 8,
	"re.S": 16, "re.DOTALL": 16, "re.U": 32, "re.UNICODE": 32, "re.X": 64, "re.VERBOSE": 64,
	"re.A": 256, "re.ASCII": 256,
}

func (e *evaluator) attribute(n *Node) Value {
	q := e.m.QualName(n)
	if f, ok := reFlags[q]; ok {
		return Value{Kind: Int, Int: f, Span: e.m.Span(n)}
	}
	if v, ok := knownConstant(q); ok {
		v.Span = e.m.Span(n)
		return v
	}
	return unknown(e.m.Span(n), "cannot evaluate %s", e.m.short(n))
}

func (e *evaluator) subscript(s *Scope, n *Node, depth int) Value {
	obj := n.Child("value")
	key := e.eval(s, n.Child("subscript"), depth+1)
	if q := e.m.QualName(obj); q == "os.environ" && key.Kind == Str {
		v := unknown(e.m.Span(n), "environment variable %s has no default here", key.Str)
		v.EnvVar = key.Str
		return v
	}
	base := e.eval(s, obj, depth+1)
	switch {
	case base.Kind == Dict && key.Kind == Str:
		if v, ok := base.Get(key.Str); ok {
			return v
		}
	case base.Kind == List && key.Kind == Int:
		i := key.Int
		if i < 0 {
			i += int64(len(base.Items))
		}
		if !base.Partial && i >= 0 && i < int64(len(base.Items)) {
			return base.Items[i]
		}
	}
	return unknown(e.m.Span(n), "cannot evaluate %s", e.m.short(n))
}

func (e *evaluator) binary(s *Scope, n *Node, depth int) Value {
	a := e.eval(s, n.Child("left"), depth+1)
	b := e.eval(s, n.Child("right"), depth+1)
	op := n.Child("operator")
	span := e.m.Span(n)
	if op == nil || a.Kind == Unknown {
		return unknown(span, "cannot evaluate %s", e.m.short(n))
	}
	if op.Type == "+" {
		v := concat(a, b)
		if v.Kind != Unknown && a.Kind == Str {
			v.Span = span
		}
		return v
	}
	if a.Kind == Int && b.Kind == Int {
		switch op.Type {
		case "*":
			return Value{Kind: Int, Int: a.Int * b.Int, Span: span}
		case "-":
			return Value{Kind: Int, Int: a.Int - b.Int, Span: span}
		case "|":
			return Value{Kind: Int, Int: a.Int | b.Int, Span: span}
		case "//":
			if b.Int != 0 {
				return Value{Kind: Int, Int: a.Int / b.Int, Span: span}
			}
		}
	}
	return unknown(span, "cannot evaluate %s", e.m.short(n))
}

// boolean handles `os.getenv("X") or "default"`, the other common way to
// write an environment fallback, and plain `a or b` on known values.
func (e *evaluator) boolean(s *Scope, n *Node, depth int) Value {
	a := e.eval(s, n.Child("left"), depth+1)
	op := n.Child("operator")
	if op == nil {
		return unknown(e.m.Span(n), "cannot evaluate %s", e.m.short(n))
	}
	if op.Type == "or" && a.Kind == Unknown {
		name := a.EnvVar
		if name == "" && e.configReference(n.Child("left")) {
			// `settings.CORS_ORIGINS or ["*"]`: a settings value read from
			// elsewhere (pydantic settings come from the environment) with a
			// literal fallback, the Python form of `process.env.X || "*"`
			// (rules.md, development origins and dangerous fallbacks).
			name = e.m.short(n.Child("left"))
		}
		if name != "" {
			b := e.eval(s, n.Child("right"), depth+1)
			if b.Kind == Unknown {
				return b
			}
			return markEnv(b, name)
		}
	}
	truth, known := a.Truthy()
	if !known {
		return unknown(e.m.Span(n), "cannot evaluate %s", e.m.short(n))
	}
	if truth == (op.Type == "or") {
		return a
	}
	return e.eval(s, n.Child("right"), depth+1)
}

// conditional takes the production side of `a if DEBUG else b`.
func (e *evaluator) conditional(s *Scope, n *Node, depth int) Value {
	kids := n.NamedChildren()
	if len(kids) != 3 {
		return unknown(e.m.Span(n), "cannot evaluate %s", e.m.short(n))
	}
	switch DevCondition(e.m, kids[1]) {
	case CondDev:
		if e.dev {
			return markDev(e.eval(s, kids[0], depth+1))
		}
		return e.eval(s, kids[2], depth+1)
	case CondProd:
		if e.dev {
			return markDev(e.eval(s, kids[2], depth+1))
		}
		return e.eval(s, kids[0], depth+1)
	}
	// A condition that evaluates (a constant, a settings field's default,
	// an environment fallback) picks its side; one read from the
	// environment picks what applies while the variable is unset.
	cond := e.eval(s, kids[1], depth+1)
	if truth, known := cond.Truthy(); known {
		side := kids[2]
		if truth {
			side = kids[0]
		}
		v := e.eval(s, side, depth+1)
		if cond.EnvVar != "" {
			v = markEnv(v, cond.EnvVar)
		}
		return v
	}
	return unknown(e.m.Span(n), "value depends on a condition: %s", e.m.short(n))
}

// comprehension evaluates `[o.strip() for o in ORIGINS if o]` and
// `[str(o) for o in settings_list]`: one loop over a known list, the body and
// the filter evaluated with the loop variable bound to each item.
func (e *evaluator) comprehension(s *Scope, n *Node, depth int) Value {
	span := e.m.Span(n)
	body := n.Child("body")
	var forc, ifc *Node
	for _, c := range n.NamedChildren() {
		switch c.Type {
		case "for_in_clause":
			if forc != nil {
				return unknown(span, "cannot evaluate %s", e.m.short(n))
			}
			forc = c
		case "if_clause":
			if ifc != nil {
				return unknown(span, "cannot evaluate %s", e.m.short(n))
			}
			ifc = c
		}
	}
	if body == nil || forc == nil || forc.Child("left") == nil || forc.Child("left").Type != "identifier" {
		return unknown(span, "cannot evaluate %s", e.m.short(n))
	}
	loopVar := e.m.Text(forc.Child("left"))
	src := e.eval(s, forc.Child("right"), depth+1)
	if src.Kind == Str {
		// Iterating a string gives its characters: never an origin list.
		return unknown(span, "cannot evaluate %s", e.m.short(n))
	}
	if src.Kind != List {
		v := unknown(span, "cannot evaluate %s", e.m.short(n))
		v.EnvVar = src.EnvVar
		return v
	}
	var cond *Node
	if ifc != nil {
		conds := ifc.NamedChildren()
		if len(conds) != 1 {
			return unknown(span, "cannot evaluate %s", e.m.short(n))
		}
		cond = conds[0]
	}
	out := Value{Kind: List, Span: src.Span, Partial: src.Partial, EnvVar: src.EnvVar, Dev: src.Dev}
	for _, it := range src.Items {
		if cond != nil {
			c := e.withLocal(loopVar, it, func() Value { return e.eval(s, cond, depth+1) })
			truth, known := c.Truthy()
			if !known {
				return unknown(span, "cannot evaluate %s", e.m.short(n))
			}
			if !truth {
				continue
			}
		}
		v := e.withLocal(loopVar, it, func() Value { return e.eval(s, body, depth+1) })
		if v.Kind == Unknown {
			return unknown(span, "cannot evaluate %s", e.m.short(n))
		}
		if v.Span.IsZero() || v.Kind == Bool {
			v.Span = it.Span
		}
		out.Items = append(out.Items, v)
	}
	return out
}

// withLocal evaluates f with name bound to v, restoring the previous binding.
func (e *evaluator) withLocal(name string, v Value, f func() Value) Value {
	if e.locals == nil {
		e.locals = map[string]Value{}
	}
	old, had := e.locals[name]
	e.locals[name] = v
	defer func() {
		if had {
			e.locals[name] = old
		} else {
			delete(e.locals, name)
		}
	}()
	return f()
}

// configWords mark a reference to configuration in a name chain.
var configWords = []string{"settings", "config", "conf", "cfg", "env", "options"}

// requestNames are roots of request data, never configuration.
var requestNames = map[string]bool{"request": true, "req": true, "self": true, "event": true, "environ": true, "headers": true, "scope": true}

// configReference reports whether n reads a configuration value defined
// elsewhere: an attribute or subscript chain on a settings object
// (`settings.ORIGINS`, `get_settings().origins`, `app.config["ORIGINS"]`)
// or a name imported from another module. Request data
// (`request.origin or "*"`) is not configuration.
func (e *evaluator) configReference(n *Node) bool {
	chain := strings.ToLower(e.m.Text(n))
	root := n
	for root != nil && (root.Type == "attribute" || root.Type == "subscript" || root.Type == "call") {
		switch root.Type {
		case "attribute":
			root = root.Child("object")
		case "subscript":
			root = root.Child("value")
		case "call":
			root = root.Child("function")
		}
	}
	if root == nil || root.Type != "identifier" || requestNames[strings.ToLower(e.m.Text(root))] {
		return false
	}
	if n.Type == "call" {
		return false
	}
	if _, imported := e.m.Imports[e.m.Text(root)]; imported {
		return true
	}
	for _, w := range configWords {
		if strings.Contains(chain, w) {
			return true
		}
	}
	return false
}

// devFlagNames are names whose value is the development switch itself.
var devFlagNames = map[string]bool{"debug": true, "is_dev": true, "is_development": true, "is_local": true, "is_debug": true}

// devFlag evaluates a development switch used as a value
// (`CORS_ALLOW_ALL_ORIGINS = DEBUG`) like `True if DEBUG else False`: false
// as production runs, true in the development view.
func (e *evaluator) devFlag(n *Node) (Value, bool) {
	if e.locals != nil && n.Type == "identifier" {
		if _, ok := e.locals[e.m.Text(n)]; ok {
			return Value{}, false
		}
	}
	if !devFlagNames[strings.ToLower(lastName(e.m, n))] {
		return Value{}, false
	}
	if e.dev {
		return Value{Kind: Bool, Bool: true, Dev: true, Span: e.m.Span(n)}, true
	}
	return Value{Kind: Bool, Bool: false, Span: e.m.Span(n)}, true
}

// compare evaluates `a == b`, `a != b`, `a in b` and `a not in b` on known
// values: `os.getenv("CORS_ALLOW_ALL", "True") == "True"` is the environment
// fallback True.
func (e *evaluator) compare(s *Scope, n *Node, depth int) Value {
	span := e.m.Span(n)
	kids := n.NamedChildren()
	op := ""
	for _, c := range n.Children {
		if c.Field == "operators" {
			if op != "" {
				return unknown(span, "cannot evaluate %s", e.m.short(n))
			}
			op = strings.Join(strings.Fields(e.m.Text(c)), " ")
		}
	}
	if len(kids) != 2 {
		return unknown(span, "cannot evaluate %s", e.m.short(n))
	}
	a := e.eval(s, kids[0], depth+1)
	b := e.eval(s, kids[1], depth+1)
	var res, ok bool
	switch op {
	case "==", "!=":
		res, ok = equalValues(a, b)
		if op == "!=" {
			res = !res
		}
	case "in", "not in":
		res, ok = contains(b, a)
		if op == "not in" {
			res = !res
		}
	}
	if !ok {
		v := unknown(span, "cannot evaluate %s", e.m.short(n))
		v.EnvVar = firstNonEmpty(a.EnvVar, b.EnvVar)
		return v
	}
	v := Value{Kind: Bool, Bool: res, Span: span, Dev: a.Dev || b.Dev}
	if env := firstNonEmpty(a.EnvVar, b.EnvVar); env != "" {
		v = markEnv(v, env)
	}
	return v
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// equalValues compares two scalar values; ok is false when either is not
// known or not a scalar.
func equalValues(a, b Value) (equal, ok bool) {
	switch {
	case a.Kind == Str && b.Kind == Str:
		return a.Str == b.Str, true
	case a.Kind == Int && b.Kind == Int:
		return a.Int == b.Int, true
	case a.Kind == Bool && b.Kind == Bool:
		return a.Bool == b.Bool, true
	case a.Kind == None || b.Kind == None:
		if a.Kind == Unknown || b.Kind == Unknown {
			return false, false
		}
		return a.Kind == b.Kind, true
	case a.Kind == Unknown || b.Kind == Unknown:
		return false, false
	case a.Kind == Str || b.Kind == Str:
		// A string never equals a number or a list.
		return false, true
	}
	return false, false
}

// contains is `item in container` for a known string or list.
func contains(container, item Value) (bool, bool) {
	switch container.Kind {
	case Str:
		if item.Kind != Str {
			return false, false
		}
		return strings.Contains(container.Str, item.Str), true
	case List:
		for _, it := range container.Items {
			if eq, ok := equalValues(it, item); ok && eq {
				return true, true
			} else if !ok {
				return false, false
			}
		}
		return false, !container.Partial
	}
	return false, false
}

// fstring evaluates an f-string whose replacement fields are known strings
// or integers (`f"https://{DOMAIN}"`); a conversion or format spec other
// than `!s` makes it Unknown. An environment default inside marks the whole.
func (e *evaluator) fstring(s *Scope, n *Node, depth int) Value {
	span := e.m.Span(n)
	prefix := ""
	var sb strings.Builder
	out := Value{Kind: Str, Span: span}
	for _, c := range n.Children {
		switch c.Type {
		case "string_start":
			prefix = strings.ToLower(e.m.Text(c))
		case "string_content":
			t := strings.NewReplacer("{{", "{", "}}", "}").Replace(e.m.Text(c))
			if !strings.Contains(prefix, "r") {
				t = unescape(t)
			}
			sb.WriteString(t)
		case "interpolation":
			expr := c.Child("expression")
			if conv := c.Child("type_conversion"); (conv != nil && e.m.Text(conv) != "!s") || c.Child("format_specifier") != nil || expr == nil {
				return unknown(span, "formatted string %s", e.m.short(n))
			}
			v := e.eval(s, expr, depth+1)
			switch v.Kind {
			case Str:
				sb.WriteString(v.Str)
			case Int:
				sb.WriteString(strconv.FormatInt(v.Int, 10))
			default:
				u := unknown(span, "formatted string %s", e.m.short(n))
				u.EnvVar = v.EnvVar
				return u
			}
			if v.EnvVar != "" {
				out.EnvVar = v.EnvVar
			}
			out.Dev = out.Dev || v.Dev
		}
	}
	out.Str = sb.String()
	if out.EnvVar != "" {
		out.Dev = true
	}
	return out
}
