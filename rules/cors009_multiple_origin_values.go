// CORS009 is an Access-Control-Allow-Origin that can never pass the browser
// check because it holds several origins: a comma or space list in one value,
// or the header sent twice (two nginx add_header lines, an upstream value
// plus an added one). A single value that is not an origin is CORS011.

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type multipleOriginValues struct{}

func (multipleOriginValues) Meta() Meta {
	bad := `{"origin": "https://a.example.com,https://b.example.com"}`
	good := `{"origin": ["https://a.example.com", "https://b.example.com"]}`
	return Meta{
		ID:    "CORS009",
		Name:  "multiple-origin-values",
		Short: "Access-Control-Allow-Origin holds several origins or is sent twice.",
		Full: "Browsers accept exactly one origin (or `*`) in Access-Control-Allow-Origin. A comma- or space-separated " +
			"list, or two header fields (which browsers join with a comma), fails the CORS check for every origin: " +
			"the policy meant to allow some origins allows none.",
		Help: helpMarkdown(
			"Writing the allow-list into the header (`https://a.example.com, https://b.example.com`) looks natural but is not how CORS works: the browser compares the whole value with its own origin, so every cross-origin read fails. The same happens when a proxy and the application each add the header.",
			FormatExpressJSON, bad, good,
			"Check the request origin against the list on the server and send back only the one that matched (with `Vary: Origin`); set the header in one place only.",
		),
		Severity:         Medium,
		SecuritySeverity: "4.3",
		Tags:             []string{"cors", "correctness", "external/cwe/cwe-942"},
		Precision:        "very-high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r multipleOriginValues) Check(_ *Context, p *policy.Policy) []Finding {
	meta := r.Meta()
	var out []Finding
	o := p.Origins
	if o.Kind == policy.OriginStatic && isOriginList(o.Value) {
		f := newFinding(meta, p, o.Span, "Browsers reject every cross-origin read here: Access-Control-Allow-Origin holds several origins ("+code(o.Value)+"), and a browser accepts exactly one origin or `*`.")
		f.Fix = "Compare the request origin with the list on the server and send back only the one that matched, with `Vary: Origin`."
		out = append(out, f)
	}
	for _, x := range o.ExtraFields {
		second := code(x.Value)
		if x.Echo {
			second = "the request origin"
		}
		f := newFinding(meta, p, x.Span, "Browsers reject every cross-origin read here: Access-Control-Allow-Origin is sent twice ("+mainOriginValue(o)+" and "+second+"), and the two fields join into a list that matches no origin.")
		if x.Span.IsZero() {
			f.Span = originSpan(p, nil, false)
		}
		f.Fix = "Set Access-Control-Allow-Origin in one place only (remove the duplicate, or hide the upstream one)."
		out = append(out, f)
	}
	return out
}

// isOriginList reports a value holding more than one entry.
func isOriginList(v string) bool {
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	return len(parts) > 1
}

// mainOriginValue describes what the policy's own Access-Control-Allow-Origin
// field holds, for messages.
func mainOriginValue(o policy.Origins) string {
	switch o.Kind {
	case policy.OriginStatic:
		return code(o.Value)
	case policy.OriginAny:
		if o.Emit == policy.EmitWildcard {
			return "`*`"
		}
	}
	return "the request origin"
}
