// CORS001 is the single finding for every way an outside origin reads
// credentialed answers: the wildcard (including the literal `*` +
// Access-Control-Allow-Credentials: true pair browsers reject), reflection,
// `null`, a pattern bypass, or a plain-http origin. Without credentials the
// same mechanisms are CORS008, CORS002, CORS003, CORS004 and CORS005. Trusting
// every subdomain (CORS006) or a local origin (CORS007) is never CORS001, even
// with credentials (rules.md decisions).

package rules

import (
	"github.com/corslint/corslint/policy"
)

type credentialedUntrustedOrigin struct{}

func (credentialedUntrustedOrigin) Meta() Meta {
	bad := `{"origin": true, "credentials": true}`
	good := `{"origin": ["https://app.example.com"], "credentials": true}`
	return Meta{
		ID:    "CORS001",
		Name:  "credentialed-untrusted-origin",
		Short: "An untrusted origin can read responses with the user's cookies.",
		Full: "Credentials are allowed (Access-Control-Allow-Credentials: true) and an origin an attacker can own gets " +
			"Access-Control-Allow-Origin equal to itself or `*`: through the wildcard, reflection of the request origin, " +
			"the `null` origin, a pattern that accepts an outside domain, or a plain-http origin. Any page on that origin " +
			"can read what the logged-in user can read. The literal `*` with credentials is included: browsers reject it, " +
			"but frameworks often turn it into reflection, and where they do not the configuration is broken.",
		Help: helpMarkdown(
			"With credentials allowed, every origin the policy accepts can make requests that carry the user's cookies and read the answers. When an attacker can own one of those origins (any origin under reflection or `*`, `null` from a sandboxed iframe, `https://example.com.attacker.example` under a loose pattern, or `http://example.com` on a hostile network), a page they control reads the user's data and acts as the user.",
			FormatExpressJSON, bad, good,
			"Allow credentials only for an explicit list of trusted `https://` origins, compared exactly or with anchored, escaped patterns. Never combine credentials with `*`, reflection of the request origin, or `null`.",
		),
		Severity:         Critical,
		SecuritySeverity: "9.1",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942", "external/cwe/cwe-346"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r credentialedUntrustedOrigin) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r credentialedUntrustedOrigin) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		msg, fix := cors001Text(p, i)
		f := newFinding(meta, p, originSpan(p, i.Matcher, true), msg)
		f.Witness = i.Witness.Origin
		f.Curl = curlFor(p, i.Witness.Origin)
		f.Fix = fix
		out = append(out, f)
	}
	return out
}

// cors001Text words the finding after its mechanism.
func cors001Text(p *policy.Policy, i originIssue) (msg, fix string) {
	w := code(i.Witness.Origin)
	credDefault := ""
	if p.Credentials.Default {
		credDefault = "Access-Control-Allow-Credentials: true is the framework's default here."
	}
	switch i.Mech {
	case mechWildcard:
		msg = "Every website is allowed with the user's credentials: Access-Control-Allow-Origin `*` is sent with Access-Control-Allow-Credentials: true. " +
			"Browsers refuse this pair on credentialed requests, so the configuration is broken as it stands, and frameworks and proxies often turn it into reflection of the request origin, which lets any website (" + w + ") read every user's data."
		fix = "List the trusted origins explicitly, or drop credentials if the data is public."
	case mechAllEcho:
		msg = "Any website can read credentialed responses: all origins are allowed and answered with the request origin, so " + w + " is reflected with Access-Control-Allow-Credentials: true. " +
			"The mechanism is reflection: \"all origins\" with credentials sends back whatever origin asks."
		fix = "Replace \"all origins\" with an explicit list of trusted https origins, or drop credentials."
	case mechReflection:
		how := "is reflected"
		if i.Matcher != nil {
			how = "is reflected by " + entryName(i.Matcher)
		}
		msg = "Any website can read credentialed responses: the origin " + w + " " + how + " with Access-Control-Allow-Credentials: true. " +
			"The mechanism is reflection of the request origin without a check."
		fix = "Check the request origin against an explicit list of trusted https origins before sending it back."
	case mechNull:
		msg = "Any website can read credentialed responses through the `null` origin: " + entryName(i.Matcher) + " accepts `Origin: null` with Access-Control-Allow-Credentials: true, and any page can send it from a sandboxed iframe."
		if i.Matcher == nil || i.Matcher.Kind == policy.MatchNull || i.Matcher.Kind == policy.MatchExact {
			msg = "Any website can read credentialed responses through the `null` origin: `Origin: null` is accepted with Access-Control-Allow-Credentials: true, and any page can send it from a sandboxed iframe."
		}
		fix = "Remove `null` from the allowed origins."
	case mechPattern:
		msg = "Any website can read credentialed responses through a pattern bypass: " + entryName(i.Matcher) + " accepts " + w + ", an origin anyone can register, with Access-Control-Allow-Credentials: true. " + bypassHint(i.Witness)
		fix = patternFix(i.Matcher)
	case mechInsecure:
		msg = "A network attacker can read credentialed responses through a plain-http origin: " + w + " is trusted with Access-Control-Allow-Credentials: true, and anyone on the network path can act as it."
		fix = "Trust only the https:// origin."
	}
	return join(msg, credDefault, provenance(p, i.Matcher)), fix
}
