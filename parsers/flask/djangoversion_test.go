package flask

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// TestDjangoCorsHeadersVersion checks the release switch proven against
// django-cors-headers 3.14.0 by conformance/python: the pre-4.0.0 default
// header list and private-network setting, and Allow-Credentials on
// rejected origins before 4.3.0.
func TestDjangoCorsHeadersVersion(t *testing.T) {
	src := "MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\n" +
		"CORS_ALLOWED_ORIGINS = ['https://a.example']\n" +
		"CORS_ALLOW_CREDENTIALS = True\n" +
		"CORS_ALLOW_PRIVATE_NETWORK = True\n" +
		"CORS_REPLACE_HTTPS_REFERER = True\n"
	tests := []struct {
		version      string
		wantVersion  string
		headers      int
		credAlways   bool
		pna          bool
		ignored      []string
		rejectedACAC bool
	}{
		{"", "4.x", 6, false, true, []string{"CORS_REPLACE_HTTPS_REFERER"}, false},
		{"4.x", "4.x", 6, false, true, []string{"CORS_REPLACE_HTTPS_REFERER"}, false},
		{"4.3.0", "4.3.0", 6, false, true, []string{"CORS_REPLACE_HTTPS_REFERER"}, false},
		{"4.2.0", "4.2.0", 6, true, true, []string{"CORS_REPLACE_HTTPS_REFERER"}, true},
		{"3.14.0", "3.14.0", 9, true, false, []string{"CORS_ALLOW_PRIVATE_NETWORK"}, true},
	}
	for _, tt := range tests {
		t.Run("v"+tt.version, func(t *testing.T) {
			pols, _ := Parser{DjangoCorsHeadersVersion: tt.version}.Parse(parsers.File{Path: "settings.py", Data: []byte(src)})
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			p := pols[0]
			if p.Version != tt.wantVersion {
				t.Errorf("version %q, want %q", p.Version, tt.wantVersion)
			}
			if len(p.AllowHeaders.Values) != tt.headers {
				t.Errorf("default headers %v, want %d", p.AllowHeaders.Values, tt.headers)
			}
			if p.Credentials.Always != tt.credAlways {
				t.Errorf("credentials always %v, want %v", p.Credentials.Always, tt.credAlways)
			}
			if p.PrivateNetwork.Allowed != tt.pna {
				t.Errorf("private network %v, want %v", p.PrivateNetwork.Allowed, tt.pna)
			}
			var keys []string
			for _, ig := range p.Ignored {
				keys = append(keys, ig.Key)
			}
			if !reflect.DeepEqual(keys, tt.ignored) {
				t.Errorf("ignored %v, want %v", keys, tt.ignored)
			}
			resp := policy.Evaluate(&p, policy.Request{Origin: "https://evil.example", Method: "GET"})
			if got := len(resp.Get(policy.HeaderAllowCredentials)) > 0; got != tt.rejectedACAC {
				t.Errorf("Allow-Credentials on a rejected origin: %v, want %v (%v)", got, tt.rejectedACAC, resp.Headers)
			}
		})
	}
}
