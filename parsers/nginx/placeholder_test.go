package nginx

import "testing"

func TestStandInPlaceholders(t *testing.T) {
	tests := []struct{ in, want string }{
		{`^https://[a-z0-9-]+\.${BASE_DOMAIN}$`, `^https://[a-z0-9-]+\.base-domain\.example$`},
		{`^https?://$NGINX_ORIGIN$`, `^https?://nginx-origin\.example$`},
		{`^https://(www\.)?$___Values_domain___$`, `^https://(www\.)?values-domain\.example$`},
		{`^https://app\.${env}\.example\.com$`, `^https://app\.env\.example\.example\.com$`},
		// Anchors and groups are not placeholders; nor is a lower-case
		// bare name (an nginx variable that nginx leaves alone in a regex).
		{`^https://(a|b)\.example\.com$`, `^https://(a|b)\.example\.com$`},
		{`example\.com$|^https://x\.example$`, `example\.com$|^https://x\.example$`},
		{`^https://$host$`, `^https://$host$`},
	}
	for _, tt := range tests {
		if got := standInPlaceholders(tt.in); got != tt.want {
			t.Errorf("standInPlaceholders(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
