package platform

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Kong's own test for a plain origin: anything else is a PCRE
// (kong/plugins/cors/handler.lua, semantics.md 5.5).
var kongPlain = regexp.MustCompile(`^[A-Za-z0-9.:/-]+$`)

// kongDefaultMethods includes TRACE and CONNECT since Kong 1.3.0.
var kongDefaultMethods = []string{"GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"}

// kongDeck finds `plugins: [{name: cors, config: ...}]` anywhere in a decK
// or declarative configuration (top level, services, routes, consumers).
func (x *extractor) kongDeck(root *Node) bool {
	found := false
	var visit func(n *Node, owner string, depth int)
	visit = func(n *Node, owner string, depth int) {
		if n == nil || depth > 64 {
			return
		}
		switch n.Kind {
		case Map:
			here := owner
			if name := n.Get("name").Text(); name != "" && n.Get("plugins") != nil {
				here = strings.TrimSpace(owner + " " + name)
			}
			for _, pr := range n.Pairs {
				if pr.Key == "plugins" {
					for _, pl := range pr.Value.listItems() {
						np := pl.Pair("name")
						if np != nil && np.Value.Text() == "cors" && !kongDisabled(pl.Get("enabled"), false) {
							found = true
							scope := "cors plugin"
							if here != "" {
								scope += " on " + here
							}
							x.kong(pl.Get("config"), np, scope)
						}
					}
					continue
				}
				visit(pr.Value, kongOwner(pr.Key, owner), depth+1)
			}
		case List:
			for _, it := range n.Items {
				visit(it, owner, depth+1)
			}
		}
	}
	visit(root, "", 0)
	return found
}

// kongDisabled reports a plugin switched off: decK's `enabled: false`, or
// the Kubernetes resources' `disabled: true` (want is the value that turns
// it off). Kong runs no disabled plugin, so its config answers nothing.
func kongDisabled(n *Node, want bool) bool {
	if n == nil {
		return false
	}
	b, ok := BoolOf(n)
	return ok && b == want
}

// kongOwner names the entity kind a key introduces (services, routes).
func kongOwner(key, owner string) string {
	switch key {
	case "services":
		return "service"
	case "routes":
		return strings.TrimSpace(owner + " route")
	case "consumers":
		return "consumer"
	}
	return owner
}

// kong maps one cors plugin configuration; enable is the `name: cors` /
// `plugin: cors` pair, where defaults are reported.
func (x *extractor) kong(cfg *Node, enable *Pair, scope string) {
	at := settingSpan(enable)
	p := policy.Policy{
		Framework:       "kong",
		Version:         "3.x",
		Scope:           scope,
		Span:            at,
		OnErrors:        true,
		PreflightStatus: 200,
		Vary:            policy.Vary{Origin: policy.VaryWhenDynamic},
	}
	p.Credentials = credentialsSetting(cfg.Pair("credentials"))
	creds := p.Credentials.Value == "true"

	op := cfg.Pair("origins")
	var items []Item
	if op != nil {
		items = Items(op.Value, false)
	}
	star := len(items) == 0
	var starSpan policy.Span
	for _, it := range items {
		if it.Value == "*" {
			star, starSpan = true, it.Span
		}
	}
	switch {
	case star:
		// Empty or `*` → `*`; with credentials Kong echoes the origin
		// and adds Vary (0.10.2+).
		o := policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: starSpan}
		if len(items) == 0 {
			o.Default = true
			o.DefaultNote = "Kong's cors plugin allows every origin when origins is empty"
			o.Span = at
			if op != nil {
				o.Span = settingSpan(op)
			}
		}
		if creds {
			o.Emit = policy.EmitOrigin
			p.Vary = policy.Vary{Origin: policy.VaryAlways}
		}
		p.Origins = o
	case len(items) == 1 && kongPlain.MatchString(items[0].Value):
		// One plain entry is sent as is to every request.
		p.Origins = policy.Origins{Kind: policy.OriginStatic, Value: items[0].Value, Span: items[0].Span}
		p.Vary = policy.Vary{Origin: policy.VaryAlways}
	default:
		o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: settingSpan(op)}
		for _, it := range items {
			if it.Unknown {
				continue
			}
			if it.Value == "null" {
				// A plain entry is compared with the normalized request
				// origin; `null` has no host, so both normalize to the text
				// `null` and the opaque origin is accepted and echoed.
				o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchNull, Value: it.Value, Span: it.Span})
				continue
			}
			m := policy.Matcher{Kind: policy.MatchExact, Value: kongDefaultPort(it.Value), Span: it.Span,
				HostOnly: !strings.Contains(it.Value, ":")}
			if !kongPlain.MatchString(it.Value) {
				// Leading ^ removed, $ appended, anchored: a fullmatch.
				m.Kind = policy.MatchRegex
				m.Value = strings.TrimPrefix(it.Value, "^")
				m.Dialect = policy.DialectPCRE
				m.Mode = policy.ModeFull
			}
			o.Matchers = append(o.Matchers, m)
		}
		if len(o.Matchers) == 0 {
			o = unknownOrigins(o.Span, "origins are not literal strings")
		}
		p.Origins = o
		p.Vary = policy.Vary{Origin: policy.VaryAlways}
	}

	p.AllowMethods = listSetting(cfg.Pair("methods"), false)
	if p.AllowMethods.Mode == policy.ListUnset {
		p.AllowMethods = defaultList(at, kongDefaultMethods...)
	}
	p.AllowHeaders = listSetting(cfg.Pair("headers"), false)
	if p.AllowHeaders.Mode == policy.ListUnset {
		// Empty headers reflect Access-Control-Request-Headers (a
		// default, not flagged: rules.md decisions).
		p.AllowHeaders = policy.List{Mode: policy.ListReflect, Default: true, Span: at}
	}
	p.ExposeHeaders = listSetting(cfg.Pair("exposed_headers"), false)
	p.MaxAge = maxAgeSetting(cfg.Pair("max_age"))
	if pn := cfg.Pair("private_network"); pn != nil {
		if b, ok := BoolOf(pn.Value); ok && b {
			p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, OnlyWhenRequested: true, Span: settingSpan(pn)}
		}
	}
	if pc := cfg.Pair("preflight_continue"); pc != nil {
		if b, ok := BoolOf(pc.Value); ok && b {
			p.PreflightStatus = 0
		}
	}
	x.add(p)
}

// kongDefaultPort drops a default port from a plain entry. Kong compares
// plain entries as `scheme://host:port` with the default port filled in on
// both sides (normalize_origin in handler.lua), so `https://a.example.com:443`
// in a list accepts the browser's `https://a.example.com`. A single plain
// entry is sent as written instead, and keeps its port.
func kongDefaultPort(v string) string {
	lower := strings.ToLower(v)
	switch {
	case strings.HasPrefix(lower, "https://") && strings.HasSuffix(v, ":443"):
		return strings.TrimSuffix(v, ":443")
	case strings.HasPrefix(lower, "http://") && strings.HasSuffix(v, ":80"):
		return strings.TrimSuffix(v, ":80")
	}
	return v
}
