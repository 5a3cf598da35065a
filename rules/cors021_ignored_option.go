// CORS021 is an option the library ignores or rejects: a misspelt key, a
// header name used as an option key, or a value of a type the library drops
// or refuses at start-up. Parsers record these as Policy.Ignored; the effect
// of what the library does instead is judged by the other rules.

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type ignoredOption struct{}

func (ignoredOption) Meta() Meta {
	bad := `{"origin": ["https://app.example.com"], "allowCredentials": true}`
	good := `{"origin": ["https://app.example.com"], "credentials": true}`
	return Meta{
		ID:    "CORS021",
		Name:  "ignored-option",
		Short: "A CORS option is ignored or rejected by the library.",
		Full: "The configuration sets an option the library does not read (a misspelt key such as flask-cors " +
			"`support_credentials`, or a header name such as `Access-Control-Allow-Credentials` used as a `cors` " +
			"option), or gives it a value of a type the library drops or refuses at start-up. The author's intent " +
			"silently does not happen.",
		Help: helpMarkdown(
			"CORS libraries ignore unknown options without a warning. A misspelt `allowCredentials` leaves credentials off, a misspelt origin option leaves the library's permissive default in place, and a list where a string is expected can stop the application at start-up.",
			FormatExpressJSON, bad, good,
			"Use the option name and value type the library documents; the message names the option it reads.",
		),
		Severity:         Low,
		SecuritySeverity: "3.1",
		Tags:             []string{"cors", "correctness", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r ignoredOption) Check(_ *Context, p *policy.Policy) []Finding {
	meta := r.Meta()
	var out []Finding
	lib := p.Framework
	if lib == "" {
		lib = "the library"
	}
	for _, ig := range p.Ignored {
		reason := strings.TrimSuffix(strings.TrimSpace(ig.Reason), ".")
		if reason == "" {
			reason = lib + " does not read it"
		}
		msg := "The option " + code(ig.Key) + " has no effect: " + reason + "."
		fix := "Remove the option, or use one " + lib + " documents."
		if ig.Suggest != "" {
			msg += " The option " + lib + " reads is " + code(ig.Suggest) + "."
			fix = "Use " + code(ig.Suggest) + " instead of " + code(ig.Key) + "."
		}
		f := newFinding(meta, p, ig.Span, msg)
		f.Fix = fix
		out = append(out, f)
	}
	return out
}
