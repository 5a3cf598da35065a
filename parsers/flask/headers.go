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
	// json: the value is serialised as JSON, not with str() (a Lambda
	// proxy response dict: True is sent as `true`).
	json bool
	// appends: the call adds one more field of the name rather than
	// replacing it (werkzeug and aiohttp headers.add, Tornado and Bottle
	// add_header, Falcon append_header, http.server send_header).
	appends bool
	// prop: set through a werkzeug response property
	// (`response.access_control_allow_origin = ...`), which dumps True as
	// "true", drops the header for False and joins lists with ", ".
	prop bool
}

// werkzeugProps are werkzeug's (and so Flask's and Quart's) response
// properties for CORS headers, by attribute name.
var werkzeugProps = map[string]string{
	"access_control_allow_origin":      "access-control-allow-origin",
	"access_control_allow_credentials": "access-control-allow-credentials",
	"access_control_allow_methods":     "access-control-allow-methods",
	"access_control_allow_headers":     "access-control-allow-headers",
	"access_control_expose_headers":    "access-control-expose-headers",
	"access_control_max_age":           "access-control-max-age",
}

func corsHeader(name string) bool {
	name = strings.ToLower(name)
	return strings.HasPrefix(name, "access-control-allow-") || name == "access-control-expose-headers" ||
		name == "access-control-max-age" || name == "vary"
}

// headerSetters are methods of header collections that set one header.
var headerSetters = map[string]bool{
	"add": true, "set": true, "setdefault": true, "add_header": true, "append": true,
	"set_header": true, "__setitem__": true, "append_header": true,
	// http.server.BaseHTTPRequestHandler writes headers straight to the wire.
	"send_header": true,
}

// appendingSetters add a field even when the header is already set.
var appendingSetters = map[string]bool{
	"add": true, "add_header": true, "append": true, "append_header": true, "send_header": true,
}

// dropsHeader: werkzeug's properties remove the header for None and False.
func dropsHeader(v python.Value) bool {
	return v.Kind == python.None || (v.Kind == python.Bool && !v.Bool)
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
			if left := c.Child("left"); left != nil && left.Type == "attribute" && werkzeugProps[m.Text(left.Child("attribute"))] != "" &&
				!dropsHeader(m.Eval(s, c.Child("right"))) {
				out = append(out, headerWrite{name: werkzeugProps[m.Text(left.Child("attribute"))], value: c.Child("right"), stmt: c, prop: true})
			}
			if left := c.Child("left"); left != nil && left.Type == "attribute" && m.Text(left.Child("attribute")) == "vary" {
				// WebOb (Pyramid) and werkzeug responses expose Vary as a
				// settable property: `response.vary = ("Origin",)`.
				out = append(out, headerWrite{name: "vary", value: c.Child("right"), stmt: c})
			}
		case "call":
			fn := c.Child("function")
			if fn != nil && fn.Type == "attribute" && headerSetters[m.Text(fn.Child("attribute"))] {
				a := m.CallArgs(c)
				if len(a.Positional) == 2 {
					if k := m.Eval(s, a.Positional[0]); k.Kind == python.Str && corsHeader(k.Str) {
						out = append(out, headerWrite{name: strings.ToLower(k.Str), value: a.Positional[1], stmt: c,
							appends: appendingSetters[m.Text(fn.Child("attribute"))]})
					}
				}
			}
			if fn != nil && fn.Type == "attribute" && m.Text(fn.Child("attribute")) == "add" &&
				strings.HasSuffix(m.Text(fn.Child("object")), ".vary") {
				if a := m.CallArgs(c); len(a.Positional) == 1 {
					out = append(out, headerWrite{name: "vary", value: a.Positional[0], stmt: c})
				}
			}
			if fn != nil && isPatchVary(m.QualName(fn)) {
				// Django's patch_vary_headers(response, ["Origin"]) adds the
				// names to the response's Vary header.
				if a := m.CallArgs(c); len(a.Positional) == 2 {
					out = append(out, headerWrite{name: "vary", value: a.Positional[1], stmt: c})
				}
			}
		case "pair":
			if k := m.Eval(s, c.Child("key")); k.Kind == python.Str && corsHeader(k.Str) && x.responseDict(c.Parent) {
				out = append(out, headerWrite{name: strings.ToLower(k.Str), value: c.Child("value"), stmt: c, json: x.lambdaStyle})
			}
		case "tuple":
			kids := c.NamedChildren()
			if len(kids) == 2 {
				if k := m.Eval(s, kids[0]); k.Kind == python.Str && corsHeader(k.Str) {
					if x.headerTuple(c) {
						out = append(out, headerWrite{name: strings.ToLower(k.Str), value: kids[1], stmt: c})
					}
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

// isPatchVary reports whether a call's qualified name is Django's
// django.utils.cache.patch_vary_headers, imported or reached by attribute.
func isPatchVary(q string) bool {
	return q == "patch_vary_headers" || strings.HasSuffix(q, ".patch_vary_headers")
}

// headerTuple reports whether a ("Name", value) tuple is a header being
// sent: an argument of a call (start_response, resp.set_headers,
// headers.extend), an item of a list that is one, or of a list bound to a
// name about headers. A list of pairs used for anything else (expected
// values in a checker) is not.
func (x *extractor) headerTuple(t *python.Node) bool {
	n := t.Parent
	if n != nil && (n.Type == "list" || n.Type == "tuple") {
		n = n.Parent
	}
	if n == nil {
		return false
	}
	switch n.Type {
	case "argument_list":
		return !x.clientCall(n.Parent)
	case "keyword_argument":
		return n.Parent != nil && !x.clientCall(n.Parent.Parent)
	case "assignment", "augmented_assignment":
		return strings.Contains(strings.ToLower(x.m.Text(n.Child("left"))), "header")
	case "pair":
		// An ASGI "http.response.start" message: {"headers": [(b"...", b"...")]}.
		return strings.Contains(strings.ToLower(x.m.Text(n.Child("key"))), "header")
	case "return_statement":
		return true
	}
	return false
}

// responseDict reports whether a dict literal holding a CORS header name is
// headers a response sends, rather than headers a client sends
// (`requests.get(url, headers={...})`) or values a test compares against.
func (x *extractor) responseDict(d *python.Node) bool {
	if d == nil {
		return false
	}
	for c := d.Parent; c != nil && c.Type != "function_definition" && c.Type != "class_definition"; c = c.Parent {
		if c.Type == "assert_statement" || c.Type == "comparison_operator" {
			return false
		}
	}
	p := d.Parent
	switch {
	case p != nil && p.Type == "keyword_argument" && p.Parent != nil:
		return !x.clientCall(p.Parent.Parent)
	case p != nil && p.Type == "argument_list":
		return !x.clientCall(p.Parent)
	case p != nil && p.Type == "assignment" && p.Child("left") != nil && p.Child("left").Type == "identifier":
		return !x.passedToClient(x.m.Text(p.Child("left")))
	}
	return true
}

// clientVerbs are the method names of HTTP client calls (requests, httpx,
// aiohttp sessions, test clients).
var clientVerbs = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true, "options": true,
	"request": true, "stream": true, "fetch": true, "urlopen": true, "Request": true, "build_request": true,
}

// clientCall reports whether call sends an HTTP request.
func (x *extractor) clientCall(call *python.Node) bool {
	if call == nil || call.Type != "call" {
		return false
	}
	fn := call.Child("function")
	switch {
	case fn == nil:
		return false
	case fn.Type == "attribute":
		return clientVerbs[x.m.Text(fn.Child("attribute"))]
	case fn.Type == "identifier":
		q := x.m.QualName(fn)
		return q == "urllib.request.Request" || q == "urllib.request.urlopen" || strings.HasPrefix(q, "requests.") || strings.HasPrefix(q, "httpx.")
	}
	return false
}

// passedToClient reports whether a name is passed as headers to an HTTP
// client call somewhere in the file.
func (x *extractor) passedToClient(name string) bool {
	found := false
	x.m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if found || n.Type != "identifier" || x.m.Text(n) != name || n.Parent == nil {
			return !found
		}
		p := n.Parent
		if p.Type == "keyword_argument" && p.Parent != nil {
			found = x.clientCall(p.Parent.Parent)
		} else if p.Type == "argument_list" {
			found = x.clientCall(p.Parent)
		}
		return !found
	})
	return found
}
