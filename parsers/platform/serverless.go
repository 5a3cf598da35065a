package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// Serverless Framework default CORS headers (semantics.md 5.10).
var slsDefaultHeaders = []string{"Content-Type", "X-Amz-Date", "Authorization", "X-Api-Key",
	"X-Amz-Security-Token", "X-Amz-User-Agent", "X-Amzn-Trace-Id"}

// serverless maps serverless.yml: REST `http` events' cors and the HTTP
// API's provider.httpApi.cors.
func (x *extractor) serverless(root *Node) {
	for _, fn := range root.Get("functions").mapPairs() {
		for _, ev := range fn.Value.Get("events").listItems() {
			hp := ev.Pair("http")
			if hp == nil || hp.Value.Kind != Map {
				continue
			}
			x.slsHTTP(fn.Key, hp.Value)
		}
	}
	if cp := root.Path("provider", "httpApi").Pair("cors"); cp != nil {
		x.slsHTTPAPI(cp)
	}
	// resources.Resources is CloudFormation merged into the stack (the
	// gateway responses that add CORS headers to API Gateway errors).
	x.cfnResources(root.Path("resources", "Resources"))
}

// slsHTTP maps a REST API event's cors. Serverless generates only a MOCK
// OPTIONS method: with lambda-proxy the function answers actual requests
// itself, so the policy covers preflights only.
func (x *extractor) slsHTTP(fn string, ev *Node) {
	cp := ev.Pair("cors")
	if cp == nil {
		return
	}
	method := strings.ToUpper(ev.Get("method").Text())
	scope := "function " + fn + " http " + method + " " + ev.Get("path").Text()
	at := settingSpan(cp)
	p := policy.Policy{
		Framework:       "serverless",
		Scope:           strings.TrimSpace(scope),
		Span:            at,
		PreflightOnly:   true,
		PreflightStatus: 200,
	}
	methods := []string{"OPTIONS"}
	if method != "" && method != "OPTIONS" && method != "ANY" {
		methods = append(methods, method)
	}
	switch {
	case cp.Value.IsScalar():
		if on, ok := BoolOf(cp.Value); !ok || !on {
			return
		}
		p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
			DefaultNote: "Serverless `cors: true` allows every origin", Span: at}
		p.AllowHeaders = defaultList(at, slsDefaultHeaders...)
		p.AllowMethods = defaultList(at, methods...)
	case cp.Value.Kind == Map:
		c := cp.Value
		op := c.First("origins", "origin")
		if op == nil {
			p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
				DefaultNote: "Serverless cors allows every origin when origin is unset", Span: at}
		} else {
			p.Origins = slsOrigins(op)
		}
		p.AllowHeaders = listSetting(c.Pair("headers"), false)
		if p.AllowHeaders.Mode == policy.ListUnset {
			p.AllowHeaders = defaultList(at, slsDefaultHeaders...)
		}
		p.AllowMethods = listSetting(c.Pair("methods"), false)
		if p.AllowMethods.Mode == policy.ListUnset {
			p.AllowMethods = defaultList(at, methods...)
		}
		p.Credentials = credentialsSetting(c.Pair("allowCredentials"))
		p.MaxAge = maxAgeSetting(c.Pair("maxAge"))
	default:
		return
	}
	x.add(p)
}

// slsOrigins: a single `origin` string is sent as is; an `origins` array
// (even of one entry) or a comma-separated `origin` becomes a response
// template whose entries are Java-`matches` patterns with dots escaped
// (Serverless writes `[.]`, the same thing) and the first `*` as `.+`,
// echoed (serverless `api-gateway/lib/cors.js`: the template is generated
// whenever the origins list is non-empty, not only for several entries).
func slsOrigins(op *Pair) policy.Origins {
	// A comma-separated `origin` string is a list of origins, as an
	// `origins` array is (Serverless docs, "Enabling CORS").
	items := Items(op.Value, op.Key == "origin")
	at := settingSpan(op)
	if len(items) == 0 {
		return policy.Origins{Kind: policy.OriginNone, Span: at}
	}
	// Only a bare `origin` string (or a non-array `origins`, which
	// Serverless ignores) stays static; an array always goes through the
	// matching template.
	static := op.Key == "origin" || op.Value.IsScalar()
	if len(items) == 1 && (static || items[0].Value == "*" || items[0].Unknown) {
		it := items[0]
		switch {
		case it.Unknown:
			return unknownOrigins(it.Span, "origin is not a literal string")
		case it.Value == "*":
			return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
		}
		return policy.Origins{Kind: policy.OriginStatic, Value: it.Value, Span: it.Span}
	}
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: at}
	for _, it := range items {
		if it.Unknown {
			continue
		}
		re := strings.Replace(strings.ReplaceAll(it.Value, ".", `\.`), "*", ".+", 1)
		o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchRegex, Value: re,
			Dialect: policy.DialectJava, Mode: policy.ModeFull, Span: it.Span})
	}
	return o
}

// slsHTTPAPI maps provider.httpApi.cors onto the HTTP API configuration.
func (x *extractor) slsHTTPAPI(cp *Pair) {
	at := settingSpan(cp)
	if cp.Value.IsScalar() {
		if on, ok := BoolOf(cp.Value); !ok || !on {
			return
		}
		p := httpAPIBase("serverless", "provider httpApi", at)
		p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
			DefaultNote: "Serverless `httpApi.cors: true` allows every origin", Span: at}
		p.AllowHeaders = defaultList(at, slsDefaultHeaders...)
		x.add(p)
		return
	}
	c := cp.Value
	x.httpAPI("serverless", "provider httpApi", at, httpAPIFields{
		origins:     c.Pair("allowedOrigins"),
		credentials: c.Pair("allowCredentials"),
		headers:     c.Pair("allowedHeaders"),
		methods:     c.Pair("allowedMethods"),
		expose:      c.Pair("exposedResponseHeaders"),
		maxAge:      c.Pair("maxAge"),
	})
}
