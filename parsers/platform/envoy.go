package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

const envoyCorsFilter = "envoy.filters.http.cors"

// envoy maps the CORS policies of every virtual host in a route
// configuration (bootstrap, RDS or xDS YAML). Route fields override the
// virtual host's one by one (semantics.md 5.3).
func (x *extractor) envoy(root *Node) {
	walk(root, func(n *Node) bool {
		for _, vh := range n.Get("virtual_hosts").listItems() {
			x.envoyVirtualHost(vh)
		}
		return true
	})
}

func (x *extractor) envoyVirtualHost(vh *Node) {
	if vh.Kind != Map {
		return
	}
	name := vh.Get("name").Text()
	domains := strings.Join(Values(Items(vh.Get("domains"), false)), ", ")
	scope := "virtual host " + name
	if domains != "" {
		scope += " (" + domains + ")"
	}
	base := envoyCors(vh)
	if base != nil {
		x.envoyPolicy(base, nil, scope)
	}
	for i, r := range vh.Get("routes").listItems() {
		own := envoyCors(r)
		if own == nil {
			own = envoyCors(r.Get("route")) // RouteAction.cors (deprecated place)
		}
		if own == nil {
			continue
		}
		rs := scope + " route "
		if m := r.Path("match", "prefix").Text(); m != "" {
			rs += m
		} else if m := r.Path("match", "path").Text(); m != "" {
			rs += m
		} else {
			rs += "[" + itoa(i) + "]"
		}
		x.envoyPolicy(own, base, rs)
	}
}

// envoyCors finds the CORS policy of a virtual host or route: a `cors`
// field, or the filter's typed_per_filter_config entry.
func envoyCors(n *Node) *Pair {
	if n == nil || n.Kind != Map {
		return nil
	}
	if p := n.Pair("cors"); p != nil && p.Value.Kind == Map {
		return p
	}
	if p := n.Path("typed_per_filter_config").Pair(envoyCorsFilter); p != nil && p.Value.Kind == Map {
		return p
	}
	return nil
}

// envoyField returns a field of own, else of base.
func envoyField(own, base *Pair, key string) *Pair {
	if p := own.Value.Pair(key); p != nil {
		return p
	}
	if base != nil && base != own {
		return base.Value.Pair(key)
	}
	return nil
}

func (x *extractor) envoyPolicy(own, base *Pair, scope string) {
	if en := envoyField(own, base, "enabled"); en != nil { // deprecated switch
		if b, ok := BoolOf(en.Value); ok && !b {
			return
		}
	}
	p := envoyBase("envoy", scope, own.KeySpan)
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: own.KeySpan}
	if ap := envoyField(own, base, "allow_origin_string_match"); ap != nil {
		o.Span = ap.KeySpan
		for _, m := range ap.Value.listItems() {
			if mt, ok := stringMatch(m, "exact", "prefix", "safe_regex", "ignore_case"); ok {
				o.Matchers = append(o.Matchers, mt)
			}
		}
	}
	if ap := envoyField(own, base, "allow_origin"); ap != nil { // deprecated exact list
		if o.Span == own.KeySpan {
			o.Span = ap.KeySpan // the Access-Control-Allow-Origin setting (CORS018)
		}
		for _, it := range Items(ap.Value, false) {
			if !it.Unknown {
				o.Matchers = append(o.Matchers, envoyAll(policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span}))
			}
		}
	}
	if ap := envoyField(own, base, "allow_origin_regex"); ap != nil { // deprecated regex list
		if o.Span == own.KeySpan {
			o.Span = ap.KeySpan // the Access-Control-Allow-Origin setting (CORS018)
		}
		for _, it := range Items(ap.Value, false) {
			if !it.Unknown {
				o.Matchers = append(o.Matchers, envoyAll(policy.Matcher{Kind: policy.MatchRegex, Value: it.Value,
					Dialect: policy.DialectRE2, Mode: policy.ModeFull, Span: it.Span}))
			}
		}
	}
	if len(o.Matchers) == 0 {
		o = policy.Origins{Kind: policy.OriginNone, Span: own.KeySpan}
	}
	p.Origins = o
	p.Credentials = credentialsSetting(envoyField(own, base, "allow_credentials"))
	p.AllowMethods = reflectStar(listSetting(envoyField(own, base, "allow_methods"), true))
	p.AllowHeaders = reflectStar(listSetting(envoyField(own, base, "allow_headers"), true))
	p.ExposeHeaders = listSetting(envoyField(own, base, "expose_headers"), true)
	p.MaxAge = maxAgeSetting(envoyField(own, base, "max_age"))
	if pn := envoyField(own, base, "allow_private_network_access"); pn != nil {
		if b, ok := BoolOf(pn.Value); ok && b {
			p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, OnlyWhenRequested: true, Span: settingSpan(pn)}
		}
	}
	x.add(p)
}
