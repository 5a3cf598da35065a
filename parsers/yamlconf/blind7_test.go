package yamlconf_test

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the seventh blind round on platform configs.

// Serverless turns any non-empty `origins` array, even of one entry, into a
// response template that echoes a matching origin (api-gateway/lib/cors.js);
// only a bare `origin` string is sent as written.
func TestServerlessOriginsArrayOfOneIsMatched(t *testing.T) {
	head := "service: s\nprovider:\n  name: aws\nfunctions:\n  f:\n    handler: h.f\n    events:\n      - http:\n          path: x\n          method: get\n          cors:\n"
	tests := []struct {
		name, cors string
		want       policy.OriginKind
	}{
		{"origins array of one glob", "            origins:\n              - https://*.example.com\n", policy.OriginList},
		{"origins array of one origin", "            origins: [https://app.example.com]\n", policy.OriginList},
		{"origin string stays static", "            origin: https://app.example.com\n", policy.OriginStatic},
		{"origin comma string is a list", "            origin: https://a.example.com,https://b.example.com\n", policy.OriginList},
		{"origins star stays any", "            origins: ['*']\n", policy.OriginAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, head+tt.cors)
			if p.Origins.Kind != tt.want {
				t.Errorf("origins = %+v, want kind %v", p.Origins, tt.want)
			}
		})
	}
}

// A ConfigMap that ships a gateway configuration as a block scalar
// (`envoy.yaml: |`) is read as that configuration, with spans in the
// manifest's own lines; other strings and other kinds are left alone.
func TestConfigMapEmbeddedConfig(t *testing.T) {
	envoy := "      virtual_hosts:\n        - name: api\n          domains: [\"*\"]\n          typed_per_filter_config:\n            envoy.filters.http.cors:\n              \"@type\": type.googleapis.com/envoy.extensions.filters.http.cors.v3.CorsPolicy\n              allow_origin_string_match:\n                - exact: https://app.example.com\n"
	tests := []struct {
		name, src string
		want      int // policies; the first origin entry's line when 1
		line      int
	}{
		{"literal block", "kind: ConfigMap\ndata:\n  envoy.yaml: |\n" + envoy, 1, 11},
		{"folded block", "kind: ConfigMap\ndata:\n  routes.yml: >-\n" + envoy, 1, 11},
		{"key of another type", "kind: ConfigMap\ndata:\n  nginx.conf: |\n" + envoy, 0, 0},
		{"not a configmap", "kind: Secret\nstringData:\n  envoy.yaml: |\n" + envoy, 0, 0},
		{"one-line string", "kind: ConfigMap\ndata:\n  envoy.yaml: \"virtual_hosts: []\"\n", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parseYAML(t, tt.src)
			if len(pols) != tt.want {
				t.Fatalf("got %d policies, want %d", len(pols), tt.want)
			}
			if tt.want == 1 {
				ms := pols[0].Origins.Matchers
				if len(ms) == 0 || ms[0].Span.Start.Line != tt.line {
					t.Errorf("origins %+v, want the entry on line %d", pols[0].Origins, tt.line)
				}
			}
		})
	}
}
