package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// isCFNResources reports whether n looks like a CloudFormation Resources
// section: a map of logical ids to maps with an AWS Type.
func isCFNResources(n *Node) bool {
	if n == nil || n.Kind != Map {
		return false
	}
	for _, pr := range n.Pairs {
		if strings.HasPrefix(pr.Value.Get("Type").Text(), "AWS::") {
			return true
		}
	}
	return false
}

// cloudFormation maps CloudFormation and SAM templates.
func (x *extractor) cloudFormation(root *Node) {
	globals := root.Get("Globals")
	if cp := globals.Path("Api").Pair("Cors"); cp != nil {
		x.samAPI(cp, "Globals Api (every AWS::Serverless::Api)")
	}
	if cp := globals.Path("HttpApi").Pair("CorsConfiguration"); cp != nil {
		x.samHTTPAPI(cp, "Globals HttpApi (every AWS::Serverless::HttpApi)")
	}
	x.cfnResources(root.Get("Resources"))
}

// cfnResources maps the CORS settings of a Resources section (a template's,
// or the one in serverless.yml's `resources`).
func (x *extractor) cfnResources(resources *Node) {
	for _, res := range resources.mapPairs() {
		props := res.Value.Get("Properties")
		name := res.Key
		switch res.Value.Get("Type").Text() {
		case "AWS::S3::Bucket":
			if rules := props.Path("CorsConfiguration", "CorsRules"); rules != nil {
				x.s3Rules(rules, "bucket "+name)
			}
		case "AWS::Lambda::Url":
			if cp := props.Pair("Cors"); cp != nil {
				x.lambdaURL(cp, "function URL "+name)
			}
		case "AWS::ApiGatewayV2::Api":
			if cp := props.Pair("CorsConfiguration"); cp != nil && cp.Value.Kind == Map {
				x.httpAPI("aws-http-api", "HTTP API "+name, cp.KeySpan, cfnHTTPAPIFields(cp.Value))
			}
			x.openAPICors(props.Get("Body"), "HTTP API "+name+" (OpenAPI body)")
		case "AWS::Serverless::Api":
			if cp := props.Pair("Cors"); cp != nil {
				x.samAPI(cp, "AWS::Serverless::Api "+name)
			}
			x.openAPIRest(props.Get("DefinitionBody"), "AWS::Serverless::Api "+name+" (DefinitionBody)")
		case "AWS::Serverless::HttpApi":
			if cp := props.Pair("CorsConfiguration"); cp != nil {
				x.samHTTPAPI(cp, "AWS::Serverless::HttpApi "+name)
			}
			x.openAPICors(props.Get("DefinitionBody"), "AWS::Serverless::HttpApi "+name+" (DefinitionBody)")
		case "AWS::CloudFront::ResponseHeadersPolicy":
			x.cloudFront(props.Path("ResponseHeadersPolicyConfig").Pair("CorsConfig"), "CloudFront response headers policy "+name)
		case "AWS::Serverless::Function":
			if cp := props.Path("FunctionUrlConfig").Pair("Cors"); cp != nil {
				x.lambdaURL(cp, "function URL of "+name)
			}
		case "AWS::ApiGateway::GatewayResponse":
			scope := "gateway response " + name
			if t := props.Get("ResponseType").Text(); t != "" {
				scope += " (" + t + ")"
			}
			x.apigwHeaders(props.Get("ResponseParameters"), "gatewayresponse.header.", scope, false)
		case "AWS::ApiGateway::Method":
			preflight := strings.EqualFold(props.Get("HttpMethod").Text(), "OPTIONS")
			for i, ir := range props.Path("Integration", "IntegrationResponses").listItems() {
				x.apigwHeaders(ir.Get("ResponseParameters"), "method.response.header.",
					"method "+name+" integration response "+itoa(i+1), preflight)
			}
		case "AWS::ApiGateway::RestApi":
			x.openAPIRest(props.Get("Body"), "REST API "+name+" (OpenAPI body)")
		}
	}
}

// unquoteNode strips the single quotes of an API Gateway mapping value
// ("'*'"), keeping sub-spans right.
func unquoteNode(n *Node) *Node {
	if n == nil || !n.IsScalar() {
		return n
	}
	v, ok := Unquote(n.Value)
	if !ok {
		return n
	}
	c := *n
	lead := strings.Index(n.Value, "'") + 1
	c.Value = v
	if c.Literal.Line != 0 {
		c.Literal.Col += lead
	}
	return &c
}

// samAPI maps AWS::Serverless::Api Cors: a string (the origin) or a map
// of quoted values. SAM adds a MOCK OPTIONS method; actual responses come
// from the functions, so the policy covers preflights only.
func (x *extractor) samAPI(cp *Pair, scope string) {
	at := settingSpan(cp)
	p := policy.Policy{
		Framework:       "aws-sam",
		Scope:           scope,
		Span:            at,
		PreflightOnly:   true,
		PreflightStatus: 200,
	}
	origin := cp
	if cp.Value.Kind == Map {
		origin = cp.Value.Pair("AllowOrigin")
		c := cp.Value
		p.AllowMethods = quotedList(c.Pair("AllowMethods"))
		p.AllowHeaders = quotedList(c.Pair("AllowHeaders"))
		p.Credentials = credentialsSetting(c.Pair("AllowCredentials"))
		if mp := c.Pair("MaxAge"); mp != nil {
			q := *mp
			q.Value = unquoteNode(mp.Value)
			p.MaxAge = maxAgeSetting(&q)
		}
	}
	switch {
	case origin == nil:
		p.Origins = policy.Origins{Kind: policy.OriginNone, Span: at}
	case origin.Value.Kind == Unknown || placeholderOnly(origin.Value.Text()):
		p.Origins = unknownOrigins(settingSpan(origin), "AllowOrigin is computed (an intrinsic function)")
	default:
		v := unquoteNode(origin.Value)
		s := strings.TrimSpace(v.Value)
		span := v.SubSpan(0, len(v.Value))
		if s == "*" {
			p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: span}
		} else {
			p.Origins = policy.Origins{Kind: policy.OriginStatic, Value: s, Span: span}
		}
	}
	x.add(p)
}

// quotedList reads a quoted comma list ("'GET,POST'").
func quotedList(pr *Pair) policy.List {
	if pr == nil {
		return policy.List{}
	}
	q := *pr
	q.Value = unquoteNode(pr.Value)
	return listSetting(&q, true)
}

// samHTTPAPI maps AWS::Serverless::HttpApi CorsConfiguration: `true` or
// the HTTP API fields.
func (x *extractor) samHTTPAPI(cp *Pair, scope string) {
	at := settingSpan(cp)
	if cp.Value.IsScalar() {
		if on, ok := BoolOf(cp.Value); !ok || !on {
			return
		}
		p := httpAPIBase("aws-sam", scope, at)
		p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
			DefaultNote: "SAM `CorsConfiguration: true` allows every origin", Span: at}
		x.add(p)
		return
	}
	if cp.Value.Kind == Map {
		x.httpAPI("aws-sam", scope, cp.KeySpan, cfnHTTPAPIFields(cp.Value))
	}
}

// httpAPIFields are the settings of an HTTP API / function URL CORS block.
type httpAPIFields struct {
	origins, credentials, headers, methods, expose, maxAge *Pair
	// schemeWildcards: `https://*` means any origin of that scheme (HTTP
	// API, semantics.md 5.8).
	schemeWildcards bool
}

func cfnHTTPAPIFields(c *Node) httpAPIFields {
	return httpAPIFields{
		origins:         c.Pair("AllowOrigins"),
		credentials:     c.Pair("AllowCredentials"),
		headers:         c.Pair("AllowHeaders"),
		methods:         c.Pair("AllowMethods"),
		expose:          c.First("ExposeHeaders", "ExposedHeaders"),
		maxAge:          c.Pair("MaxAge"),
		schemeWildcards: true,
	}
}

// httpAPIBase: API Gateway answers preflights itself and ignores the
// integration's CORS headers. Whether it adds Vary is unverified, so no
// Vary finding is built on it.
func httpAPIBase(framework, scope string, at policy.Span) policy.Policy {
	return policy.Policy{
		Framework:       framework,
		Scope:           scope,
		Span:            at,
		OnErrors:        true,
		PreflightStatus: 204,
		Vary:            policy.Vary{Origin: policy.VaryWhenDynamic},
	}
}

func (x *extractor) httpAPI(framework, scope string, at policy.Span, f httpAPIFields) {
	p := httpAPIBase(framework, scope, at)
	p.Origins = awsOrigins(f.origins, f.schemeWildcards, at)
	p.Credentials = credentialsSetting(f.credentials)
	p.AllowHeaders = listSetting(f.headers, false)
	p.AllowMethods = listSetting(f.methods, false)
	p.ExposeHeaders = listSetting(f.expose, false)
	p.MaxAge = maxAgeSetting(f.maxAge)
	x.add(p)
}

// lambdaURL maps a function URL's Cors (semantics.md 5.9).
func (x *extractor) lambdaURL(cp *Pair, scope string) {
	if cp.Value.Kind != Map {
		return
	}
	c := cp.Value
	f := cfnHTTPAPIFields(c)
	f.schemeWildcards = false
	x.httpAPI("aws-lambda-url", scope, cp.KeySpan, f)
}

// awsOrigins reads AllowOrigins of an HTTP API or function URL.
func awsOrigins(op *Pair, schemeWildcards bool, at policy.Span) policy.Origins {
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
		case schemeWildcards && (it.Value == "https://*" || it.Value == "http://*"):
			o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchPrefix,
				Value: strings.TrimSuffix(it.Value, "*"), Span: it.Span})
			continue
		}
		o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span})
	}
	if len(o.Matchers) == 0 {
		if unknown {
			return unknownOrigins(o.Span, "AllowOrigins is computed (an intrinsic function)")
		}
		return policy.Origins{Kind: policy.OriginNone, Span: o.Span}
	}
	return o
}

// apigwHeaders maps REST API response header mappings (a gateway response's
// or a MOCK integration's ResponseParameters). A value in single quotes is
// a literal sent as is; `method.request.header.origin` copies the request's
// Origin, so an Access-Control-Allow-Origin mapped from it is reflection.
// preflight marks the integration of an OPTIONS method: it answers
// preflights only, and actual responses come from the other methods.
// It reports whether the mappings held CORS headers.
func (x *extractor) apigwHeaders(params *Node, prefix, scope string, preflight bool) bool {
	var hs []header
	for _, pr := range params.mapPairs() {
		if len(pr.Key) <= len(prefix) || !strings.EqualFold(pr.Key[:len(prefix)], prefix) {
			continue
		}
		h := header{name: pr.Key[len(prefix):], nameAt: pr.KeySpan, value: pr.Value, valueAt: settingSpan(&pr)}
		if v, quoted := Unquote(pr.Value.Text()); pr.Value.IsScalar() && !quoted {
			if !strings.EqualFold(strings.TrimSpace(v), "method.request.header.origin") {
				continue // another mapping expression: its value is unknown
			}
			h.echo = true
		} else {
			h.value = unquoteNode(pr.Value)
			h.valueAt = h.value.SubSpan(0, len(h.value.Value))
		}
		hs = append(hs, h)
	}
	if !x.headerBlock("aws-apigateway", scope, hs) {
		return false
	}
	if preflight {
		x.pols[len(x.pols)-1].PreflightOnly = true
	}
	return true
}
