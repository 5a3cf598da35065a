package nginx

import (
	"strings"
	"testing"
)

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

func TestStandInKey(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{`https://${APP_HOST}`, `https://app-host.example`, true},
		{`http://$__host___:8080`, `http://host.example:8080`, true},
		// Nothing known: not an origin to judge.
		{`${ALLOWED_ORIGIN}`, ``, false},
		{`$__origin___`, ``, false},
	}
	for _, tt := range tests {
		got, ok := standInKey(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("standInKey(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestMapKeyPlaceholders: a map key that is only a template tag proves
// nothing (rules.md decisions, template placeholders); its known siblings
// are still judged.
func TestMapKeyPlaceholders(t *testing.T) {
	src := `# {{ ansible_managed }}
map $http_origin $cors {
    default "";
{% for origin in cors_origins %}
    "{{ origin }}" $http_origin;
{% endfor %}
    "http://10.0.0.5:8080" $http_origin;
    "https://{{ app_host }}" $http_origin;
}
server {
    location / {
        add_header Access-Control-Allow-Origin $cors always;
        add_header Vary Origin always;
    }
}
`
	pols, _ := parseOne(t, "site.conf.j2", src)
	got := strings.Join(summaries(pols), "\n")
	want := "11: list[exact:http://10.0.0.5:8080/i exact:https://app-host.example/i] vary onerrors"
	if got != want {
		t.Errorf("policies\n got: %s\nwant: %s", got, want)
	}
}
