package express

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/corslint/corslint/policy"
)

// maxEvalDepth bounds the evaluation of nested expressions and bindings.
const maxEvalDepth = 48

// eval computes the value of an expression as far as configuration needs:
// literals, arrays and objects (with spreads), names bound once in the file,
// environment lookups and their fallbacks, string splitting, RegExps and
// functions (kept for the callback readers). Anything else is vUnknown with
// a note; eval never guesses.
func (f *jsfile) eval(n *node, depth int) *value {
	n = unwrap(n)
	if n == nil {
		return &value{kind: vUnknown, note: "a value corslint cannot read"}
	}
	sp := f.span(n)
	if depth > maxEvalDepth || f.spend() {
		return &value{kind: vUnknown, note: "an expression too deeply nested or too costly to evaluate", span: sp}
	}
	switch n.typ {
	case "string":
		return &value{kind: vString, text: stringText(f, n), span: sp}
	case "template_string":
		return f.template(n, depth)
	case "number":
		return &value{kind: vNumber, text: numberText(f.text(n)), span: sp}
	case "true", "false":
		return &value{kind: vBool, text: n.typ, span: sp}
	case "null":
		return &value{kind: vNull, text: "null", span: sp}
	case "undefined":
		return &value{kind: vUndefined, text: "undefined", span: sp}
	case "regex":
		return &value{kind: vRegExp, text: f.text(n.child("pattern")), flags: f.text(n.child("flags")), span: sp}
	case "array":
		return f.array(n, depth)
	case "object":
		return f.object(n, depth)
	case "arrow_function", "function", "function_expression", "function_declaration",
		"generator_function", "generator_function_declaration":
		return &value{kind: vFunc, span: sp, fn: n}
	case "identifier", "shorthand_property_identifier":
		return f.ident(n, depth)
	case "member_expression", "subscript_expression":
		return f.member(n, depth)
	case "call_expression":
		return f.call(n, depth)
	case "new_expression":
		switch c := n.child("constructor"); f.text(c) {
		case "RegExp":
			return f.newRegExp(n, depth)
		case "Set":
			// new Set(list): has() tests membership like includes().
			if a := callArgs(n); len(a) == 1 {
				if v := f.eval(a[0], depth+1); v.kind == vArray {
					return asCollection(v, "Set", sp)
				}
			}
		case "Map":
			// new Map([[key, value], ...]): has() tests membership of the
			// keys; the keys stand for the map, as a Set's elements do.
			if a := callArgs(n); len(a) == 1 {
				if keys, ok := mapKeys(f.eval(a[0], depth+1)); ok {
					return asCollection(keys, "Map", sp)
				}
			}
		}
		return &value{kind: vObject, span: sp, note: "an object built by new"}
	case "binary_expression":
		return f.binary(n, depth)
	case "ternary_expression":
		return f.ternary(n, depth)
	case "unary_expression":
		return f.unary(n, depth)
	case "await_expression":
		if k := n.namedKids(); len(k) == 1 {
			return f.eval(k[0], depth+1)
		}
	}
	return &value{kind: vUnknown, note: "code corslint cannot evaluate (" + shorten(f.text(n)) + ")", span: sp}
}

// asCollection is a copy of the array v marked as the Set or Map ctor built
// from it, spanning the `new` expression (the value a user would change).
func asCollection(v *value, ctor string, sp policy.Span) *value {
	c := *v
	c.collection, c.span = ctor, sp
	return &c
}

// shorten cuts source text for notes.
func shorten(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		cut := 57
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "..."
	}
	return s
}

func (f *jsfile) array(n *node, depth int) *value {
	v := &value{kind: vArray, span: f.span(n)}
	for _, c := range n.namedKids() {
		if c.typ == "spread_element" {
			k := c.namedKids()
			if len(k) != 1 {
				continue
			}
			s := f.eval(k[0], depth+1)
			if s.kind == vArray {
				v.items = append(v.items, s.items...)
			} else {
				v.items = append(v.items, s)
			}
			continue
		}
		v.items = append(v.items, element(f.eval(c, depth+1), c))
	}
	return v
}

// element keeps the expression of an array element corslint cannot evaluate.
func element(v *value, expr *node) *value {
	if v.kind == vUnknown && v.expr == nil {
		v.expr = expr
	}
	return v
}

func (f *jsfile) object(n *node, depth int) *value {
	v := &value{kind: vObject, span: f.span(n)}
	for _, c := range n.namedKids() {
		switch c.typ {
		case "pair":
			key, ok := f.propertyKey(c.child("key"), depth)
			if !ok {
				v.open = true
				continue
			}
			v.members = append(v.members, member{key: key, keySpan: f.span(c.child("key")), value: f.eval(c.child("value"), depth+1)})
		case "shorthand_property_identifier":
			v.members = append(v.members, member{key: f.text(c), keySpan: f.span(c), value: f.eval(c, depth+1)})
		case "method_definition":
			if name := c.child("name"); name != nil {
				v.members = append(v.members, member{key: f.text(name), keySpan: f.span(name), value: &value{kind: vFunc, span: f.span(c), fn: c}})
			}
		case "spread_element":
			k := c.namedKids()
			if len(k) != 1 {
				v.open = true
				continue
			}
			if s := f.eval(k[0], depth+1); s.kind == vObject {
				v.members = append(v.members, s.members...)
				v.open = v.open || s.open
			} else {
				v.open = true
			}
		}
	}
	return v
}

// propertyKey is the name of an object key, or false for a computed key
// corslint cannot evaluate.
func (f *jsfile) propertyKey(k *node, depth int) (string, bool) {
	if k == nil {
		return "", false
	}
	switch k.typ {
	case "property_identifier":
		return f.text(k), true
	case "string":
		return stringText(f, k), true
	case "number":
		return numberText(f.text(k)), true
	case "computed_property_name":
		if c := k.namedKids(); len(c) == 1 {
			if v := f.eval(c[0], depth+1); v.kind == vString {
				return v.text, true
			}
		}
	}
	return "", false
}

// template evaluates a template literal; a substitution corslint cannot
// compute stays in the text as `${NAME}`, the placeholder form rules treat
// as an unknown part (rules.md decisions: template placeholders).
func (f *jsfile) template(n *node, depth int) *value {
	var sb strings.Builder
	var env string
	for _, c := range n.kids {
		switch c.typ {
		case "string_fragment":
			sb.WriteString(f.text(c))
		case "escape_sequence":
			sb.WriteString(decodeEscape(f.text(c)))
		case "template_substitution":
			k := c.namedKids()
			if len(k) != 1 {
				sb.WriteString("${}")
				continue
			}
			v := f.eval(k[0], depth+1)
			switch v.kind {
			case vString, vNumber, vBool:
				sb.WriteString(v.text)
			default:
				name := v.env
				if name == "" {
					name = shorten(f.text(k[0]))
				} else {
					env = name
				}
				sb.WriteString("${" + name + "}")
			}
		}
	}
	return &value{kind: vString, text: sb.String(), span: f.span(n), env: env}
}

// ident resolves a name: a temporary substitution, a parameter of an
// enclosing function (unknown), or the only binding in the file.
func (f *jsfile) ident(n *node, depth int) *value {
	name := f.text(n)
	sp := f.span(n)
	if v, ok := f.subst[name]; ok {
		c := *v
		return &c
	}
	switch name {
	case "undefined":
		return &value{kind: vUndefined, text: "undefined", span: sp}
	case "NaN":
		return &value{kind: vNumber, text: "NaN", span: sp}
	case "Infinity":
		return &value{kind: vNumber, text: "Infinity", span: sp}
	}
	if isParam(f, n, name) {
		return &value{kind: vUnknown, note: "the parameter " + name, span: sp}
	}
	if mod, ok := f.imports[name]; ok {
		if v := f.importedValue(mod, depth); v != nil {
			return v
		}
		return &value{kind: vUnknown, note: "imported from " + strings.ReplaceAll(mod, "#", " as "), span: sp, imported: true}
	}
	bs := f.binds[name]
	if len(bs) != 1 {
		if len(bs) == 0 {
			return &value{kind: vUnknown, note: "the name " + name + ", defined outside this file", span: sp}
		}
		return &value{kind: vUnknown, note: "the name " + name + ", assigned more than once", span: sp}
	}
	b := bs[0]
	if b.val == nil || f.visiting[b.val] {
		return &value{kind: vUnknown, note: "the name " + name, span: sp}
	}
	f.visiting[b.val] = true
	v := f.eval(b.val, depth+1)
	delete(f.visiting, b.val)
	if v.kind == vArray {
		f.applyPushes(name, v, depth)
	}
	return v
}

// applyPushes adds the elements of `name.push(...)` calls to an array bound
// once; a push in a development branch adds development entries.
func (f *jsfile) applyPushes(name string, v *value, depth int) {
	for _, call := range f.pushes[name] {
		dev := f.inDevBranch(call)
		for _, a := range callArgs(call) {
			it := element(f.eval(a, depth+1), a)
			if dev {
				markDev(it)
			}
			v.items = append(v.items, it)
		}
	}
}

func markDev(v *value) {
	v.dev = true
	for _, it := range v.items {
		markDev(it)
	}
}

// isParam reports whether name is a parameter of a function enclosing n.
func isParam(f *jsfile, n *node, name string) bool {
	for p := n.parent; p != nil; p = p.parent {
		if !isFunction(p) {
			continue
		}
		for _, id := range paramNames(f, p) {
			if id == name {
				return true
			}
		}
	}
	return false
}

// isFunction reports the node types that open a function scope.
func isFunction(n *node) bool {
	switch n.typ {
	case "arrow_function", "function", "function_expression", "function_declaration",
		"generator_function", "generator_function_declaration", "method_definition":
		return true
	}
	return false
}

// paramNames lists the names of a function's parameters, in order ("" for a
// destructured parameter).
func paramNames(f *jsfile, fn *node) []string {
	if p := fn.child("parameter"); p != nil {
		return []string{f.text(p)} // `origin => ...`
	}
	params := fn.child("parameters")
	var out []string
	for _, p := range params.namedKids() {
		if p.typ == "required_parameter" || p.typ == "optional_parameter" {
			p = p.child("pattern")
		}
		if p != nil && p.typ == "assignment_pattern" {
			p = p.child("left")
		}
		if p != nil && p.typ == "identifier" {
			out = append(out, f.text(p))
		} else {
			out = append(out, "")
		}
	}
	return out
}

// member evaluates `a.b` and `a['b']`: environment lookups, properties of
// objects bound in the file, `.length` of known arrays and strings.
func (f *jsfile) member(n *node, depth int) *value {
	sp := f.span(n)
	objNode := n.child("object")
	var prop string
	if n.typ == "member_expression" {
		prop = f.text(n.child("property"))
	} else {
		iv := f.eval(n.child("index"), depth+1)
		if iv.kind != vString && iv.kind != vNumber {
			return &value{kind: vUnknown, note: "a computed property", span: sp}
		}
		prop = iv.text
	}
	if t := f.text(objNode); t == "process.env" || t == "import.meta.env" {
		return &value{kind: vUnknown, env: prop, note: "the environment variable " + prop, span: sp}
	}
	if f.text(objNode) == "process" && prop == "env" {
		return &value{kind: vUnknown, env: "*", note: "the environment", span: sp}
	}
	obj := f.eval(objNode, depth+1)
	switch {
	case obj.kind == vUnknown && obj.env == "*":
		return &value{kind: vUnknown, env: prop, note: "the environment variable " + prop, span: sp}
	case obj.kind == vObject:
		if v := obj.get(prop); v != nil {
			return v
		}
		if obj.note == "" {
			return &value{kind: vUndefined, text: "undefined", span: sp}
		}
	case obj.kind == vArray && prop == "length":
		return &value{kind: vNumber, text: strconv.Itoa(len(obj.items)), span: sp}
	case obj.kind == vArray:
		if i, err := strconv.Atoi(prop); err == nil && i >= 0 && i < len(obj.items) {
			return obj.items[i]
		}
	}
	if obj.kind == vUnknown && obj.env == "" && !obj.imported && envObject(f.text(objNode)) {
		// `c.env.ALLOWED_ORIGIN` (hono and Workers bindings),
		// `env.ORIGIN` (a Worker's fetch(request, env)), `Bun.env.ORIGIN`.
		return &value{kind: vUnknown, env: prop, note: "the environment variable " + prop, span: sp}
	}
	return &value{kind: vUnknown, note: "the property " + shorten(f.text(n)), span: sp, env: obj.env, imported: obj.imported}
}

// envObject reports an object that holds environment variables by its
// name: `env`, or a property named `env`.
func envObject(t string) bool {
	return t == "env" || strings.HasSuffix(t, ".env")
}

// call evaluates the calls configuration is built with: split, trim, map
// and filter that keep strings, concat, String() and Boolean(), RegExp().
func (f *jsfile) call(n *node, depth int) *value {
	sp := f.span(n)
	fn := unwrap(n.child("function"))
	args := callArgs(n)
	if fn != nil && fn.typ == "identifier" {
		switch f.text(fn) {
		case "RegExp":
			return f.newRegExp(n, depth)
		case "String":
			if len(args) == 1 {
				if v := f.eval(args[0], depth+1); v.kind == vString || v.kind == vNumber || v.kind == vBool {
					return &value{kind: vString, text: v.text, span: sp}
				}
			}
		case "Boolean":
			if len(args) == 1 {
				if v := f.eval(args[0], depth+1); v.kind != vUnknown {
					return &value{kind: vBool, text: strconv.FormatBool(truthy(v)), span: sp}
				}
			}
		}
	}
	if fn != nil && fn.typ == "identifier" && len(args) == 0 {
		// A local options factory, `cors(buildCorsOptions())`: a function
		// without parameters whose body only returns one expression gives
		// that expression on every call.
		if v := f.ident(fn, depth+1); v.kind == vFunc {
			if e := soleReturn(v.fn); e != nil {
				return f.eval(e, depth+1)
			}
		}
	}
	if fn == nil || fn.typ != "member_expression" {
		return &value{kind: vUnknown, note: "the result of " + shorten(f.text(n)), span: sp}
	}
	method := f.text(fn.child("property"))
	if v, ok := f.configLookup(n, fn, method, args, depth); ok {
		return v
	}
	recv := f.eval(fn.child("object"), depth+1)
	switch method {
	case "split":
		if len(args) >= 1 {
			sep := f.eval(args[0], depth+1)
			if recv.kind == vString && sep.kind == vString {
				return splitValue(recv, sep.text, sp)
			}
			if recv.kind == vUnknown {
				recv.span = sp
				recv.note = "a list from " + recv.note
				return recv
			}
		}
	case "trim", "toLowerCase", "toString", "trimEnd", "trimStart":
		if recv.kind == vString {
			switch method {
			case "trim":
				recv.text = strings.TrimSpace(recv.text)
			case "trimStart":
				recv.text = strings.TrimLeft(recv.text, " \t\r\n")
			case "trimEnd":
				recv.text = strings.TrimRight(recv.text, " \t\r\n")
			case "toLowerCase":
				recv.text = strings.ToLower(recv.text)
			}
			return recv
		}
		if recv.kind == vUnknown {
			return recv
		}
	case "map", "filter":
		// `PATTERNS.map((p) => new RegExp(p))`: each string becomes the
		// RegExp it spells, so the cors array checks it as a pattern
		// (search mode, semantics.md §3.1), pointing at the string.
		if recv.kind == vArray && method == "map" && len(args) == 1 {
			if flags, given, ok := f.regexpMapCallback(args[0], depth); ok {
				return regexpItems(recv, flags, given)
			}
		}
		// `.map(s => s.trim())`, `.filter(Boolean)`: the usual clean-up of
		// a split list; other callbacks make the result unknown.
		if recv.kind == vArray && len(args) == 1 && cleanupCallback(f, args[0], method) {
			if method == "map" {
				for _, it := range recv.items {
					if it.kind == vString {
						it.text = strings.TrimSpace(it.text)
					}
				}
			} else {
				kept := recv.items[:0]
				for _, it := range recv.items {
					if it.kind == vUnknown || truthy(it) {
						kept = append(kept, it)
					}
				}
				recv.items = kept
			}
			return recv
		}
		if recv.kind == vUnknown && len(args) == 1 && cleanupCallback(f, args[0], method) {
			return recv
		}
	case "join":
		// `ORIGINS.join(', ')` sends every element in one value.
		if recv.kind == vArray && len(args) <= 1 {
			sep := ","
			if len(args) == 1 {
				sv := f.eval(args[0], depth+1)
				if sv.kind != vString {
					break
				}
				sep = sv.text
			}
			if t, ok := joinScalars(recv, sep); ok {
				return &value{kind: vString, text: t, span: sp}
			}
		}
	case "concat":
		if recv.kind == vArray {
			for _, a := range args {
				if av := f.eval(a, depth+1); av.kind == vArray {
					recv.items = append(recv.items, av.items...)
				} else {
					recv.items = append(recv.items, av)
				}
			}
			return recv
		}
	}
	return &value{kind: vUnknown, note: "the result of " + shorten(f.text(n)), span: sp, env: recv.env, imported: recv.imported}
}

// configLookup reads `config.get('CORS_ORIGIN')`, `configService.get<string>(
// 'CORS_ORIGIN', 'http://localhost:3000')`, `Deno.env.get('ORIGIN')`: a
// configuration service or the environment read by key, which corslint
// treats like process.env (rules.md decisions: environment fallbacks). A
// second argument is NestJS ConfigService's default, used when the key is
// unset.
func (f *jsfile) configLookup(n, fn *node, method string, args []*node, depth int) (*value, bool) {
	if (method != "get" && method != "getOrThrow") || len(args) == 0 || len(args) > 2 || !configReceiver(f.text(fn.child("object"))) {
		return nil, false
	}
	k := f.eval(args[0], depth+1)
	if k.kind != vString || k.text == "" {
		return nil, false
	}
	if len(args) == 2 && method == "get" {
		if d := f.eval(args[1], depth+1); d.kind != vUnknown {
			setFallback(d, k.text)
			return d, true
		}
	}
	return &value{kind: vUnknown, env: k.text, note: "the configuration value " + k.text, span: f.span(n)}, true
}

// configReceiver reports an object that holds configuration: its last name
// is `env` (Deno.env, c.env) or contains `config` (config, configService,
// this.appConfig).
func configReceiver(t string) bool {
	last := strings.ToLower(t[strings.LastIndexByte(t, '.')+1:])
	return last == "env" || strings.Contains(last, "config")
}

// joinScalars is Array#join of strings, numbers and booleans; ok is false
// when an element is not one of them.
func joinScalars(arr *value, sep string) (string, bool) {
	parts := make([]string, 0, len(arr.items))
	for _, it := range arr.items {
		if !scalar(it) {
			return "", false
		}
		parts = append(parts, it.text)
	}
	return strings.Join(parts, sep), true
}

// cleanupCallback recognises the callbacks of a split list's clean-up:
// trimming (map) and dropping empty strings (filter).
func cleanupCallback(f *jsfile, cb *node, method string) bool {
	cb = unwrap(cb)
	t := strings.Join(strings.Fields(f.text(cb)), "")
	if method == "filter" {
		return t == "Boolean" || strings.HasSuffix(t, "=>s") || strings.Contains(t, ".length") || strings.Contains(t, "!==''") || strings.Contains(t, "!==\"\"") ||
			cb.typ == "arrow_function" && cb.child("body") != nil && cb.child("body").typ == "identifier"
	}
	return strings.Contains(t, ".trim()") || t == "String"
}

// splitValue is String.prototype.split with a string separator. Each
// element keeps the string's span (the literal the user would change).
func splitValue(s *value, sep string, sp policy.Span) *value {
	v := &value{kind: vArray, span: sp}
	var parts []string
	if sep == "" {
		for _, r := range s.text {
			parts = append(parts, string(r))
		}
	} else {
		parts = strings.Split(s.text, sep)
	}
	for _, p := range parts {
		v.items = append(v.items, &value{kind: vString, text: p, span: s.span, envFallback: s.envFallback, dev: s.dev})
	}
	v.envFallback, v.dev = s.envFallback, s.dev
	return v
}

// regexpMapCallback recognises a map callback that turns its one parameter
// into a RegExp: `(p) => new RegExp(p)`, `function (s) { return RegExp(s, 'i') }`.
// flags are the constant flags it passes (given: a flags argument is written).
func (f *jsfile) regexpMapCallback(cb *node, depth int) (flags string, given, ok bool) {
	cb = unwrap(cb)
	if cb == nil || (cb.typ != "arrow_function" && cb.typ != "function_expression" && cb.typ != "function") {
		return "", false, false
	}
	params := paramNames(f, cb)
	body := unwrap(returnedExpr(cb))
	if len(params) == 0 || params[0] == "" || body == nil {
		return "", false, false
	}
	var ctor *node
	switch body.typ {
	case "new_expression":
		ctor = body.child("constructor")
	case "call_expression":
		ctor = unwrap(body.child("function"))
	default:
		return "", false, false
	}
	args := callArgs(body)
	if ctor == nil || f.text(ctor) != "RegExp" || len(args) == 0 || len(args) > 2 {
		return "", false, false
	}
	if a := unwrap(args[0]); a == nil || a.typ != "identifier" || f.text(a) != params[0] {
		return "", false, false
	}
	if len(args) == 2 {
		fv := f.eval(args[1], depth+1)
		if fv.kind != vString || !validFlags(fv.text) {
			return "", false, false
		}
		return fv.text, true, true
	}
	return "", false, true
}

// regexpItems is list.map((p) => new RegExp(p, flags)): string items become
// RegExps that keep the string's span (the value the user would change);
// RegExp items keep their own flags unless flags are given (as
// `new RegExp(re)` does); others become unknown.
func regexpItems(list *value, flags string, given bool) *value {
	out := &value{kind: vArray, span: list.span, envFallback: list.envFallback, dev: list.dev, env: list.env}
	for _, it := range list.items {
		switch it.kind {
		case vString, vRegExp:
			fl := flags
			if it.kind == vRegExp && !given {
				fl = it.flags
			}
			out.items = append(out.items, &value{kind: vRegExp, text: it.text, flags: fl, span: it.span, envFallback: it.envFallback, dev: it.dev})
		default:
			out.items = append(out.items, &value{kind: vUnknown, note: "a RegExp built at run time", span: it.span, env: it.env})
		}
	}
	return out
}

// newRegExp evaluates `new RegExp(source, flags)` and `RegExp(...)`.
func (f *jsfile) newRegExp(n *node, depth int) *value {
	sp := f.span(n)
	args := callArgs(n)
	if len(args) == 0 || len(args) > 2 {
		return &value{kind: vUnknown, note: "a RegExp built at run time", span: sp}
	}
	src := f.eval(args[0], depth+1)
	flags := ""
	if len(args) == 2 {
		fv := f.eval(args[1], depth+1)
		if fv.kind != vString {
			return &value{kind: vUnknown, note: "a RegExp with computed flags", span: sp}
		}
		flags = fv.text
	}
	switch src.kind {
	case vString:
		if validFlags(flags) {
			return &value{kind: vRegExp, text: src.text, flags: flags, span: sp, envFallback: src.envFallback}
		}
	case vRegExp:
		if len(args) == 1 {
			flags = src.flags
		}
		return &value{kind: vRegExp, text: src.text, flags: flags, span: sp}
	}
	return &value{kind: vUnknown, note: "a RegExp built at run time", span: sp, env: src.env}
}

// binary evaluates `||` and `??` (with environment fallbacks), `+` of
// strings, and comparisons (unknown booleans).
func (f *jsfile) binary(n *node, depth int) *value {
	sp := f.span(n)
	op := n.op()
	switch op {
	case "||", "??":
		l := f.eval(n.child("left"), depth+1)
		if l.kind == vUnknown {
			if l.env == "" {
				return &value{kind: vUnknown, note: l.note, span: sp}
			}
			// The fallback applies when the variable is unset (rules.md
			// decisions: environment fallbacks).
			r := f.eval(n.child("right"), depth+1)
			if r.kind == vUnknown {
				return &value{kind: vUnknown, note: l.note, env: l.env, span: sp}
			}
			setFallback(r, l.env)
			return r
		}
		if op == "||" && truthy(l) || op == "??" && l.kind != vNull && l.kind != vUndefined {
			return l
		}
		return f.eval(n.child("right"), depth+1)
	case "&&":
		l := f.eval(n.child("left"), depth+1)
		if l.kind != vUnknown && !truthy(l) {
			return l
		}
		if l.kind != vUnknown {
			return f.eval(n.child("right"), depth+1)
		}
	case "+", "-", "*", "/":
		l, r := f.eval(n.child("left"), depth+1), f.eval(n.child("right"), depth+1)
		if op == "+" && (l.kind == vString || r.kind == vString) && scalar(l) && scalar(r) {
			return &value{kind: vString, text: l.text + r.text, span: sp}
		}
		// `maxAge: 60 * 60 * 24`, `12 * HOUR`: durations are written as
		// products of constants.
		if l.kind == vNumber && r.kind == vNumber {
			if t, ok := arith(op, l.text, r.text); ok {
				return &value{kind: vNumber, text: t, span: sp}
			}
		}
	}
	return &value{kind: vUnknown, note: "the result of " + shorten(f.text(n)), span: sp}
}

// maxExactInt is the largest integer a float64 (a JS number) holds exactly.
const maxExactInt = 1 << 53

// arith computes an integer result of + - * / on two decimal numbers; ok is
// false for anything that is not an exact integer (fractions, overflow).
func arith(op, a, b string) (string, bool) {
	x, errA := strconv.ParseFloat(a, 64)
	y, errB := strconv.ParseFloat(b, 64)
	if errA != nil || errB != nil {
		return "", false
	}
	var z float64
	switch op {
	case "+":
		z = x + y
	case "-":
		z = x - y
	case "*":
		z = x * y
	case "/":
		if y == 0 {
			return "", false
		}
		z = x / y
	default:
		return "", false
	}
	if z != math.Trunc(z) || math.Abs(z) > maxExactInt {
		return "", false
	}
	return strconv.FormatInt(int64(z), 10), true
}

func scalar(v *value) bool {
	return v.kind == vString || v.kind == vNumber || v.kind == vBool
}

// setFallback marks a value (and its elements) as the default of env.
func setFallback(v *value, env string) {
	v.envFallback = env
	for _, it := range v.items {
		setFallback(it, env)
	}
}

// ternary evaluates `cond ? a : b`: a constant condition picks its branch,
// a development check picks the production branch (the development one
// never runs in production; rules.md decisions).
func (f *jsfile) ternary(n *node, depth int) *value {
	cond := n.child("condition")
	if devWhenTrue, ok := f.devCheck(cond); ok {
		branch := n.child("alternative")
		if !devWhenTrue {
			branch = n.child("consequence")
		}
		return f.eval(branch, depth+1)
	}
	c := f.eval(cond, depth+1)
	if c.kind != vUnknown {
		if truthy(c) {
			return f.eval(n.child("consequence"), depth+1)
		}
		return f.eval(n.child("alternative"), depth+1)
	}
	return &value{kind: vUnknown, note: "a value chosen by " + shorten(f.text(cond)), span: f.span(n)}
}

func (f *jsfile) unary(n *node, depth int) *value {
	sp := f.span(n)
	arg := f.eval(n.child("argument"), depth+1)
	switch n.op() {
	case "!":
		if arg.kind != vUnknown {
			return &value{kind: vBool, text: strconv.FormatBool(!truthy(arg)), span: sp}
		}
	case "-":
		if arg.kind == vNumber {
			t := "-" + arg.text
			if strings.HasPrefix(arg.text, "-") {
				t = arg.text[1:]
			}
			return &value{kind: vNumber, text: t, span: sp}
		}
	case "+":
		if arg.kind == vNumber {
			return arg
		}
	}
	return &value{kind: vUnknown, note: "the result of " + shorten(f.text(n)), span: sp}
}

// stringText decodes a string literal node.
func stringText(f *jsfile, n *node) string {
	var sb strings.Builder
	for _, c := range n.kids {
		switch c.typ {
		case "string_fragment", "html_character_reference":
			sb.WriteString(f.text(c))
		case "escape_sequence":
			sb.WriteString(decodeEscape(f.text(c)))
		}
	}
	return sb.String()
}

// decodeEscape decodes one JavaScript escape sequence.
func decodeEscape(e string) string {
	if len(e) < 2 || e[0] != '\\' {
		return e
	}
	switch c := e[1]; c {
	case 'n':
		return "\n"
	case 't':
		return "\t"
	case 'r':
		return "\r"
	case 'b':
		return "\b"
	case 'f':
		return "\f"
	case 'v':
		return "\v"
	case '0':
		if len(e) == 2 {
			return "\x00"
		}
	case '\n', '\r':
		return "" // line continuation
	case 'x', 'u':
		h := strings.Trim(e[2:], "{}")
		if r, err := strconv.ParseUint(h, 16, 32); err == nil && utf8.ValidRune(rune(r)) {
			return string(rune(r))
		}
		return e
	}
	return e[1:]
}

// numberText turns a JS numeric literal into the decimal form jsNumber and
// strconv read: hex, octal and binary integers, separators, BigInt suffix.
func numberText(lit string) string {
	s := strings.TrimSuffix(strings.ReplaceAll(lit, "_", ""), "n")
	if len(s) > 1 && s[0] == '0' && strings.ContainsAny(s[1:2], "xXoObB01234567") {
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			return strconv.FormatInt(i, 10)
		}
	}
	return s
}

// mapKeys is the list of keys of Map constructor entries `[[k, v], ...]`;
// ok is false unless every entry is a pair.
func mapKeys(entries *value) (*value, bool) {
	if entries.kind != vArray {
		return nil, false
	}
	keys := &value{kind: vArray, span: entries.span}
	for _, e := range entries.items {
		if e.kind != vArray || len(e.items) != 2 {
			return nil, false
		}
		keys.items = append(keys.items, e.items[0])
	}
	return keys, true
}

// truthyMapKeys reads `ALLOWED.get(origin)` used as a truth value, where
// ALLOWED is bound once to `new Map([[origin, settings], ...])`: the result
// is truthy for the keys whose value is truthy (settings objects, `true`),
// so those keys are the origins the test lets in. ok is false when n is not
// such a map or an entry cannot be read.
func (f *jsfile) truthyMapKeys(n *node, depth int) (*value, bool) {
	n = unwrap(n)
	if n == nil || n.typ != "identifier" || depth > maxEvalDepth {
		return nil, false
	}
	bs := f.binds[f.text(n)]
	if len(bs) != 1 || bs[0].val == nil {
		return nil, false
	}
	ctor := unwrap(bs[0].val)
	if ctor == nil || ctor.typ != "new_expression" || f.text(ctor.child("constructor")) != "Map" {
		return nil, false
	}
	args := callArgs(ctor)
	if len(args) != 1 {
		return nil, false
	}
	entries := f.eval(args[0], depth+1)
	if entries.kind != vArray {
		return nil, false
	}
	keys := &value{kind: vArray, span: entries.span}
	for _, e := range entries.items {
		if e.kind != vArray || len(e.items) != 2 {
			return nil, false
		}
		if v := e.items[1]; v.kind == vUnknown || truthy(v) {
			keys.items = append(keys.items, e.items[0])
		}
	}
	return keys, true
}

// soleReturn is the expression a parameterless function always returns: an
// arrow's expression body, or a block holding nothing but `return expr`. It
// is nil for anything else (parameters, statements that could change the
// result, several exits).
func soleReturn(fn *node) *node {
	if fn == nil || fn.child("parameter") != nil {
		return nil
	}
	if ps := fn.child("parameters"); ps == nil || len(ps.namedKids()) != 0 {
		return nil
	}
	body := fn.child("body")
	if body == nil {
		return nil
	}
	if body.typ != "statement_block" {
		return body
	}
	k := body.namedKids()
	if len(k) != 1 || k[0].typ != "return_statement" {
		return nil
	}
	if r := k[0].namedKids(); len(r) == 1 {
		return r[0]
	}
	return nil
}
