package flask

import (
	"regexp"

	"github.com/corslint/corslint/policy"
)

// maxIntersections bounds the patterns one `and` of two origin sets becomes.
const maxIntersections = 16

// intersectSets is `A and B` for two origin sets (each an `or` of
// matchers): (A1 and B1) or (A1 and B2) or ..., each pair written as one
// pattern. ok is false when a pair cannot be written.
func intersectSets(a, b []policy.Matcher) ([]policy.Matcher, bool) {
	if len(a)*len(b) > maxIntersections {
		return nil, false
	}
	out := make([]policy.Matcher, 0, len(a)*len(b))
	for _, ma := range a {
		for _, mb := range b {
			m, ok := intersect(ma, mb)
			if !ok {
				return nil, false
			}
			out = append(out, m)
		}
	}
	return out, true
}

// intersect writes two matchers as one Python pattern, applied with
// re.match, that accepts what both accept: (?=A)(?=B), each part matching
// from the start of the origin. `origin.startswith("https://") and
// origin.endswith(".example.com")` is every https subdomain of example.com.
func intersect(a, b policy.Matcher) (policy.Matcher, bool) {
	pa, oka := fromStart(a)
	pb, okb := fromStart(b)
	if !oka || !okb || a.IgnoreCase != b.IgnoreCase {
		return policy.Matcher{}, false
	}
	// The finding points at the first test as written.
	sp := a.Span
	if !b.Span.IsZero() && (a.Span.IsZero() || before(b.Span.Start, a.Span.Start)) {
		sp = b.Span
	}
	env := a.EnvFallback
	if env == "" {
		env = b.EnvFallback
	}
	return policy.Matcher{
		Kind: policy.MatchRegex, Value: "(?=" + pa + ")(?=" + pb + ")", Dialect: policy.DialectPython,
		Mode: policy.ModePrefix, IgnoreCase: a.IgnoreCase, Span: sp,
		// Narrower than each side: it only exists where both do.
		Dev: a.Dev || b.Dev, EnvFallback: env,
	}, true
}

// fromStart is a Python pattern, applied at the start of the origin, that
// accepts what m accepts. Origins never hold a newline, so `$` is the end.
func fromStart(m policy.Matcher) (string, bool) {
	q := regexp.QuoteMeta(m.Value)
	if m.HostOnly {
		return hostFromStart(m.Kind, q)
	}
	switch m.Kind {
	case policy.MatchExact:
		return q + "$", true
	case policy.MatchPrefix:
		return q, true
	case policy.MatchSuffix:
		return `[\s\S]*` + q + "$", true
	case policy.MatchContains:
		return `[\s\S]*` + q, true
	case policy.MatchRegex:
		if m.Dialect != policy.DialectPython {
			return "", false
		}
		switch m.Mode {
		case policy.ModePrefix:
			return "(?:" + m.Value + ")", true
		case policy.ModeFull:
			return "(?:" + m.Value + ")$", true
		case policy.ModeSearch:
			return `[\s\S]*?(?:` + m.Value + ")", true
		}
	}
	return "", false
}

// hostFromStart is fromStart for a test on the host alone (any scheme, any
// port): q is the quoted text the host is compared with.
func hostFromStart(kind policy.MatcherKind, q string) (string, bool) {
	const scheme, host, port = `[A-Za-z][A-Za-z0-9+.-]*://`, `[^/:]*`, `(?::[0-9]*)?$`
	switch kind {
	case policy.MatchExact:
		return scheme + q + port, true
	case policy.MatchPrefix:
		return scheme + q + host + port, true
	case policy.MatchSuffix:
		return scheme + host + q + port, true
	case policy.MatchContains:
		return scheme + host + q + host + port, true
	}
	return "", false
}

func before(a, b policy.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}
