package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// The generic block: a `cors:` map in any application config whose keys
// clearly mean CORS. Its documented meaning (corslint's own, since no one
// framework is behind it): `*` allows every origin and is sent literally;
// so does an allow-all switch (`allow_any_origin: true`); other entries are
// exact, case-sensitive origins, echoed when they match;
// a `*` inside an entry stands for one DNS label; `null` is the opaque
// origin. Vary is assumed to be handled, so no CORS018 is built on it.
// Regex lists (`match_origins`, the Apollo Router's) are searched anywhere
// in the origin, as the Router's Rust `Regex::is_match` does
// (apollo-router src/configuration/cors.rs); an exact `origins` entry is
// tried first, which changes nothing about what is accepted.
var (
	genericOrigins     = []string{"allowedorigins", "alloworigins", "origins", "alloworigin", "allowedorigin"}
	genericCredentials = []string{"allowcredentials", "credentials", "supportscredentials", "allowedcredentials"}
	genericMaxAge      = []string{"maxage", "preflightmaxage", "maxageseconds"}
	genericExpose      = []string{"exposedheaders", "exposeheaders"}
	genericHeaders     = []string{"allowedheaders", "allowheaders"}
	genericMethods     = []string{"allowedmethods", "allowmethods", "methods"}
	genericAllowAll    = []string{"allowanyorigin", "allowallorigins", "allowallorigin", "alloworiginall"}
	genericRegexes     = []string{"matchorigins"}
)

// generic finds `cors` maps anywhere in the document. A block under a
// development section (`development:` in a Rails-style YAML, dynaconf's
// `[development.cors]`) is development configuration, as a development file
// is (rules.md decisions).
func (x *extractor) generic(root *Node) {
	var visit func(n *Node, path string, dev bool, depth int)
	visit = func(n *Node, path string, dev bool, depth int) {
		if n == nil || depth > 64 {
			return
		}
		for i := range n.Pairs {
			pr := &n.Pairs[i]
			sub := pr.Key
			if path != "" {
				sub = path + "." + pr.Key
			}
			if strings.EqualFold(pr.Key, "cors") && pr.Value.Kind == Map && !springCorsBlock(sub) {
				before := len(x.pols)
				x.genericBlock(pr, sub)
				for j := before; j < len(x.pols); j++ {
					x.pols[j].Dev = x.pols[j].Dev || dev
				}
				continue
			}
			visit(pr.Value, sub, dev || containsFold(devProfiles, pr.Key), depth+1)
		}
		for i, it := range n.Items {
			visit(it, path+"["+itoa(i)+"]", dev, depth+1)
		}
	}
	visit(root, "", false, 0)
}

// genericKey finds the last key of c whose normalised name is in names.
func genericKey(c *Node, names []string) *Pair {
	for i := len(c.Pairs) - 1; i >= 0; i-- { // the last of repeated keys wins
		k := strings.ToLower(strings.NewReplacer("_", "", "-", "").Replace(c.Pairs[i].Key))
		for _, n := range names {
			if k == n {
				return &c.Pairs[i]
			}
		}
	}
	return nil
}

func (x *extractor) genericBlock(cp *Pair, scope string) {
	c := cp.Value
	op := genericKey(c, genericOrigins)
	if op == nil && x.doc.Format != "json" {
		// `origin`, as the cors package names it, is common in YAML and
		// TOML app configs; in JSON such objects are Express-style cors
		// options, which the express parser reads.
		op = genericKey(c, []string{"origin"})
	}
	// An explicit allow-all switch (`allow_any_origin: true`, as in the
	// Apollo Router, or `allowAllOrigins`) wins over any list.
	var all *Pair
	if ap := genericKey(c, genericAllowAll); ap != nil {
		if b, ok := BoolOf(ap.Value); ok && b {
			all = ap
		}
	}
	rp := genericKey(c, genericRegexes)
	if op == nil && all == nil && rp == nil {
		return // only blocks with an origins key are CORS for sure
	}
	if en := genericKey(c, []string{"enabled", "enable"}); en != nil {
		if b, ok := BoolOf(en.Value); ok && !b {
			return
		}
	}
	if all != nil {
		op = all
	}
	if op == nil {
		op = rp
	}
	at := settingSpan(op)
	p := policy.Policy{
		Framework: "generic",
		Scope:     scope,
		Span:      at,
		Vary:      policy.Vary{Origin: policy.VaryWhenDynamic},
	}
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: at}
	var items, regexes []Item
	if all != nil {
		o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: at}
	} else {
		if op != rp {
			items = Items(op.Value, true)
		}
		if rp != nil {
			regexes = Items(rp.Value, false)
		}
	}
	unknown := false
	for _, it := range items {
		if it.Unknown {
			unknown = true
			continue
		}
		if it.Value == "*" {
			o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
			break
		}
		m := policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span}
		switch {
		case it.Value == "null":
			m.Kind = policy.MatchNull
		case strings.Contains(it.Value, "*"):
			m.Kind = policy.MatchGlob
		}
		o.Matchers = append(o.Matchers, m)
	}
	for _, it := range regexes {
		if o.Kind != policy.OriginList {
			break
		}
		if it.Unknown {
			unknown = true
			continue
		}
		o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchRegex, Value: it.Value,
			Dialect: policy.DialectRE2, Mode: policy.ModeSearch, Span: it.Span})
	}
	if o.Kind == policy.OriginList && len(o.Matchers) == 0 {
		if unknown {
			o = unknownOrigins(at, "origins are template placeholders")
		} else {
			o = policy.Origins{Kind: policy.OriginNone, Span: at}
		}
	}
	if op != nil && op != all && op != rp && op.Value.Kind == Bool {
		o = boolOrigins(op, at)
	}
	p.Origins = o
	p.Credentials = credentialsSetting(genericKey(c, genericCredentials))
	p.MaxAge = maxAgeSetting(genericKey(c, genericMaxAge))
	p.ExposeHeaders = listSetting(genericKey(c, genericExpose), true)
	p.AllowHeaders = listSetting(genericKey(c, genericHeaders), true)
	p.AllowMethods = listSetting(genericKey(c, genericMethods), true)
	x.add(p)
}

// boolOrigins reads an origin setting written as a boolean, which is a
// switch and not an origin. Under `origin`, the cors package's name, it has
// that package's meaning (semantics.md 3.1): `true` reflects every request
// origin, `false` turns CORS off. Under other names nothing says what a
// switch does, so it is left unjudged rather than read as the origin "true".
func boolOrigins(op *Pair, at policy.Span) policy.Origins {
	b, _ := ParseBool(op.Value.Value)
	switch {
	case !strings.EqualFold(op.Key, "origin"):
		return unknownOrigins(at, "the origin setting is a boolean switch")
	case b:
		return policy.Origins{Kind: policy.OriginEchoAny, Span: at}
	}
	return policy.Origins{Kind: policy.OriginNone, Span: at}
}

// springCorsBlock reports whether the `cors` map at path is one Spring
// reads itself (actuator endpoints, a gateway route's metadata).
func springCorsBlock(path string) bool {
	key := springCanon(path)
	return key == "management.endpoints.web.cors" || springRouteBlock.MatchString(key)
}
