package express

import (
	"path"
	"strings"
)

// Response headers written as data rather than through a setter call:
//
//   - objects with an Access-Control-Allow-Origin key: the init of a Fetch
//     `new Response(body, { headers: {...} })` (Cloudflare Workers, Deno,
//     Supabase edge functions, Next.js route handlers), a Lambda proxy
//     result `{ statusCode, headers: {...} }`, or a shared `corsHeaders`
//     constant spread into them;
//   - key/value arrays, `headers: [{ key: 'Access-Control-Allow-Origin',
//     value: '*' }]` (next.config.js `headers()`, the same shape as
//     vercel.json).
//
// Objects sent by clients are not response headers: a `headers` object in
// the options of fetch(), axios or another HTTP client sets request headers
// (a common mistake that does nothing on the server), and test assertions
// and mocks only describe responses. Dev-server settings (webpack
// `devServer.headers`, Vite `server.headers`) never reach production.

// clientCalls are functions whose options carry request headers.
var clientCalls = map[string]bool{
	"fetch": true, "axios": true, "ajax": true, "got": true, "ky": true, "ofetch": true, "$fetch": true,
	"useFetch": true, "useSWR": true, "superagent": true, "request": true, "needle": true, "XMLHttpRequest": true,
}

// clientConstructors build request objects or request header sets.
var clientConstructors = map[string]bool{
	"Request": true, "HttpHeaders": true, "HttpRequest": true,
}

// httpVerbs are the methods of HTTP clients that take `{ headers }`.
var httpVerbs = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true,
	"request": true, "fetch": true,
}

// testCalls are assertion and mock helpers whose arguments describe
// responses without setting them.
var testCalls = map[string]bool{
	"expect": true, "toEqual": true, "toStrictEqual": true, "toMatchObject": true, "objectContaining": true,
	"toHaveBeenCalledWith": true, "toHaveProperty": true, "toBe": true, "reply": true, "replyWithFile": true,
	"mockResolvedValue": true, "mockResolvedValueOnce": true, "mockReturnValue": true, "mockReturnValueOnce": true,
	"mockImplementation": true, "deepEqual": true, "deepStrictEqual": true, "equal": true, "eql": true,
	"include": true, "intercept": true, "route": true, "fulfill": true,
}

// headerObjects lists the CORS headers of objects with an
// Access-Control-Allow-Origin key that no setter call consumed.
func (x *extractor) headerObjects(consumed map[*node]bool) []headerWrite {
	f := x.f
	var out []headerWrite
	walk(f.root, func(n *node) bool {
		if n.typ != "object" || consumed[n] || !x.hasACAOKey(n) {
			return true
		}
		if _, ok := x.byOptions[f.span(n)]; ok {
			return true // a cors options object (its header-name keys are CORS021)
		}
		if x.devServerSetting(n) || x.notResponse(n) {
			return true
		}
		fn := enclosingFunc(n)
		for _, w := range x.objectWrites(n, fn, n) {
			w.group = n
			out = append(out, w)
		}
		return true
	})
	return out
}

// hasACAOKey reports an object literal with an Access-Control-Allow-Origin
// key (any case).
func (x *extractor) hasACAOKey(obj *node) bool {
	for _, p := range obj.namedKids() {
		if p.typ != "pair" {
			continue
		}
		if k, ok := x.f.propertyKey(p.child("key"), 0); ok && strings.EqualFold(strings.TrimSpace(k), acaoName) {
			return true
		}
	}
	return false
}

// bundlerConfig reports the config files of dev servers and bundlers.
func bundlerConfig(p string) bool {
	base := strings.ToLower(path.Base(p))
	for _, pre := range []string{"webpack", "vite.config", "vitest.config", "vue.config", "craco.config", "rollup.config", "rspack", "snowpack", "nuxt.config", "svelte.config", "astro.config", "angular", "karma.conf", "jest.config"} {
		if strings.HasPrefix(base, pre) {
			return true
		}
	}
	return false
}

// devServerSetting reports an object under a dev server's settings:
// `devServer: { headers }` anywhere, `server`/`preview` in a bundler config.
func (x *extractor) devServerSetting(obj *node) bool {
	bundler := bundlerConfig(x.f.path)
	for c := obj; c != nil; c = c.parent {
		if c.typ != "pair" {
			continue
		}
		k, _ := x.f.propertyKey(c.child("key"), 0)
		if k == "devServer" || bundler && (k == "server" || k == "preview") {
			return true
		}
	}
	return false
}

// notResponse reports a headers object that is not sent with a response:
// the options of an HTTP client call, or an argument of an assertion or
// mock.
func (x *extractor) notResponse(obj *node) bool {
	f := x.f
	headersKey := false
	for c := obj; c != nil && c.parent != nil; c = c.parent {
		p := c.parent
		switch p.typ {
		case "pair":
			if k, _ := f.propertyKey(p.child("key"), 0); strings.EqualFold(k, "headers") {
				headersKey = true
			}
		case "object", "array", "parenthesized_expression", "spread_element", "as_expression",
			"satisfies_expression", "non_null_expression", "await_expression":
		case "arguments":
			call := p.parent
			if call == nil {
				return false
			}
			if call.typ == "new_expression" {
				ctor := calleeName(f, call.child("constructor"))
				if clientConstructors[ctor] {
					return true
				}
				if ctor == "Headers" {
					continue // new Headers({...}) goes where the Headers go
				}
				return false
			}
			return x.clientCall(call, headersKey)
		case "assignment_expression":
			l := strings.ToLower(f.text(p.child("left")))
			return strings.Contains(l, "axios") || strings.Contains(l, "defaults.headers")
		case "variable_declarator":
			return x.passedToClient(p, headersKey)
		default:
			return false
		}
	}
	return false
}

// clientCall reports a call whose arguments are request options or test
// expectations.
func (x *extractor) clientCall(call *node, headersKey bool) bool {
	f := x.f
	fn := unwrap(call.child("function"))
	if fn == nil {
		return false
	}
	name := calleeName(f, fn)
	if testCalls[name] || clientCalls[name] {
		return true
	}
	if fn.typ != "member_expression" {
		return false
	}
	root := strings.ToLower(f.text(fn.child("object")))
	if strings.Contains(root, "axios") || strings.Contains(root, "http") && !strings.Contains(root, "res") ||
		root == "$" || root == "jquery" || strings.Contains(root, "client") || strings.Contains(root, "api") {
		return headersKey || httpVerbs[name]
	}
	return headersKey && httpVerbs[name]
}

// passedToClient reports request options bound to a name that is then
// passed to an HTTP client: `const config = { headers: {...} };
// axios.get(url, config)`.
func (x *extractor) passedToClient(decl *node, headersKey bool) bool {
	f := x.f
	name := decl.child("name")
	if name == nil || name.typ != "identifier" {
		return false
	}
	id := f.text(name)
	found := false
	walk(f.root, func(n *node) bool {
		if found {
			return false
		}
		if n.typ != "call_expression" {
			return true
		}
		for _, a := range callArgs(n) {
			if a = unwrap(a); a != nil && a.typ == "identifier" && f.text(a) == id && x.clientCall(n, headersKey) {
				found = true
			}
		}
		return !found
	})
	return found
}

// headerArrays lists the CORS headers of `[{ key, value }]` arrays that
// hold an Access-Control-Allow-Origin entry (next.config.js headers()).
func (x *extractor) headerArrays() []headerWrite {
	f := x.f
	var out []headerWrite
	walk(f.root, func(n *node) bool {
		if n.typ != "array" {
			return true
		}
		var ws []headerWrite
		hasACAO := false
		for _, el := range n.namedKids() {
			el = unwrap(el)
			if el == nil || el.typ != "object" {
				continue
			}
			var keyNode, valNode *node
			for _, p := range el.namedKids() {
				if p.typ != "pair" {
					continue
				}
				switch k, _ := f.propertyKey(p.child("key"), 0); k {
				case "key":
					keyNode = p.child("value")
				case "value":
					valNode = p.child("value")
				}
			}
			if keyNode == nil || valNode == nil {
				continue
			}
			name := f.eval(keyNode, 0)
			if name.kind != vString || !corsHeader(name.text) {
				continue
			}
			lname := strings.ToLower(strings.TrimSpace(name.text))
			hasACAO = hasACAO || lname == acaoName
			ws = append(ws, headerWrite{name: lname, value: valNode, call: el, fn: enclosingFunc(n), group: n})
		}
		if hasACAO && !x.devServerSetting(n) {
			out = append(out, ws...)
		}
		return true
	})
	return out
}

// arrayScope names the paths a key/value header array applies to: the
// `source` of the rule that holds it.
func (x *extractor) arrayScope(arr *node) string {
	f := x.f
	if p := arr.parent; p != nil && p.typ == "pair" && p.parent != nil && p.parent.typ == "object" {
		if v := x.objectMember(p.parent, "source"); v != nil {
			if sv := f.eval(v, 0); sv.kind == vString {
				return sv.text
			}
		}
	}
	return "headers()"
}

// objectMember is the value node of key in an object literal, or nil.
func (x *extractor) objectMember(obj *node, key string) *node {
	for _, p := range obj.namedKids() {
		if p.typ != "pair" {
			continue
		}
		if k, ok := x.f.propertyKey(p.child("key"), 0); ok && k == key {
			return p.child("value")
		}
	}
	return nil
}
