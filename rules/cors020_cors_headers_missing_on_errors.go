// CORS020 is nginx add_header for CORS without `always`: 4xx/5xx (and 202)
// responses carry no CORS headers and the browser shows a CORS error instead
// of the real one. Not raised for a block that only answers preflights with
// `return 2xx`, nor when the policy sends headers on errors anyway, unless
// only Allow-Origin does and a `true` Allow-Credentials lacks `always`
// (credentialed requests still fail on errors). Headers lost to inheritance
// are CORS019.

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type corsHeadersMissingOnErrors struct{}

func (corsHeadersMissingOnErrors) Meta() Meta {
	bad := "server {\n    listen 443 ssl;\n    server_name api.example.com;\n    location /api/ {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\";\n        add_header Vary Origin;\n    }\n}"
	good := "server {\n    listen 443 ssl;\n    server_name api.example.com;\n    location /api/ {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n        add_header Vary Origin always;\n    }\n}"
	return Meta{
		ID:    "CORS020",
		Name:  "cors-headers-missing-on-errors",
		Short: "CORS headers are not sent on error responses.",
		Full: "nginx add_header without `always` applies only to 200, 201, 204, 206, 301, 302, 303, 304, 307 and 308. " +
			"A 4xx or 5xx answer then has no Access-Control-Allow-Origin, the browser hides it behind a CORS error, and " +
			"the client cannot read the real status or message.",
		Help: helpMarkdown(
			"Without `always`, a validation error (400), an expired session (401) or an outage (502) reaches the page as an opaque CORS failure. Clients cannot react to the status, users see a misleading error, and debugging starts in the wrong place.",
			FormatNginx, bad, good,
			"Add `always` to every CORS add_header (nginx 1.7.5+).",
		),
		Severity:         Low,
		SecuritySeverity: "2.0",
		Tags:             []string{"cors", "correctness", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatNginx,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r corsHeadersMissingOnErrors) Check(_ *Context, p *policy.Policy) []Finding {
	if p.PreflightOnly {
		return nil
	}
	lostCreds := p.OnErrors && credentialsLostOnErrors(p)
	if p.OnErrors && !lostCreds {
		return nil
	}
	for _, d := range p.Directives {
		if d.Always || !strings.HasPrefix(strings.ToLower(d.Name), "access-control-") {
			continue
		}
		if lostCreds && !strings.EqualFold(d.Name, "Access-Control-Allow-Credentials") {
			continue
		}
		what, lacks := code(d.Name), " has no `always`"
		fix := "Add `always` to every CORS add_header of this block."
		switch {
		case d.Via != "":
			// headers-more: a `-s` list without error statuses is the cause.
			what, lacks = code(d.Via+" "+d.Name), "'s `-s` list has no 4xx/5xx status"
			fix = "Remove the `-s` status list from the CORS " + d.Via + " lines (they then apply to every status)."
		case p.Framework == "nginx":
			what = code("add_header " + d.Name)
		}
		msg := "Error responses (4xx, 5xx) from this block carry no CORS headers: " + what + lacks + ", so browsers hide the real error behind a CORS error."
		if lostCreds {
			msg = "Error responses (4xx, 5xx) from this block carry Access-Control-Allow-Origin but not Access-Control-Allow-Credentials: " + what + lacks + ", so credentialed requests see a CORS error instead of the real one."
		}
		f := newFinding(r.Meta(), p, d.Span, msg)
		f.Fix = fix
		return []Finding{f}
	}
	return nil
}

// credentialsLostOnErrors reports whether Allow-Origin reaches error
// responses (its directive is `always`) but a `true` Allow-Credentials does
// not: a credentialed request then fails the CORS check on every 4xx/5xx
// (semantics.md 1, credentials table), the same hidden error as above.
func credentialsLostOnErrors(p *policy.Policy) bool {
	if !p.Credentials.Set || strings.TrimSpace(p.Credentials.Value) != "true" {
		return false
	}
	originAlways, credsOnOK := false, false
	for _, d := range p.Directives {
		switch {
		case strings.EqualFold(d.Name, "Access-Control-Allow-Origin"):
			originAlways = originAlways || d.Always
		case strings.EqualFold(d.Name, "Access-Control-Allow-Credentials"):
			if d.Always {
				return false
			}
			credsOnOK = true
		}
	}
	return originAlways && credsOnOK
}
