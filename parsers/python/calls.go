package python

import (
	"encoding/json"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Args are the arguments of a call, unevaluated.
type Args struct {
	Positional []*Node
	Keywords   []Keyword
	// Splats are `*args` and `**kwargs` expressions.
	Splats []*Node
}

// Keyword is one `name=value` argument.
type Keyword struct {
	Name  string
	NameN *Node
	Value *Node
}

// CallArgs splits the arguments of a call node.
func (m *Module) CallArgs(call *Node) Args {
	var a Args
	args := call.Child("arguments")
	if args == nil || args.Type != "argument_list" {
		return a
	}
	for _, c := range args.NamedChildren() {
		switch c.Type {
		case "keyword_argument":
			a.Keywords = append(a.Keywords, Keyword{Name: m.Text(c.Child("name")), NameN: c.Child("name"), Value: c.Child("value")})
		case "list_splat", "dictionary_splat":
			a.Splats = append(a.Splats, c)
		default:
			a.Positional = append(a.Positional, c)
		}
	}
	return a
}

// Keyword returns the value node of keyword argument name, or nil.
func (a Args) Keyword(name string) *Node {
	for _, k := range a.Keywords {
		if k.Name == name {
			return k.Value
		}
	}
	return nil
}

// Option is one keyword option of a call, or one entry of an options dict.
type Option struct {
	Key     string
	KeySpan policy.Span
	Value   Value
}

// Options evaluates the keyword arguments of call, expanding `**name` when
// name is a known dict; partial is true when some `**` could not be read.
func (m *Module) Options(s *Scope, call *Node) (opts []Option, partial bool) {
	a := m.CallArgs(call)
	for _, k := range a.Keywords {
		opts = append(opts, Option{Key: k.Name, KeySpan: m.Span(k.NameN), Value: m.Eval(s, k.Value)})
	}
	for _, sp := range a.Splats {
		if sp.Type != "dictionary_splat" {
			continue
		}
		kids := sp.NamedChildren()
		if len(kids) != 1 {
			partial = true
			continue
		}
		d := m.Eval(s, kids[0])
		if d.Kind != Dict {
			partial = true
			continue
		}
		more, p := DictOptions(d)
		opts = append(opts, more...)
		partial = partial || p
	}
	return opts, partial
}

// DictOptions turns a dict with string keys into options.
func DictOptions(d Value) (opts []Option, partial bool) {
	for _, p := range d.Pairs {
		if p.Key.Kind != Str {
			partial = true
			continue
		}
		opts = append(opts, Option{Key: p.Key.Str, KeySpan: p.Key.Span, Value: p.Value})
	}
	return opts, partial || d.Partial
}

func (e *evaluator) call(s *Scope, n *Node, depth int) Value {
	m := e.m
	span := m.Span(n)
	fn := n.Child("function")
	if fn == nil {
		return unknown(span, "cannot evaluate %s", m.short(n))
	}
	a := m.CallArgs(n)
	arg := func(i int, kw string) *Node {
		if v := a.Keyword(kw); v != nil {
			return v
		}
		if i < len(a.Positional) {
			return a.Positional[i]
		}
		return nil
	}
	q := m.QualName(fn)
	switch q {
	case "os.environ.get", "os.getenv", "os.environ.setdefault":
		return e.envLookup(s, n, arg(0, "key"), arg(1, "default"), "", depth)
	case "decouple.config":
		return e.decouple(s, n, arg(0, "key"), a.Keyword("default"), a.Keyword("cast"), depth)
	case "datetime.timedelta", "timedelta":
		if q == "timedelta" && !m.ImportedFrom("timedelta", "datetime") {
			break
		}
		return e.timedelta(s, n, a, depth)
	case "re.compile":
		return e.compile(s, n, arg(0, "pattern"), arg(1, "flags"), depth)
	case "re.escape":
		// rf"https://(.*\.)?{re.escape(DOMAIN)}": the domain, quoted.
		if p := arg(0, "pattern"); p != nil && len(a.Positional) <= 1 {
			if v := e.eval(s, p, depth+1); v.Kind == Str {
				v.Str = reEscape(v.Str)
				return v
			}
		}
	case "list", "tuple", "set", "frozenset", "sorted":
		if len(a.Positional) == 1 && len(a.Keywords) == 0 {
			v := e.eval(s, a.Positional[0], depth+1)
			if v.Kind == List {
				return v
			}
		}
		if len(a.Positional) == 0 && len(a.Keywords) == 0 {
			return Value{Kind: List, Span: span}
		}
	case "dict":
		if len(a.Positional) == 0 && len(a.Splats) == 0 {
			d := Value{Kind: Dict, Span: span}
			for _, k := range a.Keywords {
				d.Pairs = append(d.Pairs, Pair{Key: Value{Kind: Str, Str: k.Name, Span: m.Span(k.NameN)}, Value: e.eval(s, k.Value, depth+1)})
			}
			return d
		}
	case "str":
		if len(a.Positional) == 1 && len(a.Keywords) == 0 {
			// str(origin) over pydantic URLs or plain strings.
			v := e.eval(s, a.Positional[0], depth+1)
			switch {
			case v.Kind == Str || v.Kind == Unknown:
				return v
			case v.Kind == Int && !v.Timedelta:
				// str(60 * 60 * 24) as a header value is the decimal text;
				// str(timedelta) is "1:00:00", which is not, so it stays unknown.
				return Value{Kind: Str, Str: strconv.FormatInt(v.Int, 10), Span: span}
			case v.Kind == Bool:
				// str(True) is "True", which browsers reject as a credentials value.
				text := "False"
				if v.Bool {
					text = "True"
				}
				return Value{Kind: Str, Str: text, Span: span}
			}
		}
	case "int":
		if len(a.Positional) == 1 {
			v := e.eval(s, a.Positional[0], depth+1)
			if v.Kind == Str {
				if i, err := strconv.ParseInt(strings.TrimSpace(v.Str), 10, 64); err == nil {
					v.Kind, v.Int = Int, i
					return v
				}
			}
			if v.Kind == Int || v.Kind == Unknown {
				return v
			}
		}
	}
	if method, ok := e.environCall(s, fn); ok {
		def := a.Keyword("default")
		if def == nil && len(a.Positional) > 1 && (method == "bool" || method == "int" || method == "str" || method == "float") {
			// env.bool("X", True): django-environ and environs both take
			// the default second for scalars (for lists the second is a cast
			// in django-environ).
			def = a.Positional[1]
		}
		return e.envLookup(s, n, arg(0, "var"), def, envCast(method), depth)
	}
	if q == "json.loads" && len(a.Positional) == 1 {
		if v := e.eval(s, a.Positional[0], depth+1); v.Kind == Str {
			if out, ok := fromJSON(v); ok {
				return out
			}
		}
	}
	if v, ok := e.localCall(s, fn, a, depth); ok {
		return v
	}
	if fn.Type == "attribute" {
		obj := e.eval(s, fn.Child("object"), depth+1)
		var args []Value
		for _, p := range a.Positional {
			args = append(args, e.eval(s, p, depth+1))
		}
		method := m.Text(fn.Child("attribute"))
		if v, ok := stringMethod(obj, method, args); ok {
			if method == "join" {
				// The joined string is made here: a finding about it (several
				// origins in one header) points at the join, not at the list,
				// which may be a fine allowlist used elsewhere.
				v.Span = span
			}
			return v
		}
		if obj.Kind == Unknown && obj.EnvVar != "" {
			// os.environ["X"].split(","): still the variable, still unknown.
			return obj
		}
	}
	return unknown(span, "call %s", m.short(n))
}

// environCall recognises django-environ: `env = environ.Env()` then
// `env("X", default=...)` or `env.list("X", default=[...])`.
func (e *evaluator) environCall(s *Scope, fn *Node) (method string, ok bool) {
	target := fn
	if fn.Type == "attribute" {
		target, method = fn.Child("object"), e.m.Text(fn.Child("attribute"))
	}
	if target == nil || target.Type != "identifier" {
		return "", false
	}
	name := e.m.Text(target)
	for sc := s; sc != nil; sc = sc.Parent {
		if _, v, found := sc.Binding(name); found {
			if v.Type == "call" {
				q := e.m.QualName(v.Child("function"))
				if q == "environ.Env" || q == "environs.Env" || q == "Env" && (e.m.ImportedFrom("Env", "environ") || e.m.ImportedFrom("Env", "environs")) {
					return method, true
				}
			}
			return "", false
		}
		if len(sc.Targets(name)) > 0 && sc != e.m.top {
			return "", false
		}
	}
	// `from config.env import env`: the project's django-environ or
	// environs instance, defined in another module under its usual name.
	if _, imported := e.m.Imports[name]; imported && name == "env" {
		return method, true
	}
	return "", false
}

// fromJSON evaluates json.loads of a known string: lists, strings, numbers,
// booleans and null (objects are not origin settings and stay Unknown).
func fromJSON(v Value) (Value, bool) {
	var raw any
	if err := json.Unmarshal([]byte(v.Str), &raw); err != nil {
		return Value{}, false
	}
	var conv func(x any) (Value, bool)
	conv = func(x any) (Value, bool) {
		out := Value{Span: v.Span, EnvVar: v.EnvVar, Dev: v.Dev}
		switch t := x.(type) {
		case string:
			out.Kind, out.Str = Str, t
		case bool:
			out.Kind, out.Bool = Bool, t
		case float64:
			out.Kind, out.Int = Int, int64(t)
			if float64(out.Int) != t {
				out.Kind, out.Float = Float, t
			}
		case nil:
			out.Kind = None
		case []any:
			out.Kind = List
			for _, it := range t {
				iv, ok := conv(it)
				if !ok {
					return Value{}, false
				}
				out.Items = append(out.Items, iv)
			}
		default:
			return Value{}, false
		}
		return out, true
	}
	return conv(raw)
}

func envCast(method string) string {
	switch method {
	case "list", "tuple":
		return "list"
	case "bool":
		return "bool"
	case "int":
		return "int"
	}
	return ""
}

// decouple evaluates python-decouple's config(key, default=..., cast=...):
// the cast applies to the default too, so a lambda cast is applied to it.
func (e *evaluator) decouple(s *Scope, call, key, def, cast *Node, depth int) Value {
	m := e.m
	kind := ""
	switch {
	case cast == nil || m.QualName(cast) == "str":
	case m.QualName(cast) == "bool":
		kind = "bool"
	case m.QualName(cast) == "int":
		kind = "int"
	case cast.Type == "call" && strings.HasSuffix(m.QualName(cast.Child("function")), "Csv"):
		kind = "list"
	case cast.Type == "lambda":
		v := e.envLookup(s, call, key, def, "", depth)
		if v.Kind == Unknown {
			return v
		}
		out := e.applyLambda(s, cast, v, depth)
		if out.Kind == Unknown {
			out.EnvVar = v.EnvVar
			return out
		}
		return markEnv(out, v.EnvVar)
	default:
		v := unknown(m.Span(call), "config(...) with cast %s", m.short(cast))
		v.EnvVar = e.m.short(key)
		if k := e.eval(s, key, depth+1); k.Kind == Str {
			v.EnvVar = k.Str
		}
		return v
	}
	return e.envLookup(s, call, key, def, kind, depth)
}

// applyLambda evaluates `lambda v: body` applied to one known value.
func (e *evaluator) applyLambda(s *Scope, lam *Node, arg Value, depth int) Value {
	params := lam.Child("parameters")
	body := lam.Child("body")
	if params == nil || body == nil || len(params.NamedChildren()) != 1 || params.NamedChildren()[0].Type != "identifier" {
		return unknown(e.m.Span(lam), "cannot evaluate %s", e.m.short(lam))
	}
	return e.withLocal(e.m.Text(params.NamedChildren()[0]), arg, func() Value { return e.eval(s, body, depth+1) })
}

// localCall evaluates a call, without arguments, of a function defined in
// this file whose body returns one expression (`def get_cors_config():
// ... return {...}`): the returned value in the function's scope.
func (e *evaluator) localCall(s *Scope, fn *Node, a Args, depth int) (Value, bool) {
	if fn.Type != "identifier" || len(a.Positional) > 0 || len(a.Keywords) > 0 || len(a.Splats) > 0 {
		return Value{}, false
	}
	name := e.m.Text(fn)
	for sc := s; sc != nil; sc = sc.Parent {
		targets := sc.Targets(name)
		if len(targets) == 0 {
			continue
		}
		def := targets[0].Parent
		if len(targets) != 1 || def == nil || def.Type != "function_definition" {
			return Value{}, false
		}
		if params := def.Child("parameters"); params != nil && len(params.NamedChildren()) > 0 {
			return Value{}, false
		}
		inner := e.m.ScopeOf(def)
		ret := singleReturn(def.Child("body"))
		if inner == nil || ret == nil || e.visiting[def] {
			return Value{}, false
		}
		e.visiting[def] = true
		defer delete(e.visiting, def)
		return e.eval(inner, ret, depth+1), true
	}
	return Value{}, false
}

// singleReturn returns the expression of the only return statement of a
// function body (nested functions and classes aside), or nil.
func singleReturn(body *Node) *Node {
	var rets []*Node
	var visit func(n *Node)
	visit = func(n *Node) {
		for _, c := range n.Children {
			switch c.Type {
			case "function_definition", "class_definition", "lambda":
				continue
			case "return_statement":
				rets = append(rets, c)
				continue
			}
			visit(c)
		}
	}
	if body == nil {
		return nil
	}
	visit(body)
	if len(rets) != 1 {
		return nil
	}
	kids := rets[0].NamedChildren()
	if len(kids) != 1 {
		return nil
	}
	return kids[0]
}

// envLookup evaluates an environment lookup to its default, marked with the
// variable name (rules.md: an environment fallback is a development value).
func (e *evaluator) envLookup(s *Scope, call, key, def *Node, cast string, depth int) Value {
	k := e.eval(s, key, depth+1)
	name := k.Str
	if k.Kind != Str {
		name = e.m.short(key)
	}
	if def == nil {
		v := unknown(e.m.Span(call), "environment variable %s has no default here", name)
		v.EnvVar = name
		return v
	}
	v := e.eval(s, def, depth+1)
	if v.Kind == Str {
		switch cast {
		case "list":
			v, _ = stringMethod(v, "split", []Value{{Kind: Str, Str: ","}})
		case "bool":
			low := strings.ToLower(strings.TrimSpace(v.Str))
			v = Value{Kind: Bool, Bool: low == "true" || low == "1" || low == "yes" || low == "on", Span: v.Span}
		case "int":
			if i, err := strconv.ParseInt(strings.TrimSpace(v.Str), 10, 64); err == nil {
				v = Value{Kind: Int, Int: i, Span: v.Span}
			}
		}
	}
	if v.Kind == Unknown {
		v.EnvVar = name
		return v
	}
	return markEnv(v, name)
}

var timedeltaUnits = []struct {
	name    string
	seconds float64
}{
	{"days", 86400}, {"seconds", 1}, {"microseconds", 1e-6}, {"milliseconds", 1e-3},
	{"minutes", 60}, {"hours", 3600}, {"weeks", 604800},
}

func (e *evaluator) timedelta(s *Scope, n *Node, a Args, depth int) Value {
	span := e.m.Span(n)
	if len(a.Splats) > 0 || len(a.Positional) > len(timedeltaUnits) {
		return unknown(span, "cannot evaluate %s", e.m.short(n))
	}
	total := 0.0
	add := func(unit float64, v Value) bool {
		switch v.Kind {
		case Int:
			total += float64(v.Int) * unit
		case Float:
			total += v.Float * unit
		default:
			return false
		}
		return true
	}
	for i, p := range a.Positional {
		if !add(timedeltaUnits[i].seconds, e.eval(s, p, depth+1)) {
			return unknown(span, "cannot evaluate %s", e.m.short(n))
		}
	}
	for _, k := range a.Keywords {
		found := false
		for _, u := range timedeltaUnits {
			if u.name == k.Name {
				found = add(u.seconds, e.eval(s, k.Value, depth+1))
			}
		}
		if !found {
			return unknown(span, "cannot evaluate %s", e.m.short(n))
		}
	}
	return Value{Kind: Int, Int: int64(total), Timedelta: true, Span: span}
}

func (e *evaluator) compile(s *Scope, n, pat, flags *Node, depth int) Value {
	p := e.eval(s, pat, depth+1)
	if p.Kind != Str {
		return unknown(e.m.Span(n), "cannot evaluate %s", e.m.short(n))
	}
	v := Value{Kind: Regex, Str: p.Str, Span: p.Span, EnvVar: p.EnvVar, Dev: p.Dev}
	if flags != nil {
		f := e.eval(s, flags, depth+1)
		if f.Kind != Int {
			return unknown(e.m.Span(n), "regex flags %s", e.m.short(flags))
		}
		v.IgnoreCase = f.Int&2 != 0
	}
	return v
}

// stringMethod applies the str methods configuration code uses.
func stringMethod(obj Value, method string, args []Value) (Value, bool) {
	if obj.Kind == List && method == "copy" {
		return obj, true
	}
	if obj.Kind != Str {
		return Value{}, false
	}
	out := obj
	switch method {
	case "strip", "lstrip", "rstrip":
		chars := " \t\r\n\v\f"
		switch {
		case len(args) == 1 && args[0].Kind == Str:
			chars = args[0].Str
		case len(args) > 1 || (len(args) == 1 && args[0].Kind != None):
			return Value{}, false
		}
		out.Str = map[string]func(string, string) string{
			"strip": strings.Trim, "lstrip": strings.TrimLeft, "rstrip": strings.TrimRight,
		}[method](obj.Str, chars)
	case "lower":
		out.Str = strings.ToLower(obj.Str)
	case "upper":
		out.Str = strings.ToUpper(obj.Str)
	case "split":
		var parts []string
		switch {
		case len(args) == 0 || args[0].Kind == None:
			parts = strings.Fields(obj.Str)
		case args[0].Kind == Str && args[0].Str != "" && len(args) == 1:
			parts = strings.Split(obj.Str, args[0].Str)
		default:
			return Value{}, false
		}
		list := Value{Kind: List, Span: obj.Span, EnvVar: obj.EnvVar, Dev: obj.Dev}
		for _, p := range parts {
			if p == "" && obj.EnvVar != "" {
				// os.getenv("ORIGINS", "").split(","): the unset variable
				// means "no origins", not an origin spelt "".
				continue
			}
			it := obj
			it.Str = p
			list.Items = append(list.Items, it)
		}
		return list, true
	case "join":
		if len(args) != 1 {
			return Value{}, false
		}
		items, ok := args[0].Strings()
		if !ok {
			return Value{}, false
		}
		var strs []string
		for _, it := range items {
			strs = append(strs, it.Str)
		}
		out.Str = strings.Join(strs, obj.Str)
		out.Span = args[0].Span
	default:
		return Value{}, false
	}
	return out, true
}

// knownConstant returns library constants configuration code builds on.
func knownConstant(qual string) (Value, bool) {
	strs := func(xs ...string) Value {
		v := Value{Kind: List}
		for _, x := range xs {
			v.Items = append(v.Items, Value{Kind: Str, Str: x})
		}
		return v
	}
	switch qual {
	case "corsheaders.defaults.default_headers":
		// django-cors-headers 4.x defaults (semantics.md 4.3).
		return strs("accept", "authorization", "content-type", "user-agent", "x-csrftoken", "x-requested-with"), true
	case "corsheaders.defaults.default_methods":
		return strs("DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"), true
	}
	return Value{}, false
}

// reEscape is Python's re.escape (3.7+): a backslash before each character
// that is special in a pattern.
func reEscape(s string) string {
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(special, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
