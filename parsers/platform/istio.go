package platform

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

// istio maps each http route's corsPolicy of a VirtualService. Istio hands
// the policy to Envoy one to one, so Envoy's semantics apply
// (semantics.md 5.2, 5.3): the origin is always echoed, no Vary.
func (x *extractor) istio(root *Node) {
	spec := root.Get("spec")
	hosts := strings.Join(Values(Items(spec.Get("hosts"), false)), ", ")
	for i, route := range spec.Get("http").listItems() {
		scope := objectName(root, "VirtualService")
		if hosts != "" {
			scope += " (" + hosts + ")"
		}
		if name := route.Get("name").Text(); name != "" {
			scope += " route " + name
		} else {
			scope += " http[" + itoa(i) + "]"
		}
		// CORS headers written by hand as response header operations are
		// sent as written on every answer of the route, like static
		// header rules (semantics.md 5.12): a list in Allow-Origin is
		// CORS009 there too.
		resp := route.Get("headers").Get("response")
		for _, op := range []string{"set", "add"} {
			x.headerBlock("istio", scope+" response headers "+op, mapHeaders(resp.Get(op)))
		}
		cp := route.Pair("corsPolicy")
		if cp == nil || cp.Value.Kind != Map {
			continue
		}
		x.istioPolicy(cp, scope)
	}
}

func (x *extractor) istioPolicy(cp *Pair, scope string) {
	c := cp.Value
	p := envoyBase("istio", scope, cp.KeySpan)
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: cp.KeySpan}
	if ap := c.Pair("allowOrigins"); ap != nil {
		o.Span = ap.KeySpan
		for _, m := range ap.Value.listItems() {
			if mt, ok := stringMatch(m, "exact", "prefix", "regex", ""); ok {
				o.Matchers = append(o.Matchers, mt)
			}
		}
	}
	// The deprecated allowOrigin holds exact strings (TranslateCORSPolicy).
	if ap := c.Pair("allowOrigin"); ap != nil {
		if len(o.Matchers) == 0 {
			o.Span = ap.KeySpan
		}
		for _, it := range Items(ap.Value, false) {
			if it.Unknown {
				continue
			}
			o.Matchers = append(o.Matchers, envoyAll(policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span}))
		}
	}
	if len(o.Matchers) == 0 {
		o = policy.Origins{Kind: policy.OriginNone, Span: cp.KeySpan}
	}
	p.Origins = o
	p.Credentials = credentialsSetting(c.Pair("allowCredentials"))
	p.AllowMethods = reflectStar(listSetting(c.Pair("allowMethods"), true))
	p.AllowHeaders = reflectStar(listSetting(c.Pair("allowHeaders"), true))
	p.ExposeHeaders = listSetting(c.Pair("exposeHeaders"), true)
	p.MaxAge = maxAgeSetting(c.Pair("maxAge"))
	x.add(p)
}

// envoyBase is what Envoy's CORS filter does whatever the configuration:
// it answers accepted preflights with 200 and sets headers on every
// actual response, never adding Vary (semantics.md 5.3).
func envoyBase(framework, scope string, span policy.Span) policy.Policy {
	return policy.Policy{
		Framework:       framework,
		Scope:           scope,
		Span:            span,
		OnErrors:        true,
		PreflightStatus: 200,
		Vary:            policy.Vary{Origin: policy.VaryNever},
	}
}

// stringMatch reads an Istio StringMatch / Envoy StringMatcher. regexKey is
// the regex field (Istio `regex`, Envoy `safe_regex` with a `regex`
// inside); ignoreKey is Envoy's `ignore_case` ("" for Istio).
func stringMatch(m *Node, exact, prefix, regexKey, ignoreKey string) (policy.Matcher, bool) {
	if m == nil || m.Kind != Map {
		return policy.Matcher{}, false
	}
	ignore := false
	if ignoreKey != "" {
		ignore, _ = BoolOf(m.Get(ignoreKey))
	}
	kinds := []struct {
		key  string
		kind policy.MatcherKind
	}{{exact, policy.MatchExact}, {prefix, policy.MatchPrefix}, {"suffix", policy.MatchSuffix}, {"contains", policy.MatchContains}}
	for _, k := range kinds {
		if ignoreKey == "" && (k.kind == policy.MatchSuffix || k.kind == policy.MatchContains) {
			continue // Istio's StringMatch has no suffix/contains
		}
		if pr := m.Pair(k.key); pr != nil {
			s, ok := pr.Value.Str()
			if !ok {
				return policy.Matcher{}, false
			}
			return envoyAll(policy.Matcher{Kind: k.kind, Value: s, IgnoreCase: ignore, Span: settingSpan(pr)}), true
		}
	}
	rp := m.Pair(regexKey)
	if rp == nil {
		return policy.Matcher{}, false
	}
	if rp.Value.Kind == Map { // Envoy safe_regex: {regex: ...}
		rp = rp.Value.Pair("regex")
		if rp == nil {
			return policy.Matcher{}, false
		}
	}
	s, ok := rp.Value.Str()
	if !ok {
		return policy.Matcher{}, false
	}
	return envoyAll(policy.Matcher{Kind: policy.MatchRegex, Value: s, Dialect: policy.DialectRE2,
		Mode: policy.ModeFull, IgnoreCase: ignore, Span: settingSpan(rp)}), true
}

// envoyAll turns a matcher that accepts the string `*` into MatchAll: Envoy
// allows an origin when a matcher accepts `*` or the origin itself
// (semantics.md 5.3), so `exact: "*"` or `regex: ".*"` is echo-any.
func envoyAll(m policy.Matcher) policy.Matcher {
	if envoyMatchesStar(m) {
		m.Kind = policy.MatchAll
	}
	return m
}

func envoyMatchesStar(m policy.Matcher) bool {
	v := m.Value
	if m.IgnoreCase {
		v = strings.ToLower(v)
	}
	switch m.Kind {
	case policy.MatchExact:
		return v == "*"
	case policy.MatchPrefix, policy.MatchSuffix:
		return v == "" || v == "*"
	case policy.MatchContains:
		return v == "" || v == "*"
	case policy.MatchRegex:
		pat := "^(?:" + m.Value + ")$"
		if m.IgnoreCase {
			pat = "(?i)" + pat
		}
		re, err := regexp.Compile(pat)
		return err == nil && re.MatchString("*")
	}
	return false
}

// itoa formats a small index without strconv noise at call sites.
func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
