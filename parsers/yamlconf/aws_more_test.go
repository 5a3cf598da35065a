package yamlconf_test

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// TestMoreAWSMappings covers the CloudFront response headers policy and the
// x-amazon-apigateway-cors OpenAPI extension, in a document of its own and
// inline in SAM / CloudFormation.
func TestMoreAWSMappings(t *testing.T) {
	tests := []struct {
		name   string
		src    string
		fw     string
		kind   policy.OriginKind
		values []string // matcher values, for lists
		creds  string
		maxAge int64
	}{
		{"cloudfront star", `Resources:
  P:
    Type: AWS::CloudFront::ResponseHeadersPolicy
    Properties:
      ResponseHeadersPolicyConfig:
        Name: p
        CorsConfig:
          AccessControlAllowCredentials: false
          AccessControlAllowOrigins:
            Items: ["*"]
          AccessControlMaxAgeSec: 86400
`, "aws-cloudfront", policy.OriginAny, nil, "", 86400},
		{"cloudfront list with credentials", `Resources:
  P:
    Type: AWS::CloudFront::ResponseHeadersPolicy
    Properties:
      ResponseHeadersPolicyConfig:
        CorsConfig:
          AccessControlAllowCredentials: true
          AccessControlAllowOrigins:
            Items: [https://a.example.com, "https://*.example.com"]
`, "aws-cloudfront", policy.OriginList, []string{"https://a.example.com", "https://*.example.com"}, "true", 0},
		{"openapi document", `openapi: "3.0.1"
info: {title: t, version: "1"}
x-amazon-apigateway-cors:
  allowOrigins: ["https://a.example.com", "https://b.example.com"]
  allowCredentials: true
  maxAge: 7200
paths: {}
`, "aws-http-api", policy.OriginList, []string{"https://a.example.com", "https://b.example.com"}, "true", 7200},
		{"sam definition body", `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: "3.0.1"
        x-amazon-apigateway-cors:
          allowOrigins: ["*"]
`, "aws-http-api", policy.OriginAny, nil, "", 0},
		{"apigatewayv2 body", `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Body:
        openapi: "3.0.1"
        x-amazon-apigateway-cors:
          allowOrigins: ["https://*"]
`, "aws-http-api", policy.OriginList, []string{"https://"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, tt.src)
			if p.Framework != tt.fw || p.Origins.Kind != tt.kind {
				t.Fatalf("policy = %s %v, want %s %v", p.Framework, p.Origins.Kind, tt.fw, tt.kind)
			}
			var got []string
			for _, m := range p.Origins.Matchers {
				got = append(got, m.Value)
			}
			if len(got) != len(tt.values) {
				t.Fatalf("matchers = %q, want %q", got, tt.values)
			}
			for i := range got {
				if got[i] != tt.values[i] {
					t.Errorf("matcher %d = %q, want %q", i, got[i], tt.values[i])
				}
			}
			if p.Credentials.Value != tt.creds || p.MaxAge.Seconds != tt.maxAge {
				t.Errorf("credentials %+v, max age %+v", p.Credentials, p.MaxAge)
			}
		})
	}
}

// TestOpenAPIWithoutExtension: an OpenAPI document that only describes CORS
// headers configures nothing.
func TestOpenAPIWithoutExtension(t *testing.T) {
	pols, _ := parseYAML(t, "openapi: \"3.0.1\"\npaths:\n  /a:\n    options:\n      responses:\n        \"204\":\n          headers:\n            Access-Control-Allow-Origin: {schema: {type: string}}\n")
	if len(pols) != 0 {
		t.Fatalf("got %d policies, want none", len(pols))
	}
}

// TestGenericMatchOrigins: regex lists (the Apollo Router's match_origins)
// are searched anywhere in the origin, with or without an origins list.
func TestGenericMatchOrigins(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		kinds []policy.MatcherKind
	}{
		{"with origins", "cors:\n  origins: [https://a.example.com]\n  match_origins:\n    - '^https://[a-z]+\\.example\\.com$'\n",
			[]policy.MatcherKind{policy.MatchExact, policy.MatchRegex}},
		{"alone", "cors:\n  allow_credentials: true\n  match_origins: ['https://a\\.example\\.com']\n",
			[]policy.MatcherKind{policy.MatchRegex}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, tt.src)
			if p.Origins.Kind != policy.OriginList || len(p.Origins.Matchers) != len(tt.kinds) {
				t.Fatalf("origins = %+v", p.Origins)
			}
			for i, k := range tt.kinds {
				m := p.Origins.Matchers[i]
				if m.Kind != k {
					t.Errorf("matcher %d kind = %v, want %v", i, m.Kind, k)
				}
				if k == policy.MatchRegex && (m.Mode != policy.ModeSearch || m.Dialect != policy.DialectRE2) {
					t.Errorf("regex matcher = %+v, want an RE2 search", m)
				}
			}
		})
	}
	// An allow-all switch still wins over regexes.
	p := one(t, "cors:\n  allow_any_origin: true\n  match_origins: ['x']\n")
	if p.Origins.Kind != policy.OriginAny {
		t.Errorf("origins = %+v, want any", p.Origins)
	}
}
