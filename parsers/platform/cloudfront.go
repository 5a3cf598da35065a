package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// cloudFront maps the CorsConfig of an AWS::CloudFront::ResponseHeadersPolicy.
// Facts from the CloudFormation reference ("ResponseHeadersPolicy CorsConfig"
// and "AccessControlAllowOrigins"): each header is a list under `Items`;
// `*` in AccessControlAllowOrigins allows every origin; the other entries are
// origins CloudFront may send as Access-Control-Allow-Origin, so a matching
// request origin is sent back. Whether CloudFront adds Vary, and how it reads
// a `*` inside an entry, is not documented there: Vary is assumed handled (no
// CORS018 is built on it) and such an entry is read as a one-label glob.
func (x *extractor) cloudFront(cp *Pair, scope string) {
	if cp == nil || cp.Value.Kind != Map {
		return
	}
	c := cp.Value
	p := policy.Policy{
		Framework: "aws-cloudfront",
		Scope:     scope,
		Span:      cp.KeySpan,
		Vary:      policy.Vary{Origin: policy.VaryWhenDynamic},
	}
	p.Origins = cloudFrontOrigins(cfItems(c, "AccessControlAllowOrigins"), cp.KeySpan)
	p.Credentials = credentialsSetting(c.Pair("AccessControlAllowCredentials"))
	p.AllowHeaders = listSetting(cfItems(c, "AccessControlAllowHeaders"), false)
	p.AllowMethods = listSetting(cfItems(c, "AccessControlAllowMethods"), false)
	p.ExposeHeaders = listSetting(cfItems(c, "AccessControlExposeHeaders"), false)
	p.MaxAge = maxAgeSetting(c.Pair("AccessControlMaxAgeSec"))
	x.add(p)
}

// cfItems is the `Items` pair of a CloudFront header list setting, or the
// setting itself when it is written without the wrapper.
func cfItems(c *Node, key string) *Pair {
	pr := c.Pair(key)
	if pr == nil {
		return nil
	}
	if it := pr.Value.Pair("Items"); it != nil {
		return it
	}
	if pr.Value.Kind == Map {
		return nil
	}
	return pr
}

func cloudFrontOrigins(op *Pair, at policy.Span) policy.Origins {
	if op == nil {
		return policy.Origins{Kind: policy.OriginNone, Span: at}
	}
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: settingSpan(op)}
	unknown := false
	for _, it := range Items(op.Value, false) {
		switch {
		case it.Unknown:
			unknown = true
			continue
		case it.Value == "*":
			return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
		}
		m := policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span}
		if strings.Contains(it.Value, "*") {
			m.Kind = policy.MatchGlob
		}
		o.Matchers = append(o.Matchers, m)
	}
	if len(o.Matchers) == 0 {
		if unknown {
			return unknownOrigins(o.Span, "AccessControlAllowOrigins is computed (an intrinsic function)")
		}
		return policy.Origins{Kind: policy.OriginNone, Span: o.Span}
	}
	return o
}
