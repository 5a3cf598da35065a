package nginx

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// valKind is what an nginx complex value evaluates to, as far as the origin
// is concerned.
type valKind int

const (
	vLit     valKind = iota // a known string
	vEcho                   // exactly the request's Origin header
	vTmpl                   // built from request data other than a bare origin ($host, $request_uri, "$http_origin/")
	vUnknown                // not evaluable from the files read
)

// val is one possible value of an expression.
type val struct {
	kind valKind
	text string // the literal for vLit, the expression as written otherwise
	note string // why vUnknown, or which variables a vTmpl uses
}

// atom is one constraint on the request origin collected along a path: the
// origin matches one of ms (neg false) or none of them (neg true).
type atom struct {
	neg bool
	ms  []policy.Matcher
	// group names the map whose key produced a positive atom: two positive
	// atoms of one map with different keys cannot hold together.
	group string
}

func (a atom) negate() atom { return atom{neg: !a.neg, ms: a.ms} }

// vcase is one value an expression may take, under the origin constraints
// atoms (a map yields one case per key).
type vcase struct {
	atoms []atom
	v     val
}

// maxCases bounds the cases one expression may expand to (maps of maps).
const maxCases = 64

// part is a literal run or a variable reference of a complex value.
type part struct {
	lit    string
	varRef string // lower-case name without `$`, "" for a literal
}

// splitExpr splits an nginx complex value into literals and variables:
// `$name` or `${name}`, names of letters, digits and `_` (nginx variable
// names are case-insensitive), or a one-digit capture `$1`. Neither quotes
// nor a backslash stop expansion: nginx keeps `\$` as written and still reads the variable, so
// `"\$http_origin"` sends a backslash followed by the origin (measured
// against nginx 1.22 by conformance/nginx, case quoting).
func splitExpr(s string) []part {
	var out []part
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			out = append(out, part{lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '$' || i+1 >= len(s) {
			lit.WriteByte(c)
			continue
		}
		j := i + 1
		if s[j] >= '1' && s[j] <= '9' {
			// A capture is one digit: `$1example` is $1 then "example"
			// (ngx_http_script_compile).
			flush()
			out = append(out, part{varRef: s[j : j+1]})
			i = j
			continue
		}
		brace := s[j] == '{'
		if brace {
			j++
		}
		k := j
		for k < len(s) && isVarByte(s[k]) {
			k++
		}
		if k == j || (brace && (k >= len(s) || s[k] != '}')) {
			lit.WriteByte(c)
			continue
		}
		flush()
		out = append(out, part{varRef: strings.ToLower(s[j:k])})
		if brace {
			k++
		}
		i = k - 1
	}
	flush()
	return out
}

func isVarByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// builtinVars are nginx variables carrying request or server data other than
// the origin: an Access-Control-Allow-Origin built from them is a fixed-ish
// value CORS011 judges, not reflection of the Origin header.
var builtinVars = map[string]bool{
	"host": true, "hostname": true, "server_name": true, "scheme": true, "https": true,
	"request_uri": true, "uri": true, "document_uri": true, "args": true, "query_string": true,
	"is_args": true, "request": true, "request_filename": true, "document_root": true,
	"remote_addr": true, "remote_port": true, "remote_user": true, "server_addr": true,
	"server_port": true, "server_protocol": true, "realpath_root": true, "request_id": true,
	"binary_remote_addr": true, "content_type": true, "content_length": true,
	"proxy_host": true, "proxy_port": true, "upstream_addr": true, "time_iso8601": true,
	"msec": true, "status": true, "cookie": true, "ssl_client_s_dn": true,
}

// builtinPrefixes are nginx's variable families.
var builtinPrefixes = []string{"http_", "arg_", "cookie_", "sent_http_", "upstream_http_", "sent_trailer_", "upstream_cookie_", "jwt_claim_", "ssl_"}

func isBuiltin(name string) bool {
	if builtinVars[name] {
		return true
	}
	for _, p := range builtinPrefixes {
		if strings.HasPrefix(name, p) {
			return true
		}
	}
	return false
}

// isCapture reports whether name is a regex capture ($1...$9).
func isCapture(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] < '0' || name[i] > '9' {
			return false
		}
	}
	return name != ""
}

// eval evaluates the complex value expr on one path.
func (e *env) eval(expr string, st *state, depth int) []vcase {
	parts, ok := e.exprs[expr]
	if !ok {
		parts = splitExpr(expr)
		e.exprs[expr] = parts
	}
	if len(parts) == 0 {
		return []vcase{{v: val{kind: vLit}}}
	}
	if st != nil {
		if c, ok := captureEcho(parts, st.capture.origin); ok {
			return []vcase{c}
		}
	}
	var kinds [][]vcase
	for _, p := range parts {
		if p.varRef == "" {
			kinds = append(kinds, []vcase{{v: val{kind: vLit, text: p.lit}}})
			continue
		}
		kinds = append(kinds, e.lookup(p.varRef, st, depth))
	}
	// Cartesian product of the parts' cases, joined left to right.
	var acc [][]vcase
	acc = append(acc, nil)
	for _, cs := range kinds {
		var next [][]vcase
		for _, prefix := range acc {
			for _, c := range cs {
				if len(next) >= maxCases {
					break
				}
				row := append(append(make([]vcase, 0, len(prefix)+1), prefix...), c)
				next = append(next, row)
			}
		}
		acc = next
	}
	combos := make([]vcase, 0, len(acc))
	for _, row := range acc {
		combos = append(combos, join(expr, row))
	}
	return combos
}

// join combines the values of one row of parts into one case.
func join(expr string, row []vcase) vcase {
	var atoms []atom
	var lit strings.Builder
	allLit, echo, nonEmpty := true, 0, 0
	var unknown *val
	var tmplVars []string
	for _, c := range row {
		atoms = append(atoms, c.atoms...)
		switch c.v.kind {
		case vLit:
			lit.WriteString(c.v.text)
			if c.v.text != "" {
				nonEmpty++
			}
		case vEcho:
			allLit = false
			echo++
			nonEmpty++
		case vTmpl:
			allLit = false
			nonEmpty++
			tmplVars = append(tmplVars, c.v.note)
		case vUnknown:
			allLit = false
			if unknown == nil {
				v := c.v
				unknown = &v
			}
		}
	}
	switch {
	case unknown != nil:
		return vcase{atoms: atoms, v: val{kind: vUnknown, text: expr, note: unknown.note}}
	case allLit:
		return vcase{atoms: atoms, v: val{kind: vLit, text: lit.String()}}
	case echo == 1 && nonEmpty == 1:
		return vcase{atoms: atoms, v: val{kind: vEcho, text: expr}}
	}
	note := "built from nginx variables"
	if echo > 0 {
		note = "built from the request origin with other text"
	}
	if len(tmplVars) > 0 {
		note += ": " + strings.Join(tmplVars, ", ")
	}
	return vcase{atoms: atoms, v: val{kind: vTmpl, text: expr, note: note}}
}

// mapPure reports whether a map's value depends only on the request (origin,
// method, other request data) and not on variables `set` along a path, so
// one evaluation serves every path.
func (e *env) mapPure(name string, depth int) bool {
	if v, ok := e.pure[name]; ok {
		return v
	}
	m := e.maps[name]
	pure := m != nil && depth < 8
	if pure {
		e.pure[name] = false // a map reading itself is not pure
		exprs := []string{m.source}
		if m.def != nil {
			exprs = append(exprs, m.def.value)
		}
		for _, en := range m.entries {
			exprs = append(exprs, en.value)
		}
		for _, x := range exprs {
			for _, p := range splitExpr(x) {
				switch {
				case p.varRef == "", p.varRef == "http_origin", p.varRef == "request_method", isBuiltin(p.varRef) && !e.setVars[p.varRef]:
				case e.maps[p.varRef] != nil && !e.setVars[p.varRef]:
					pure = pure && e.mapPure(p.varRef, depth+1)
				default:
					pure = false
				}
			}
		}
	}
	e.pure[name] = pure
	return pure
}

// lookup is the value of one variable on a path.
func (e *env) lookup(name string, st *state, depth int) []vcase {
	switch {
	case name == "http_origin" && st.origin != nil:
		return st.origin
	case name == "http_origin":
		return []vcase{{v: val{kind: vEcho, text: "$http_origin"}}}
	case name == "request_method":
		return []vcase{{v: val{kind: vLit, text: st.method}}}
	case isCapture(name) && st.capture.empty:
		return []vcase{{v: val{kind: vLit}}}
	case isCapture(name):
		return []vcase{{v: val{kind: vUnknown, text: "$" + name, note: "$" + name + " is a regex capture"}}}
	}
	if cs, ok := st.vars[name]; ok {
		return cs
	}
	if m, ok := e.maps[name]; ok {
		if depth > 8 {
			return []vcase{{v: val{kind: vUnknown, text: "$" + name, note: "maps nested too deeply"}}}
		}
		if !e.mapPure(name, 0) {
			return e.evalMap(m, st, depth+1)
		}
		if st.origin != nil {
			// The memo holds the map for the request origin.
			return e.evalMap(m, st, depth+1)
		}
		key := [2]string{name, st.method}
		if cs, ok := e.mapMemo[key]; ok {
			return cs
		}
		cs := e.evalMap(m, st, depth+1)
		e.mapMemo[key] = cs
		return cs
	}
	if e.setVars[name] {
		// Declared by `set` elsewhere but not on this path: nginx gives
		// an empty value.
		return []vcase{{v: val{kind: vLit}}}
	}
	if isBuiltin(name) {
		return []vcase{{v: val{kind: vTmpl, text: "$" + name, note: "$" + name}}}
	}
	note := "$" + name + " is not defined in the files read"
	if e.luaVars[name] {
		note = "$" + name + " is set by Lua code"
	}
	return []vcase{{v: val{kind: vUnknown, text: "$" + name, note: note}}}
}
