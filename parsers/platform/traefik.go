package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// traefikMiddlewares maps the file provider's http.middlewares.NAME.headers
// (YAML or TOML).
func (x *extractor) traefikMiddlewares(mw *Node) {
	for _, pr := range mw.mapPairs() {
		x.traefikHeaders(pr.Value.Get("headers"), "middleware "+pr.Key)
	}
}

// traefikHeaders maps a headers middleware (semantics.md 5.4): exact list
// (`*` is sent literally, even with credentials), regex list (Go regexp
// search, echoed), credentials on every response, Vary only on request.
func (x *extractor) traefikHeaders(h *Node, scope string) {
	if h == nil || h.Kind != Map {
		return
	}
	h = traefikCanon(h)
	// Without an origin list Traefik never sends Access-Control-Allow-Origin,
	// so the other options mean nothing to a browser.
	first := h.First("accessControlAllowOriginList", "accessControlAllowOriginListRegex")
	if first == nil {
		first = h.Pair("accessControlAllowOrigin")
	}
	if first == nil {
		return
	}
	p := policy.Policy{
		Framework:       "traefik",
		Scope:           scope,
		Span:            first.KeySpan,
		OnErrors:        true,
		PreflightStatus: 200,
	}
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin}
	if lp := h.Pair("accessControlAllowOriginList"); lp != nil {
		o.Span = settingSpan(lp)
		for _, it := range Items(lp.Value, true) {
			if it.Unknown {
				continue
			}
			if it.Value == "*" {
				o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
				break
			}
			o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span})
		}
	}
	if rp := h.Pair("accessControlAllowOriginListRegex"); rp != nil && o.Kind == policy.OriginList {
		if o.Span.IsZero() {
			o.Span = settingSpan(rp)
		}
		for _, it := range Items(rp.Value, true) {
			if it.Unknown {
				continue
			}
			o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchRegex, Value: it.Value,
				Dialect: policy.DialectRE2, Mode: policy.ModeSearch, Span: it.Span})
		}
	}
	if lp := h.Pair("accessControlAllowOrigin"); lp != nil && first == lp {
		o = traefikLegacyOrigin(lp)
	}
	if o.Kind == policy.OriginList && len(o.Matchers) == 0 {
		o = policy.Origins{Kind: policy.OriginNone, Span: p.Span}
	}
	p.Origins = o
	p.Credentials = credentialsSetting(h.Pair("accessControlAllowCredentials"))
	p.Credentials.Always = p.Credentials.Value != "" // sent matched or not
	p.AllowMethods = listSetting(h.Pair("accessControlAllowMethods"), true)
	p.AllowHeaders = listSetting(h.Pair("accessControlAllowHeaders"), true)
	p.ExposeHeaders = listSetting(h.Pair("accessControlExposeHeaders"), true)
	// accessControlMaxAge is always sent on preflights, 0 by default.
	p.MaxAge = maxAgeSetting(h.Pair("accessControlMaxAge"))
	if !p.MaxAge.Set {
		p.MaxAge = policy.MaxAge{Set: true, Seconds: 0, Default: true, Span: p.Span}
	}
	if vp := h.Pair("addVaryHeader"); vp != nil {
		if b, ok := BoolOf(vp.Value); ok && b {
			p.Vary = policy.Vary{Origin: policy.VaryAlways, Span: settingSpan(vp)}
		}
	}
	x.add(p)
}

// traefikLegacyOrigin maps the deprecated single-string
// accessControlAllowOrigin of early Traefik v2, used only when neither list
// is set. Its `*` is sent as `*` whichever version reads it; its other values
// ("origin-list-or-null", one origin) differ between versions and are not
// in semantics.md, so they stay unknown rather than guessed.
func traefikLegacyOrigin(lp *Pair) policy.Origins {
	at := settingSpan(lp)
	if v, ok := lp.Value.Str(); ok && strings.TrimSpace(v) == "*" {
		return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: at}
	}
	return unknownOrigins(at, "Traefik's deprecated accessControlAllowOrigin is only understood as `*`")
}
