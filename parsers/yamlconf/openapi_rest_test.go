package yamlconf_test

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// TestOpenAPIRestIntegrations: a REST API definition sets CORS headers through
// API Gateway's integration responses (the MOCK OPTIONS method of a Swagger
// export) and gateway responses; both are mapped like their CloudFormation
// counterparts, the OPTIONS integration as preflight-only.
func TestOpenAPIRestIntegrations(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		kind      policy.OriginKind
		preflight bool
		line      int
	}{
		{"mock options star", `swagger: "2.0"
paths:
  /pets:
    options:
      x-amazon-apigateway-integration:
        type: mock
        responses:
          default:
            statusCode: "200"
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: "'*'"
`, policy.OriginAny, true, 11},
		{"get integration echoes the origin", `openapi: "3.0.1"
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws
        responses:
          default:
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: method.request.header.origin
`, policy.OriginEchoAny, false, 10},
		{"gateway responses", `openapi: "3.0.1"
paths: {}
x-amazon-apigateway-gateway-responses:
  DEFAULT_4XX:
    responseParameters:
      gatewayresponse.header.Access-Control-Allow-Origin: "'https://app.example.com'"
`, policy.OriginStatic, false, 6},
		{"sam definition body", `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        swagger: "2.0"
        paths:
          /a:
            options:
              x-amazon-apigateway-integration:
                responses:
                  default:
                    responseParameters:
                      method.response.header.Access-Control-Allow-Origin: "'*'"
`, policy.OriginAny, true, 16},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, tt.src)
			if p.Framework != "aws-apigateway" || p.Origins.Kind != tt.kind || p.PreflightOnly != tt.preflight {
				t.Fatalf("policy = %s %v preflight=%v, want %v preflight=%v", p.Framework, p.Origins.Kind, p.PreflightOnly, tt.kind, tt.preflight)
			}
			if p.Origins.Span.Start.Line != tt.line {
				t.Errorf("origin line = %d, want %d", p.Origins.Span.Start.Line, tt.line)
			}
		})
	}
	// Integrations without CORS headers configure nothing.
	pols, _ := parseYAML(t, "openapi: \"3.0.1\"\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n")
	if len(pols) != 0 {
		t.Fatalf("got %d policies, want none", len(pols))
	}
}
