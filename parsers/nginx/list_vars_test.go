package nginx

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// TestListHeaderVariables: a list header given through a variable (`set
// $cors_headers '...'`) is judged by the text the variable holds; a variable
// that differs between paths, or that no file sets, stays as written.
func TestListHeaderVariables(t *testing.T) {
	tests := []struct {
		name, src         string
		expose, methods   string
		reflectAllowHeads bool
	}{
		{"set variable", `
set $h 'Content-Type,Authorization';
set $m 'GET, TRACE';
add_header Access-Control-Allow-Origin "https://a.example.com";
add_header Access-Control-Expose-Headers "$h";
add_header Access-Control-Allow-Methods $m;`, "Content-Type|Authorization", "GET|TRACE", false},
		{"variable from elsewhere", `
add_header Access-Control-Allow-Origin "https://a.example.com";
add_header Access-Control-Expose-Headers "$h";`, "$h", "", false},
		{"different per path", `
set $h 'X-One';
if ($request_method = POST) { set $h 'X-Two'; }
add_header Access-Control-Allow-Origin "https://a.example.com";
add_header Access-Control-Expose-Headers $h;`, "$h", "", false},
		{"reflection kept", `
add_header Access-Control-Allow-Origin "https://a.example.com";
add_header Access-Control-Allow-Headers $http_access_control_request_headers;`, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parseOne(t, "snippets/cors.conf", tt.src)
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			p := pols[0]
			if got := strings.Join(p.ExposeHeaders.Values, "|"); got != tt.expose {
				t.Errorf("expose = %q, want %q", got, tt.expose)
			}
			if got := strings.Join(p.AllowMethods.Values, "|"); got != tt.methods {
				t.Errorf("methods = %q, want %q", got, tt.methods)
			}
			if got := p.AllowHeaders.Mode == policy.ListReflect; got != tt.reflectAllowHeads {
				t.Errorf("allow-headers mode = %v", p.AllowHeaders.Mode)
			}
		})
	}
}
