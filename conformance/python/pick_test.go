package pyconformance_test

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corslint/corslint/policy"
)

// frameworkOf maps a sidecar's framework to policy.Policy.Framework.
var frameworkOf = map[string]string{
	"flask":     "flask-cors",
	"starlette": "starlette",
	"django":    "django-cors-headers",
}

// pick returns the policy that answers a request to path, nil when none does
// (the library then sends no CORS header at all). src is the case's source,
// to tell flask-cors decorator policies from extension ones.
func pick(framework string, pols []policy.Policy, src []byte, path string) (*policy.Policy, error) {
	var mine []*policy.Policy
	for i := range pols {
		if pols[i].Framework == frameworkOf[framework] && !pols[i].Dev {
			mine = append(mine, &pols[i])
		}
	}
	if len(mine) == 0 {
		return nil, fmt.Errorf("the parser built no %s policy", frameworkOf[framework])
	}
	switch framework {
	case "flask":
		return pickFlask(mine, src, path)
	case "django":
		if len(mine) != 1 {
			return nil, fmt.Errorf("expected one django-cors-headers policy, got %d", len(mine))
		}
		return pickDjango(mine[0], path)
	default:
		if len(mine) != 1 {
			return nil, fmt.Errorf("expected one %s policy, got %d", framework, len(mine))
		}
		return mine[0], nil
	}
}

// pickFlask applies flask-cors' dispatch: a @cross_origin view answers for
// itself (the extension skips responses that already carry ACAO); otherwise
// the extension's resources are tried in its sort order and the first whose
// pattern matches the path wins.
func pickFlask(pols []*policy.Policy, src []byte, path string) (*policy.Policy, error) {
	var resources []*policy.Policy
	for _, p := range pols {
		if !strings.HasPrefix(spanText(src, p.Span), "cross_origin") {
			resources = append(resources, p)
			continue
		}
		for _, route := range strings.Split(p.Scope, ", ") {
			if route == path {
				return p, nil
			}
		}
	}
	sortResources(resources)
	for _, p := range resources {
		ok, err := resourceMatch(p.Scope, path)
		if err != nil {
			return nil, fmt.Errorf("resource %q: %w", p.Scope, err)
		}
		if ok {
			return p, nil
		}
	}
	return nil, nil
}

// sortResources is flask-cors' parse_resources order from 6.0.1 (also in
// Debian's 3.0.10-2+deb12u1, which backports the CVE-2024-6839 fix): literal
// paths first, then patterns; more slashes first, then longer first. The sort
// is stable, like Python's sorted, so equal keys keep dict order.
func sortResources(rs []*policy.Policy) {
	key := func(pattern string) (int, int, int) {
		regex := 0
		if probablyRegex(pattern) {
			regex = 1
		}
		return regex, -strings.Count(pattern, "/"), -len(pattern)
	}
	sort.SliceStable(rs, func(i, j int) bool {
		ai, bi, ci := key(rs[i].Scope)
		aj, bj, cj := key(rs[j].Scope)
		if ai != aj {
			return ai < aj
		}
		if bi != bj {
			return bi < bj
		}
		return ci < cj
	})
}

// probablyRegex is flask-cors' probably_regex.
func probablyRegex(s string) bool { return strings.ContainsAny(s, `*\]?$^[()`) }

// resourceMatch is try_match_pattern(path, pattern, caseSensitive=True):
// re.match for regex-like patterns, equality otherwise.
func resourceMatch(pattern, path string) (bool, error) {
	if !probablyRegex(pattern) {
		return pattern == path, nil
	}
	m := policy.Matcher{Kind: policy.MatchRegex, Value: pattern, Dialect: policy.DialectPython, Mode: policy.ModePrefix}
	return m.Match(path)
}

// pickDjango applies CORS_URLS_REGEX (re.match on path_info), which the
// parser records in the policy's scope.
func pickDjango(p *policy.Policy, path string) (*policy.Policy, error) {
	const prefix = "URLs matching "
	if p.Scope == "all URLs" {
		return p, nil
	}
	if !strings.HasPrefix(p.Scope, prefix) {
		return nil, fmt.Errorf("unexpected django-cors-headers scope %q", p.Scope)
	}
	m := policy.Matcher{Kind: policy.MatchRegex, Value: strings.TrimPrefix(p.Scope, prefix), Dialect: policy.DialectPython, Mode: policy.ModePrefix}
	ok, err := m.Match(path)
	if err != nil {
		return nil, fmt.Errorf("CORS_URLS_REGEX: %w", err)
	}
	if !ok {
		return nil, nil
	}
	return p, nil
}

// spanText is the source text a span starts at (its first line).
func spanText(src []byte, s policy.Span) string {
	lines := strings.Split(string(src), "\n")
	if s.Start.Line < 1 || s.Start.Line > len(lines) {
		return ""
	}
	line := lines[s.Start.Line-1]
	if s.Start.Col < 1 || s.Start.Col > len(line)+1 {
		return ""
	}
	return line[s.Start.Col-1:]
}
