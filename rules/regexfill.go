package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// KindFilled is a candidate spelled from a pattern with its repeated
// wildcards filled in: `^https://kestrel-.*\.netlify\.app$` gives
// `https://kestrel-attacker.netlify.app`.
const KindFilled CandidateKind = "wildcard-fill"

// fillWord is what a repeated wildcard that takes letters is spelt as.
const fillWord = "attacker"

// openTLDFill is what a wildcard that ends a host and takes dots is spelt
// as: a domain anyone can register (`example.*` -> `example.attacker.example`).
const openTLDFill = attackerDomain

// fillCandidates are the origins a regex or glob entry accepts where it
// leaves a name open. Mutations of the hosts written in a pattern cannot reach a
// wildcard inside the registrable label (`kestrel-.*\.netlify\.app`,
// `myapp-[a-z0-9]+\.vercel\.app`): on a platform whose domain is a public
// suffix, anyone can register such a name. A wildcard in a subdomain label
// spells a subdomain and is classified as one; one in the top-level label
// (`https://example.*`) spells a foreign domain. have are the candidates
// already built, which are not repeated.
func (t trust) fillCandidates(m *policy.Matcher, have []Candidate) []Candidate {
	seen := map[string]bool{}
	for _, c := range have {
		seen[c.Origin] = true
	}
	var texts []string
	switch m.Kind {
	case policy.MatchRegex:
		for _, alt := range regexAlternatives(m.Value) {
			if text, ok := wildcardFill(alt); ok {
				texts = append(texts, text)
			}
			// An optional dot (`(www|shop)?\.?example\.com`) also takes the
			// spelling without it, which glues the labels into another
			// registrable name (`wwwexample.com`).
			if strings.Contains(alt, `\.?`) {
				texts = append(texts, regexLiterals(strings.ReplaceAll(alt, `\.?`, "")))
			}
		}
	case policy.MatchGlob:
		if text, ok := globFill(m.Value); ok {
			texts = append(texts, text)
		}
	}
	var out []Candidate
	for _, text := range texts {
		for _, o := range literalOrigins(text) {
			c, ok := canonicalOrigin(o)
			if !ok || seen[c] {
				continue
			}
			seen[c] = true
			out = append(out, Candidate{Origin: c, Kind: KindFilled, Class: t.classify(c), From: c})
		}
	}
	return out
}

// wildcardFill spells one string a pattern accepts, with each repeated
// wildcard that takes letters (`.*`, `[a-z0-9-]+`, `\w+`, `[^.]+`) written
// as fillWord and every other part as its literal text or one character it
// takes. Optional parts are kept. ok is false when the pattern has no such
// wildcard, or holds what the spelling cannot follow (an alternation outside
// the literal groups regexAlternatives writes out, lookarounds).
func wildcardFill(s string) (string, bool) {
	var b strings.Builder
	filled := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		atom := "" // a one-character class or wildcard: what it takes
		switch c {
		case '^', '$', ')':
			continue
		case '|':
			return "", false
		case '(':
			if strings.HasPrefix(s[i:], "(?:") {
				i += 2
			} else if i+1 < len(s) && s[i+1] == '?' {
				return "", false // lookaround, named group, flags
			}
			continue
		case '?', '*', '+':
			continue // after a literal: the literal is kept once
		case '{':
			if j := strings.IndexByte(s[i:], '}'); j >= 0 {
				i += j
			}
			continue
		case '\\':
			if i+1 >= len(s) {
				return "", false
			}
			i++
			switch s[i] {
			case 'w', 'W', 'S':
				atom = "letters"
			case 'd':
				atom = "digits"
			case 'b', 'B':
				continue
			case 's', 'D':
				atom = "other"
			default:
				b.WriteByte(s[i])
				continue
			}
		case '[':
			j := skipClass(s, i)
			atom = classTakes(s[i+1 : j])
			i = j
		case '.':
			atom = "letters"
		default:
			b.WriteByte(c)
			continue
		}
		repeated, next := quantifier(s, i+1)
		i = next - 1
		switch {
		case c == '.' && repeated && endsHost(s, next):
			// `https://example\..*`: the wildcard is the top-level
			// label and takes dots, so any domain fits there.
			b.WriteString(openTLDFill)
			filled = true
		case atom == "letters" && repeated:
			b.WriteString(fillWord)
			filled = true
		case atom == "letters":
			b.WriteByte('a')
		case atom == "digits":
			b.WriteByte('1')
		default:
			return "", false
		}
	}
	return b.String(), filled
}

// classTakes says what a character class body takes: "letters", "digits"
// or "other".
func classTakes(body string) string {
	switch {
	case strings.HasPrefix(body, "^"):
		// [^.], [^/]: everything but a few separators.
		return "letters"
	case strings.Contains(body, "a-z"), strings.Contains(body, "A-Z"), strings.Contains(body, `\w`):
		return "letters"
	case strings.Contains(body, "0-9"), strings.Contains(body, `\d`):
		return "digits"
	}
	return "other"
}

// quantifier reads the quantifier at s[i:], if any: repeated is true for
// `*`, `+` and a brace with a maximum above one; next is the index after it
// (and after a lazy `?`).
func quantifier(s string, i int) (repeated bool, next int) {
	if i >= len(s) {
		return false, i
	}
	switch s[i] {
	case '*', '+':
		repeated, i = true, i+1
	case '?':
		return false, i + 1
	case '{':
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return false, i
		}
		body := s[i+1 : i+j]
		lo, hi, comma := strings.Cut(body, ",")
		repeated = comma && hi != "1" || !comma && lo != "0" && lo != "1"
		i += j + 1
	default:
		return false, i
	}
	if i < len(s) && s[i] == '?' {
		i++
	}
	return repeated, i
}

// endsHost reports whether a pattern's host ends at s[i:]: the pattern ends,
// or a port, path or end anchor follows, possibly inside a group.
func endsHost(s string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimLeft(s[i:], "()"), "?:")
	return rest == "" || rest[0] == '$' || rest[0] == ':' || rest[0] == '/' ||
		strings.HasPrefix(rest, `\/`) || strings.HasPrefix(rest, `\:`)
}

// globFill spells one origin a host glob accepts (Spring
// allowedOriginPatterns, S3 AllowedOrigins): each `*` as fillWord, and a `*`
// that ends the host, which crosses dots in those globs, as a registrable
// foreign domain: `https://example.*` takes
// `https://example.attacker.example`. Whether the glob really accepts the
// spelling is for the evaluator to say. ok is false without a `*` after the
// scheme.
func globFill(v string) (string, bool) {
	host := 0
	if i := strings.Index(v, "://"); i >= 0 {
		host = i + 3
	}
	if !strings.Contains(v[host:], "*") {
		return "", false
	}
	var b strings.Builder
	b.WriteString(v[:host])
	for i := host; i < len(v); i++ {
		if v[i] != '*' {
			b.WriteByte(v[i])
			continue
		}
		switch {
		case !endsHost(v, i+1):
			b.WriteString(fillWord)
		case i > host && v[i-1] == '.':
			b.WriteString(openTLDFill)
		default:
			b.WriteString("." + openTLDFill)
		}
	}
	return b.String(), true
}
