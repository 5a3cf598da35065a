// CORS016 (audit only) is `*` or explicitly configured reflection in
// Access-Control-Allow-Methods, or TRACE, CONNECT or TRACK allowed, including
// framework defaults such as Kong's method list (reported at the setting that
// enables CORS). Browsers never send those three methods, so this is
// hygiene; header lists are CORS015.

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type permissiveAllowMethods struct{}

func (permissiveAllowMethods) Meta() Meta {
	bad := `{"origin": ["https://app.example.com"], "methods": ["GET", "POST", "TRACE"]}`
	good := `{"origin": ["https://app.example.com"], "methods": ["GET", "POST"]}`
	return Meta{
		ID:    "CORS016",
		Name:  "permissive-allow-methods",
		Short: "Every method, or TRACE/CONNECT/TRACK, is allowed for cross-origin requests.",
		Full: "Access-Control-Allow-Methods is `*`, reflects Access-Control-Request-Method, or lists TRACE, CONNECT or " +
			"TRACK. Browsers never send those three, so listing them is hygiene, but it shows the list was not " +
			"reviewed; `*` and reflection allow every state-changing method. Audit only.",
		Help: helpMarkdown(
			"An allow-methods list is a statement of what cross-origin clients may do. `*` or reflection grants DELETE, PUT and PATCH to every allowed origin whether or not the API expects them, and TRACE/CONNECT/TRACK (never sent by browsers) usually come from copied defaults nobody reviewed.",
			FormatExpressJSON, bad, good,
			"List the methods the API serves to browsers.",
		),
		Severity:         Low,
		SecuritySeverity: "2.6",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "very-high",
		AuditOnly:        true,
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r permissiveAllowMethods) Check(_ *Context, p *policy.Policy) []Finding {
	l := p.AllowMethods
	var parts []string
	switch l.Mode {
	case policy.ListReflect:
		if !l.Explicit {
			return nil
		}
		parts = append(parts, "Cross-origin requests may use any method: Access-Control-Allow-Methods reflects whatever Access-Control-Request-Method asks for.")
	case policy.ListValues:
		var odd []string
		for _, v := range listValues(l) {
			switch strings.ToUpper(v) {
			case "TRACE", "CONNECT", "TRACK":
				odd = append(odd, code(v))
			}
		}
		if hasValue(l, "*") {
			parts = append(parts, "Cross-origin requests may use any method: Access-Control-Allow-Methods is `*`.")
		}
		if len(odd) > 0 {
			s := strings.Join(odd, ", ") + " " + isAre(odd) + " allowed for cross-origin requests; browsers never send " + itThem(odd) + ", so the list was not reviewed."
			if len(parts) == 0 {
				s = "Access-Control-Allow-Methods allows methods no browser sends: " + s
			}
			parts = append(parts, s)
		}
	}
	if len(parts) == 0 {
		return nil
	}
	span := l.Span
	if l.Default || span.IsZero() {
		span = p.Span
		parts = append(parts, "This comes from a default: the framework allows these methods when none are configured.")
	}
	f := newFinding(r.Meta(), p, span, join(parts...))
	f.Fix = "List the methods the API serves to browsers."
	return []Finding{f}
}

func isAre(items []string) string {
	if len(items) == 1 {
		return "is"
	}
	return "are"
}

func itThem(items []string) string {
	if len(items) == 1 {
		return "it"
	}
	return "them"
}
