// CORS010 is an Access-Control-Allow-Credentials value other than the exact
// `true` (`false`, `True`, `1`, two fields). Whether credentials are allowed
// at all, and with which origins, is for the origin rules (CORS001).

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type invalidCredentialsValue struct{}

func (invalidCredentialsValue) Meta() Meta {
	bad := "server {\n    listen 443 ssl;\n    server_name api.example.com;\n    location / {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n        add_header Access-Control-Allow-Credentials \"True\" always;\n        add_header Vary Origin always;\n    }\n}"
	good := "server {\n    listen 443 ssl;\n    server_name api.example.com;\n    location / {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n        add_header Access-Control-Allow-Credentials \"true\" always;\n        add_header Vary Origin always;\n    }\n}"
	return Meta{
		ID:    "CORS010",
		Name:  "invalid-credentials-value",
		Short: "Access-Control-Allow-Credentials is not exactly `true`.",
		Full: "Browsers only act on the exact, lower-case value `true`. Any other value (`false`, `True`, `1`, or two " +
			"fields joined into `true, true`) is the same as no header: credentialed requests fail, and readers of the " +
			"configuration are misled about what it allows.",
		Help: helpMarkdown(
			"`Access-Control-Allow-Credentials: True` or `1` looks like it enables credentials, and `false` looks like it disables something, but browsers compare the value with `true` byte for byte. Credentialed requests then fail for reasons that are hard to see, or a reviewer believes credentials are off when another layer turns them on.",
			FormatNginx, bad, good,
			"Send exactly `true` when credentials are needed, and no header at all otherwise.",
		),
		Severity:         Low,
		SecuritySeverity: "3.1",
		Tags:             []string{"cors", "correctness", "external/cwe/cwe-942"},
		Precision:        "very-high",
		ExampleFormat:    FormatNginx,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r invalidCredentialsValue) Check(_ *Context, p *policy.Policy) []Finding {
	v := p.Credentials.Value
	if v == "" || v == "true" {
		return nil
	}
	var msg string
	switch {
	case strings.EqualFold(strings.TrimSpace(v), "true"):
		msg = "Credentialed requests fail: Access-Control-Allow-Credentials is " + code(v) + ", but browsers accept only the exact value `true`."
	case strings.Contains(v, ","):
		msg = "Credentialed requests fail: Access-Control-Allow-Credentials is sent as " + code(v) + " (several fields), but browsers accept only the single exact value `true`."
	default:
		msg = "Access-Control-Allow-Credentials " + code(v) + " does nothing: browsers act only on the exact value `true`, so the header misleads readers."
	}
	f := newFinding(r.Meta(), p, p.Credentials.Span, msg)
	f.Fix = "Send exactly `true` when credentials are needed, and no header otherwise."
	return []Finding{f}
}
