package platform

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

// ingress-nginx snippet annotations hold raw nginx directives; CORS headers
// set there by hand are a common alternative to the cors-* annotations.
var nginxSnippetKeys = []string{"configuration-snippet", "server-snippet"}

// snippetConditional matches the constructs that make a header depend on
// the request (an `if` block, a `map`, a variable set per request): such a
// snippet is not read, since only the nginx parser can judge it.
var snippetConditional = regexp.MustCompile(`(?m)(^|[;{}\s])(if|map|set)\s`)

// snippetHeader matches `more_set_headers "Name: value";` (with optional
// -s/-t filters) and `add_header Name value [always];`, one per statement.
var (
	moreSetHeaders = regexp.MustCompile(`^more_set_headers\s+(?:-[st]\s+(?:'[^']*'|"[^"]*"|\S+)\s+)*(?:'([^']*)'|"([^"]*)"|(\S+))`)
	addHeader      = regexp.MustCompile(`^add_header\s+(?:'([^']*)'|"([^"]*)"|(\S+))\s+(?:'([^']*)'|"([^"]*)"|(\S+))`)
)

// nginxSnippets maps CORS headers that a snippet annotation sets without
// any condition (semantics.md 2: `$http_origin` in more_set_headers or
// add_header is reflection of every origin).
func (x *extractor) nginxSnippets(ann *Node, scope string) {
	for _, key := range nginxSnippetKeys {
		pr := ann.Pair(nginxPrefix + key)
		if pr == nil || !pr.Value.IsScalar() || pr.Value.Templated {
			continue
		}
		text := pr.Value.Value
		if !strings.Contains(strings.ToLower(text), "access-control-") || snippetConditional.MatchString(text) {
			continue
		}
		var hs []header
		for i, line := range strings.Split(text, "\n") {
			at := snippetLineSpan(pr.Value, i)
			for _, stmt := range strings.Split(line, ";") {
				name, value, ok := snippetStatement(strings.TrimSpace(stmt))
				if !ok {
					continue
				}
				v := &Node{Kind: String, Value: value, Span: at}
				hs = append(hs, header{name: name, value: v, nameAt: at, valueAt: at,
					echo: strings.EqualFold(strings.TrimSpace(value), "$http_origin")})
			}
		}
		before := len(x.pols)
		x.headerBlock(nginxFramework, scope+" "+key, hs)
		for i := before; i < len(x.pols); i++ {
			p := &x.pols[i]
			p.OnErrors = true // more_set_headers: every status; add_header is judged by the nginx rules only
			if p.Origins.Kind == policy.OriginStatic && strings.HasPrefix(p.Origins.Value, "$") {
				p.Origins = unknownOrigins(p.Origins.Span, "Access-Control-Allow-Origin is an nginx variable")
			}
		}
	}
}

// snippetStatement reads one header-setting statement.
func snippetStatement(stmt string) (name, value string, ok bool) {
	if m := moreSetHeaders.FindStringSubmatch(stmt); m != nil {
		nv := m[1] + m[2] + m[3]
		name, value, ok = strings.Cut(nv, ":")
		name, value = strings.TrimSpace(name), strings.TrimSpace(value)
		if !ok || value == "" { // `'Name:'` clears the header
			return "", "", false
		}
		return name, value, true
	}
	if m := addHeader.FindStringSubmatch(stmt); m != nil {
		return m[1] + m[2] + m[3], m[4] + m[5] + m[6], true
	}
	return "", "", false
}

// snippetLineSpan is the span of line i of a snippet value. A block scalar
// (`|`) starts on the line after its indicator; its columns are not known
// here, so the span covers the start of the line.
func snippetLineSpan(n *Node, i int) policy.Span {
	s := n.Span
	if !strings.Contains(n.Value, "\n") || n.Literal.Line != 0 {
		return s
	}
	line := s.Start.Line + 1 + i
	return policy.Span{File: s.File, Start: policy.Pos{Line: line, Col: 1}, End: policy.Pos{Line: line, Col: 2}}
}
