package rules

import (
	"regexp"

	"github.com/corslint/corslint/policy"
)

// rules.md decisions, template placeholders: "Rules judge what is known:
// `https://*.${domain}` is still CORS006." A glob whose host is `*.`
// followed by one placeholder trusts every subdomain of some domain, whatever
// the placeholder holds; only the domain itself is unknown. The analysis
// runs on a copy of the policy where that placeholder is a stand-in domain,
// so the subdomain witnesses exist; nothing else about a placeholder is
// guessed (a placeholder elsewhere in a pattern stays unjudged).

// placeholderDomain stands in for the unknown domain. It sits under the
// reserved `example` top-level name, which the witness code treats as
// registrable.
const placeholderDomain = "placeholder-domain.example"

// subdomainOfPlaceholder finds `*.${VAR}` or `*.{{ .Values.x }}` closing an
// origin glob (an optional port may follow); group 1 is the placeholder.
var subdomainOfPlaceholder = regexp.MustCompile(`\*\.(\$\{[^{}]*\}|\{\{[^{}]*\}\})(?::[0-9]+)?$`)

// withPlaceholderDomains returns p, or a copy whose globs of the form
// `scheme://*.${VAR}` have the stand-in domain in place of the placeholder.
func withPlaceholderDomains(p *policy.Policy) *policy.Policy {
	var ms []policy.Matcher
	for i, m := range p.Origins.Matchers {
		if m.Kind != policy.MatchGlob {
			continue
		}
		loc := subdomainOfPlaceholder.FindStringSubmatchIndex(m.Value)
		if loc == nil {
			continue
		}
		if ms == nil {
			ms = append([]policy.Matcher(nil), p.Origins.Matchers...)
		}
		ms[i].Value = m.Value[:loc[2]] + placeholderDomain + m.Value[loc[3]:]
	}
	if ms == nil {
		return p
	}
	q := *p
	q.Origins.Matchers = ms
	return &q
}

// placeholderIssues runs listIssues on the filled copy of p and points the
// issues back at p's own entries, so messages quote what the user wrote.
func placeholderIssues(ctx *Context, p *policy.Policy) []originIssue {
	q := withPlaceholderDomains(p)
	issues := listIssues(ctx, q)
	if q == p {
		return issues
	}
	for i := range issues {
		for j := range q.Origins.Matchers {
			if issues[i].Matcher == &q.Origins.Matchers[j] {
				issues[i].Matcher = &p.Origins.Matchers[j]
			}
		}
	}
	return issues
}
