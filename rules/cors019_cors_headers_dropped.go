// CORS019 is CORS headers set at an outer level that silently disappear in
// an inner block (nginx add_header inheritance: any add_header in a nested
// location, `if` or server drops every inherited one), or in a sibling `if`
// that matches the same request (the last matching `if` wins). It also
// covers the mirror image issue 4 asks for: a block whose CORS add_headers
// make it lose the other headers set above it (HSTS, X-Frame-Options). One finding
// per block that loses them, at its opening line. Headers sent without
// `always` are CORS020.

package rules

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

type corsHeadersDropped struct{}

func (corsHeadersDropped) Meta() Meta {
	bad := "server {\n    listen 443 ssl;\n    server_name api.example.com;\n    add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n    add_header Vary Origin always;\n    location /api/ {\n        add_header X-Frame-Options DENY always;\n    }\n}"
	good := "server {\n    listen 443 ssl;\n    server_name api.example.com;\n    location /api/ {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n        add_header Vary Origin always;\n        add_header X-Frame-Options DENY always;\n    }\n}"
	return Meta{
		ID:    "CORS019",
		Name:  "cors-headers-dropped",
		Short: "CORS headers set at an outer level are lost in an inner block.",
		Full: "nginx inherits add_header directives only into blocks that have none of their own: one add_header in a " +
			"nested location, `if` or server drops every CORS header set above it. When several `if` blocks match a " +
			"request, only the last one's headers are sent. The block then answers without CORS headers and browsers " +
			"refuse the responses.",
		Help: helpMarkdown(
			"Adding an unrelated header (`add_header X-Frame-Options DENY;`) inside a location silently removes the CORS headers the server level set, and the API breaks for browsers only on that path. The same happens when an `if ($request_method = OPTIONS)` block adds its own headers after an `if ($http_origin ...)` block: preflights lose the origin header.",
			FormatNginx, bad, good,
			"Repeat the CORS headers in every block that has its own add_header (an `include` snippet keeps them in one place), avoid add_header inside `if`, or use `add_header_inherit merge` (nginx 1.29.3+) or headers-more, whose directives merge.",
		),
		Severity:         Medium,
		SecuritySeverity: "4.3",
		Tags:             []string{"cors", "correctness", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatNginx,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r corsHeadersDropped) Check(_ *Context, p *policy.Policy) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, d := range p.Dropped {
		names := make([]string, len(d.Headers))
		for i, h := range d.Headers {
			names[i] = code(h)
		}
		kind := "CORS headers"
		for _, h := range d.Headers {
			if !strings.HasPrefix(strings.ToLower(h), "access-control-") {
				// A block that adds CORS headers of its own silently drops
				// the security headers set above it (nginx inheritance).
				kind = "headers"
			}
		}
		msg := "Responses from this block lose the " + kind + " " + strings.Join(names, ", ") + " set " + where(d.From, d.Block) + "."
		if len(names) == 0 {
			msg = "Responses from this block lose the CORS headers set " + where(d.From, d.Block) + "."
		}
		reason := strings.TrimSpace(d.Reason)
		if reason != "" {
			reason = strings.ToUpper(reason[:1]) + reason[1:]
			if !strings.HasSuffix(reason, ".") {
				reason += "."
			}
		}
		effect := ""
		for _, h := range d.Headers {
			if strings.EqualFold(h, "Access-Control-Allow-Origin") {
				effect = "Without Access-Control-Allow-Origin, browsers refuse every cross-origin read of them."
			}
		}
		f := newFinding(meta, p, d.Block, join(msg, reason, effect))
		f.Fix = "Repeat the CORS headers in this block (an include snippet keeps them in one place), or move its own add_header out of it."
		out = append(out, f)
	}
	return out
}

// where names the place of span from's point of view of span at.
func where(from, at policy.Span) string {
	switch {
	case from.IsZero():
		return "at an outer level"
	case from.File == at.File || at.File == "":
		return fmt.Sprintf("at line %d", from.Start.Line)
	}
	return fmt.Sprintf("at %s:%d", from.File, from.Start.Line)
}
