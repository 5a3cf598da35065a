// CORS004 is an origin pattern or string test (regex, glob, prefix, suffix,
// substring) that accepts a registrable origin outside the trusted domains,
// without credentials; with credentials it is CORS001. A pattern that only
// lets in subdomains of the trusted host is CORS006, and one that only lets
// in names nobody can register (`https://attackernull`) is no finding
// (rules.md decisions and witnesses).

package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

type originCheckBypass struct{}

func (originCheckBypass) Meta() Meta {
	bad := `{"origin": ["/example\\.com$/"]}`
	good := `{"origin": ["/^https:\\/\\/(app|admin)\\.example\\.com$/"]}`
	return Meta{
		ID:    "CORS004",
		Name:  "origin-check-bypass",
		Short: "An origin pattern accepts origins an attacker can register.",
		Full: "An origin regex, glob or string test accepts origins outside the trusted domains: a missing `^` or `$` " +
			"anchor, an unescaped dot, a suffix test without a dot boundary, a prefix test, or a substring test " +
			"(`includes`, `indexOf`, `in`). corslint proves it with a concrete accepted origin (the witness) that anyone " +
			"can register.",
		Help: helpMarkdown(
			"Origin checks written as patterns are easy to get subtly wrong. `/example\\.com$/` accepts `https://attackerexample.com`; `^https://example\\.com` (no `$`) accepts `https://example.com.attacker.example`; `api.example.com` with an unescaped dot accepts `https://apixexample.com`; `origin.includes('example.com')` accepts all of them. An attacker registers such a name and reads the responses.",
			FormatExpressJSON, bad, good,
			"Anchor the pattern at both ends (`^https://` ... `$`), escape every dot, match the scheme and a dot boundary before the trusted domain, and prefer an exact list of origins over patterns.",
		),
		Severity:         High,
		SecuritySeverity: "7.4",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942", "external/cwe/cwe-185"},
		Precision:        "high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r originCheckBypass) Check(ctx *Context, p *policy.Policy) []Finding {
	return r.checkIssues(ctx, p, originIssues(ctx, p))
}

func (r originCheckBypass) checkIssues(_ *Context, p *policy.Policy, issues []originIssue) []Finding {
	meta := r.Meta()
	var out []Finding
	for _, i := range issuesFor(issues, meta.ID) {
		msg := "Any website can read responses through a pattern bypass: " + entryName(i.Matcher) + " accepts " + code(i.Witness.Origin) + ", an origin anyone can register. " + bypassHint(i.Witness)
		f := newFinding(meta, p, originSpan(p, i.Matcher, false), join(msg, provenance(p, i.Matcher)))
		f.Witness = i.Witness.Origin
		f.Curl = curlFor(p, i.Witness.Origin)
		f.Fix = patternFix(i.Matcher)
		out = append(out, f)
	}
	return out
}

// bypassHint explains, from how the witness was built, what the pattern
// gets wrong.
func bypassHint(w Witness) string {
	from := ""
	if h := hostOf(w.From); h != "" {
		from = code(h)
	}
	switch w.Kind {
	case KindSuffix, KindSpecial:
		if from != "" {
			return "The pattern does not end where " + from + " ends, so an attacker's domain can follow it."
		}
	case KindPrefix, KindPrefixDash:
		if from != "" {
			return "The pattern has no boundary before " + from + ", so an attacker's domain can end with it."
		}
	case KindUnescapedDot:
		return "A dot in the pattern is not escaped, so it matches any character."
	case KindTruncated:
		return "The test accepts any part of the allowed text, so an origin cut short matches."
	case KindUnrelated:
		return "The pattern accepts unrelated origins."
	case KindFilled:
		return "A wildcard in the pattern stands where a registrable name goes, so an attacker can register a name it matches."
	}
	return ""
}

// patternFix is the fix text for an entry that lets outsiders in.
func patternFix(m *policy.Matcher) string {
	if m == nil {
		return "Check the request origin against an explicit list of trusted origins."
	}
	switch m.Kind {
	case policy.MatchPrefix, policy.MatchSuffix, policy.MatchContains:
		return "Compare the whole origin exactly (or with an anchored, escaped pattern) instead of a " + strings.TrimPrefix(m.Kind.String(), "match") + " test."
	case policy.MatchWithin:
		return "Split the allowed origins into a list (or a Set) and compare the whole origin with each entry, instead of searching one string."
	case policy.MatchAll:
		return "Remove the allow-all entry and list the trusted origins."
	}
	return "Anchor the pattern at both ends, escape every dot, and require a dot or `//` right before the trusted domain."
}
