package platform

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
