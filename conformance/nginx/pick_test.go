package nginxconf

import (
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// pick chooses the policy that answers a probe among those parsers/nginx
// built for its block (scope). A block yields one policy per `if` whose
// add_header set replaces the block's, and nginx answers with the
// configuration of the last `if` that matched (semantics.md 2). The harness
// decides each `if` as nginx would where it can: a test of
// $request_method from the `if` head in the scope, an origin test through
// the policy's own allow-list (the parser turned the condition into it), a
// preflight-only block for preflights. Anything else needs the probe's
// Branch. nil means no policy: nginx adds no CORS header.
func pick(ps []policy.Policy, scope string, pr probe) (*policy.Policy, error) {
	chosen := scope
	if pr.Branch == "" {
		var err error
		if chosen, err = lastMatchingIf(ps, scope, pr); err != nil {
			return nil, err
		}
	} else if pr.Branch != "-" {
		chosen = scope + ", " + pr.Branch
		if len(withScope(ps, chosen)) == 0 {
			return nil, fmt.Errorf("branch %q: no policy with scope %q", pr.Branch, chosen)
		}
	}
	return resolveStar(withScope(ps, chosen), pr)
}

// lastMatchingIf is the scope of the last if-branch of scope that matches
// the probe, or scope itself.
func lastMatchingIf(ps []policy.Policy, scope string, pr probe) (string, error) {
	chosen := scope
	seen := map[string]bool{}
	for i := range ps {
		s := ps[i].Scope
		head, ok := strings.CutPrefix(s, scope+", ")
		if !ok || !strings.HasPrefix(head, "if ") || seen[s] {
			continue
		}
		seen[s] = true
		hit, err := ifMatches(head, withScope(ps, s), pr)
		if err != nil {
			return "", fmt.Errorf("%s: %w", s, err)
		}
		if hit {
			chosen = s
		}
	}
	return chosen, nil
}

// withScope is the policies of exactly one scope.
func withScope(ps []policy.Policy, scope string) []*policy.Policy {
	var out []*policy.Policy
	for i := range ps {
		if ps[i].Scope == scope {
			out = append(out, &ps[i])
		}
	}
	return out
}

// methodCond reads `if ($request_method OP VALUE)` as the scope prints it.
var methodCond = regexp.MustCompile(`^if \(\s*\$request_method\s+(=|!=|~\*?|!~\*?)\s+(.+?)\s*\)$`)

// ifMatches decides one if-branch for a probe.
func ifMatches(head string, branch []*policy.Policy, pr probe) (bool, error) {
	method := strings.ToUpper(pr.Method)
	if m := methodCond.FindStringSubmatch(head); m != nil {
		op, val := m[1], unquote(m[2])
		var hit bool
		switch strings.TrimPrefix(op, "!") {
		case "=":
			hit = method == val // byte comparison, as nginx's `=`
		default:
			expr := val
			if strings.HasSuffix(op, "*") {
				expr = "(?i)" + expr
			}
			re, err := regexp.Compile(expr)
			if err != nil {
				return false, fmt.Errorf("method regex: %w", err)
			}
			hit = re.MatchString(method)
		}
		return hit != strings.HasPrefix(op, "!"), nil
	}
	for _, p := range branch {
		if p.Origins.Kind == policy.OriginList {
			return accepts(p.Origins.Matchers, pr.Origin), nil
		}
	}
	if len(branch) > 0 && branch[0].PreflightOnly {
		return strings.EqualFold(pr.Method, http.MethodOptions), nil
	}
	return false, fmt.Errorf("cannot decide %q for this probe: set its branch", head)
}

// accepts reports whether an allow-list accepts origin.
func accepts(ms []policy.Matcher, origin string) bool {
	if origin == "" {
		return false
	}
	for _, m := range ms {
		if ok, err := m.Match(origin); err == nil && ok {
			return true
		}
	}
	return false
}

// resolveStar picks between the policies of one branch: parsers/nginx adds
// a wildcard policy next to an allow-list when the value falls back to `*`
// for the origins the list refuses (`set $acao '*'; if (...) { set $acao
// $http_origin; }`).
func resolveStar(cands []*policy.Policy, pr probe) (*policy.Policy, error) {
	switch len(cands) {
	case 0:
		return nil, nil
	case 1:
		return cands[0], nil
	case 2:
		list, star := cands[0], cands[1]
		if list.Origins.Kind != policy.OriginList {
			list, star = star, list
		}
		if list.Origins.Kind == policy.OriginList && star.Origins.Kind == policy.OriginAny && star.Origins.Emit == policy.EmitWildcard {
			if accepts(list.Origins.Matchers, pr.Origin) {
				return list, nil
			}
			return star, nil
		}
	}
	var scopes []string
	for _, p := range cands {
		scopes = append(scopes, strconv.Quote(p.Scope)+" "+p.Origins.Kind.String())
	}
	return nil, fmt.Errorf("%d policies with one scope (%s): the harness cannot tell which answers", len(cands), strings.Join(scopes, ", "))
}
