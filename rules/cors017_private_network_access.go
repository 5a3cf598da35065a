// CORS017 is Access-Control-Allow-Private-Network: true, whoever sends it
// (configured or a framework default). Which origins get it is for the
// origin rules.

package rules

import "github.com/corslint/corslint/policy"

type privateNetworkAccess struct{}

func (privateNetworkAccess) Meta() Meta {
	bad := "server {\n    listen 80;\n    server_name printer.internal;\n    location / {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n        add_header Access-Control-Allow-Private-Network \"true\" always;\n        add_header Vary Origin always;\n    }\n}"
	good := "server {\n    listen 80;\n    server_name printer.internal;\n    location / {\n        add_header Access-Control-Allow-Origin \"https://app.example.com\" always;\n        add_header Vary Origin always;\n    }\n}"
	return Meta{
		ID:    "CORS017",
		Name:  "private-network-access",
		Short: "Public websites may reach this private-network service.",
		Full: "Access-Control-Allow-Private-Network: true tells browsers that pages on public sites may send requests " +
			"to this service on a private network or on the user's machine. Such services are often unauthenticated " +
			"because they were never meant to be reachable from the internet. Private Network Access is on hold in " +
			"browsers and being replaced by Local Network Access; the header is still a statement of intent.",
		Help: helpMarkdown(
			"Routers, printers, dev servers and internal admin panels trust whoever can reach them. Browsers block public pages from calling them unless the service opts in with Access-Control-Allow-Private-Network: true; sending it hands that reach to every origin the CORS policy allows.",
			FormatNginx, bad, good,
			"Remove the header unless public pages must reach the service, and then allow only specific, trusted origins and require authentication.",
		),
		Severity:         Medium,
		SecuritySeverity: "5.3",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "very-high",
		ExampleFormat:    FormatNginx,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r privateNetworkAccess) Check(_ *Context, p *policy.Policy) []Finding {
	pn := p.PrivateNetwork
	if !pn.Allowed {
		return nil
	}
	msg := "Public websites allowed by this policy can reach a private-network service: Access-Control-Allow-Private-Network: true is sent."
	if pn.OnlyWhenRequested {
		msg = "Public websites allowed by this policy can reach a private-network service: Access-Control-Allow-Private-Network: true is sent to every preflight that asks for it."
	}
	span := pn.Span
	def := ""
	if pn.Default || span.IsZero() {
		span = p.Span
		def = "This comes from a default of the framework version in use."
	}
	f := newFinding(r.Meta(), p, span, join(msg, def))
	f.Fix = "Stop sending Access-Control-Allow-Private-Network, or restrict the policy to trusted origins and require authentication."
	return []Finding{f}
}
