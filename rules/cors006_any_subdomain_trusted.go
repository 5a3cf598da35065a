// CORS006 is a pattern that trusts every subdomain of a trusted host (the
// witness `https://attacker.<host>` is accepted), with or without
// credentials. A pattern that also accepts an origin outside the trusted
// domains is CORS004/CORS001 instead, since fixing that pattern fixes both
// (rules.md decisions).

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type anySubdomainTrusted struct{}

func (anySubdomainTrusted) Meta() Meta {
	bad := `{"origin": ["/^https:\\/\\/[a-z0-9-]+\\.example\\.com$/"]}`
	good := `{"origin": ["https://app.example.com", "https://admin.example.com"]}`
	return Meta{
		ID:    "CORS006",
		Name:  "any-subdomain-trusted",
		Short: "Every subdomain of a domain is trusted.",
		Full: "The policy accepts any subdomain of a trusted domain. One cross-site scripting bug or one dangling DNS " +
			"record (subdomain takeover) on any of them, including forgotten staging and marketing hosts, breaks the policy.",
		Help: helpMarkdown(
			"`*.example.com` trusts hundreds of hosts nobody reviews for this purpose: old staging sites, marketing pages, user-content hosts, names whose DNS still points at a released cloud resource. An attacker who gets script onto any of them reads what the policy protects.",
			FormatExpressJSON, bad, good,
			"List the subdomains that really need access, or keep the pattern only for a domain where every host is under your control and has no user content.",
		),
		Severity:         Low,
		SecuritySeverity: "3.7",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r anySubdomainTrusted) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r anySubdomainTrusted) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		parent := hostOf(i.Witness.From)
		if parent == "" {
			h := hostOf(i.Witness.Origin)
			parent = h[strings.IndexByte(h, '.')+1:]
		}
		who := "responses"
		if i.Credentialed {
			who = "credentialed responses"
		}
		msg := "Every subdomain of " + code(parent) + " can read " + who + ": " + entryName(i.Matcher) + " accepts " + code(i.Witness.Origin) + ", so one XSS or subdomain takeover anywhere under " + code(parent) + " breaks the policy."
		f := newFinding(meta, p, originSpan(p, i.Matcher, i.Credentialed), join(msg, provenance(p, i.Matcher)))
		f.Witness = i.Witness.Origin
		f.Curl = curlFor(p, i.Witness.Origin)
		f.Fix = "List the subdomains that need access instead of trusting all of them."
		out = append(out, f)
	}
	return out
}
