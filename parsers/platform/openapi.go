package platform

import "strings"

// apigwCORSExtension is the OpenAPI extension holding an HTTP API's CORS
// configuration at the root of its definition (API Gateway developer guide,
// "x-amazon-apigateway-cors object"): the CorsConfiguration settings of
// semantics.md 5.8, spelled in lower camel case.
const apigwCORSExtension = "x-amazon-apigateway-cors"

// openAPICors maps the extension in an OpenAPI definition: a document of
// its own, or a template's inline Body / DefinitionBody. It reports whether
// the definition had one.
func (x *extractor) openAPICors(def *Node, scope string) bool {
	cp := def.Pair(apigwCORSExtension)
	if cp == nil || cp.Value.Kind != Map {
		return false
	}
	c := cp.Value
	x.httpAPI("aws-http-api", scope, cp.KeySpan, httpAPIFields{
		origins:         c.Pair("allowOrigins"),
		credentials:     c.Pair("allowCredentials"),
		headers:         c.Pair("allowHeaders"),
		methods:         c.Pair("allowMethods"),
		expose:          c.Pair("exposeHeaders"),
		maxAge:          c.Pair("maxAge"),
		schemeWildcards: true,
	})
	return true
}

// OpenAPI extensions of a REST API (API Gateway developer guide, "OpenAPI
// extensions to API Gateway"): an operation's integration responses map
// headers like an AWS::ApiGateway::Method's IntegrationResponses, and the
// gateway responses like AWS::ApiGateway::GatewayResponse.
const (
	apigwIntegrationExtension      = "x-amazon-apigateway-integration"
	apigwGatewayResponsesExtension = "x-amazon-apigateway-gateway-responses"
)

// openAPIRest maps the CORS headers a REST API definition sets through API
// Gateway's extensions (the usual MOCK OPTIONS integration of a Swagger
// export, SAM DefinitionBody or RestApi Body). It reports whether any did.
func (x *extractor) openAPIRest(def *Node, scope string) bool {
	if def == nil || def.Kind != Map {
		return false
	}
	found := false
	for _, path := range def.Get("paths").mapPairs() {
		for _, op := range path.Value.mapPairs() {
			integ := op.Value.Get(apigwIntegrationExtension)
			preflight := strings.EqualFold(op.Key, "options")
			for _, resp := range integ.Get("responses").mapPairs() {
				where := scope + " " + strings.ToUpper(op.Key) + " " + path.Key + " integration response " + resp.Key
				if x.apigwHeaders(resp.Value.Get("responseParameters"), "method.response.header.", where, preflight) {
					found = true
				}
			}
		}
	}
	for _, gr := range def.Get(apigwGatewayResponsesExtension).mapPairs() {
		if x.apigwHeaders(gr.Value.Get("responseParameters"), "gatewayresponse.header.", scope+" gateway response "+gr.Key, false) {
			found = true
		}
	}
	return found
}
