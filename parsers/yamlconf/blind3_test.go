package yamlconf_test

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the third blind round on platform configs.

func TestIngressReplacedOriginPointsAtValue(t *testing.T) {
	p := one(t, ingressHead+"    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n"+
		"    nginx.ingress.kubernetes.io/cors-allow-origin: \"https://admin.example.com/\"\n")
	o := p.Origins
	if o.Kind != policy.OriginAny || o.Emit != policy.EmitWildcard {
		t.Fatalf("origins = %+v, want the controller's `*`", o)
	}
	// Not a Default: findings must point at the value the user wrote.
	if o.Default || o.Span.Start.Line != 7 {
		t.Errorf("origins = %+v, want a non-default origin at line 7", o)
	}
	if !strings.Contains(o.Replaced, `"https://admin.example.com/"`) || !strings.Contains(o.Replaced, "trailing slash") {
		t.Errorf("replaced note = %q", o.Replaced)
	}
}

func TestIngressMaxAgeTemplated(t *testing.T) {
	tests := []struct {
		name, value string
		want        policy.MaxAge
	}{
		{"helm placeholder is unknown", `{{ .Values.cors.maxAge | quote }}`, policy.MaxAge{}},
		{"envsubst placeholder is unknown", `"${CORS_MAX_AGE}"`, policy.MaxAge{}},
		{"an unusable literal keeps the default", `"ten minutes"`,
			policy.MaxAge{Set: true, Seconds: 1728000, Default: true, Span: span(6, 46, 52)}},
		{"a number", `"600"`, policy.MaxAge{Set: true, Seconds: 600, Span: span(7, 47, 52)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, ingressHead+"    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n"+
				"    nginx.ingress.kubernetes.io/cors-max-age: "+tt.value+"\n")
			if p.MaxAge != tt.want {
				t.Errorf("max age = %+v, want %+v", p.MaxAge, tt.want)
			}
		})
	}
}

func TestKongDisabledPlugin(t *testing.T) {
	tests := []struct {
		name, src string
		want      int
	}{
		{"decK enabled false", "_format_version: \"3.0\"\nplugins:\n  - name: cors\n    enabled: false\n    config:\n      origins: [\"*\"]\n", 0},
		{"decK enabled true", "_format_version: \"3.0\"\nplugins:\n  - name: cors\n    enabled: true\n    config:\n      origins: [\"*\"]\n", 1},
		{"KongPlugin disabled", "apiVersion: configuration.konghq.com/v1\nkind: KongPlugin\nmetadata:\n  name: c\nplugin: cors\ndisabled: true\nconfig:\n  origins: [\"*\"]\n", 0},
		{"KongClusterPlugin not disabled", "apiVersion: configuration.konghq.com/v1\nkind: KongClusterPlugin\nmetadata:\n  name: c\nplugin: cors\ndisabled: false\nconfig:\n  origins: [\"*\"]\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parseYAML(t, tt.src)
			if len(pols) != tt.want {
				t.Errorf("got %d policies, want %d", len(pols), tt.want)
			}
		})
	}
}

func TestGenericBlockInCustomResource(t *testing.T) {
	src := `apiVersion: gateway.envoyproxy.io/v1alpha1
kind: SecurityPolicy
metadata:
  name: cors
  annotations:
    cors: not-a-map
spec:
  cors:
    allowOrigins:
      - "https://*.example.com"
    allowCredentials: true
`
	p := one(t, src)
	if p.Framework != "generic" || p.Origins.Kind != policy.OriginList || len(p.Origins.Matchers) != 1 {
		t.Fatalf("policy = %+v", p)
	}
	if m := p.Origins.Matchers[0]; m.Kind != policy.MatchGlob || m.Span.Start.Line != 10 {
		t.Errorf("matcher = %+v", m)
	}
	if !p.Credentials.Allowed() {
		t.Errorf("credentials = %+v", p.Credentials)
	}
}

func TestEnvoyLegacyAllowOriginSpan(t *testing.T) {
	src := `virtual_hosts:
  - name: backend
    domains: ["*"]
    cors:
      allow_origin:
        - "https://a.example.com"
        - "https://b.example.com"
`
	p := one(t, src)
	if p.Origins.Span.Start.Line != 5 || len(p.Origins.Matchers) != 2 {
		t.Errorf("origins = %+v, want two matchers set at line 5", p.Origins)
	}
}

func TestTraefikLegacyAllowOrigin(t *testing.T) {
	head := "http:\n  middlewares:\n    c:\n      headers:\n"
	tests := []struct {
		name, body string
		kind       policy.OriginKind
		line       int
	}{
		{"star", "        accessControlAllowOrigin: \"*\"\n        accessControlAllowCredentials: true\n", policy.OriginAny, 5},
		{"keyword is not guessed", "        accessControlAllowOrigin: origin-list-or-null\n", policy.OriginUnknown, 5},
		{"one origin is not guessed", "        accessControlAllowOrigin: https://a.example.com\n", policy.OriginUnknown, 5},
		{"the list wins", "        accessControlAllowOrigin: \"*\"\n        accessControlAllowOriginList: [https://a.example.com]\n", policy.OriginList, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, head+tt.body)
			if p.Origins.Kind != tt.kind {
				t.Errorf("origins = %+v, want kind %v", p.Origins, tt.kind)
			}
			if p.Origins.Span.Start.Line != tt.line {
				t.Errorf("origin span = %+v, want line %d", p.Origins.Span, tt.line)
			}
		})
	}
}
