package yamlconf_test

import "testing"

// TestIstioResponseHeaders: CORS headers written as a route's response
// header operations are static values sent on every answer of that route,
// beside (not instead of) its corsPolicy.
func TestIstioResponseHeaders(t *testing.T) {
	const head = "apiVersion: networking.istio.io/v1beta1\nkind: VirtualService\nmetadata:\n  name: api\nspec:\n  http:\n"
	tests := []struct {
		name, src string
		want      []string // origins kind and value, one per policy
	}{
		{"set with a list", head + `  - headers:
      response:
        set:
          Access-Control-Allow-Origin: "https://a.example, https://b.example"
`, []string{"static|https://a.example, https://b.example"}},
		{"add of a wildcard", head + `  - headers:
      response:
        add:
          access-control-allow-origin: "*"
`, []string{"any|*"}},
		{"non-CORS headers only", head + `  - headers:
      response:
        set:
          X-Frame-Options: DENY
    corsPolicy:
      allowOrigins:
      - exact: https://a.example
`, []string{"list|"}},
		{"request headers are not answers", head + `  - headers:
      request:
        set:
          Access-Control-Allow-Origin: "*"
`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parseYAML(t, tt.src)
			var got []string
			for _, p := range pols {
				got = append(got, p.Origins.Kind.String()+"|"+p.Origins.Value)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("policies = %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("policy %d = %q, want %q", i, got[i], tt.want[i])
				}
			}
			for _, p := range pols {
				if p.Framework != "istio" {
					t.Errorf("framework = %q", p.Framework)
				}
			}
		})
	}
}
