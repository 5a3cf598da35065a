package express

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/corslint/corslint/parsers/jsonpos"
	"github.com/corslint/corslint/policy"
)

// allRoutes is the scope of options that are not tied to a route.
const allRoutes = "all routes"

// routeKeys are sibling keys that name the route of a per-route entry, as in
// {"path": "/api", "cors": {...}}.
var routeKeys = []string{"path", "route", "url", "prefix", "pattern"}

// parseJSON finds every cors options object in a JSON document and builds one
// policy per object. base names the node-config file this one is merged
// over ("" for a standalone document): an object there without `origin`
// keeps the base file's origin, which corslint does not merge in.
func parseJSON(file string, data []byte, base string) ([]policy.Policy, []policy.Notice) {
	root, err := jsonpos.Parse(file, data)
	if err != nil {
		n := policy.Notice{Level: policy.LevelError, Span: policy.Span{File: file}}
		var se *jsonpos.SyntaxError
		if errors.As(err, &se) {
			n.Message = "invalid JSON: " + se.Msg
			n.Span.Start, n.Span.End = se.Pos, policy.Pos{Line: se.Pos.Line, Col: se.Pos.Col + 1}
		} else {
			n.Message = fmt.Sprintf("invalid JSON: %v", err)
		}
		return nil, []policy.Notice{n}
	}
	var found []candidate
	collect(root, allRoutes, false, &found)
	policies := make([]policy.Policy, 0, len(found))
	for _, c := range found {
		fl := corsFlavor
		fl.jsonRegex = true
		opts := fromJSON(c.node)
		if base != "" && opts.get("origin") == nil {
			opts.members = append(opts.members, member{key: "origin", value: &value{kind: vUnknown,
				note: "the origin set in " + base + ", which node-config merges this file over", span: c.node.Span}})
		}
		policies = append(policies, buildPolicy(opts, c.scope, fl, c.node.Span))
	}
	return policies, nil
}

type candidate struct {
	node  *jsonpos.Node
	scope string
}

// collect walks the tree (depth is bounded by jsonpos.MaxDepth) and records
// the objects that hold cors options. viaCors is set for the value of a
// `cors` key, where a weaker test applies: the key already says what it is.
func collect(n *jsonpos.Node, scope string, viaCors bool, out *[]candidate) {
	switch n.Kind {
	case jsonpos.Array:
		for _, it := range n.Items {
			collect(it, scope, false, out)
		}
	case jsonpos.Object:
		if route := routeName(n); route != "" {
			scope = route
		}
		if isOptions(n, viaCors) {
			*out = append(*out, candidate{node: n, scope: scope})
			return // option values are never options themselves
		}
		for i, m := range n.Members {
			if n.Lookup(m.Key) != &n.Members[i] {
				continue // shadowed by a later duplicate, as in JSON.parse
			}
			childScope := scope
			if strings.HasPrefix(m.Key, "/") {
				childScope = m.Key // a map of route -> options
			}
			collect(m.Value, childScope, isCorsKey(m.Key), out)
		}
	}
}

func isCorsKey(k string) bool {
	switch normalize(k) {
	case "cors", "corsoptions", "corsconfig":
		return true
	}
	return false
}

// routeName returns the route a per-route entry names, or "".
func routeName(n *jsonpos.Node) string {
	for _, k := range routeKeys {
		if v := n.Get(k); v != nil && v.Kind == jsonpos.String && v.Text != "" {
			return v.Text
		}
	}
	return ""
}

// isOptions decides whether an object is a cors options object. Outside a
// `cors` key it must hold `origin` or `credentials`, and more than half of
// its keys (route names aside) must be cors options or recognisable
// misspellings of them, so that random JSON with an "origin" key (a git
// remote, a GCS cors entry) is not taken for cors options.
func isOptions(n *jsonpos.Node, viaCors bool) bool {
	corsish, total := 0, 0
	for _, m := range n.Members {
		if foreignKeys[m.Key] {
			return false
		}
		if slices.Contains(routeKeys, m.Key) {
			continue
		}
		total++
		if knownOptions[m.Key] || suggestion(m.Key).matched {
			corsish++
		}
	}
	if corsish == 0 {
		return false
	}
	if viaCors {
		return true
	}
	o, c := n.Get("origin"), n.Get("credentials")
	if o == nil && c == nil {
		return false
	}
	// Messages and labels keyed "origin" (a locale file's "Origin not
	// allowed") are not options: the values must be of the kinds an
	// options object holds.
	if o != nil && !plausibleOrigin(fromJSON(o)) || c != nil && !plausibleCredentials(fromJSON(c)) {
		return false
	}
	return 2*corsish > total
}

// plausibleOrigin reports a value that could be an origin option: a
// boolean or number (read as truthy or falsy), a list, a RegExp, or a string without blanks that reads as an
// origin, a host, `*`, `null` or a /pattern/.
func plausibleOrigin(v *value) bool {
	switch v.kind {
	case vBool, vNumber, vArray, vRegExp, vFunc, vUnknown, vNull, vUndefined:
		return true
	case vString:
		t := strings.TrimSpace(v.text)
		if strings.ContainsAny(t, " \t\n") {
			return false
		}
		return t == "" || t == "*" || t == "null" || strings.Contains(t, "://") || strings.HasPrefix(t, "/") ||
			strings.Contains(t, ".") || strings.Contains(t, "localhost") || strings.Contains(t, "${")
	}
	return false
}

// plausibleCredentials reports a value that could be a credentials option:
// a boolean, or a boolean spelt as a word ("true", "False", "1"). Other
// words name a different setting: "include", "omit", "same-origin" are
// fetch's request credentials modes and "none" a policy label, so an
// object holding them is a request or manifest, not cors options.
func plausibleCredentials(v *value) bool {
	switch v.kind {
	case vString:
		return booleanWords[strings.ToLower(strings.TrimSpace(v.text))]
	case vObject, vArray:
		return false
	}
	return true
}

// booleanWords are the strings a config author writes for a boolean.
var booleanWords = map[string]bool{
	"true": true, "false": true, "yes": true, "no": true, "on": true, "off": true, "1": true, "0": true,
}

// foreignKeys mark objects of other CORS formats (S3, GCS) that happen to
// hold an `origin` key.
var foreignKeys = map[string]bool{
	"responseHeader": true, "maxAgeSeconds": true, "AllowedOrigins": true, "AllowedMethods": true,
}
