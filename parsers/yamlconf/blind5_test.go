package yamlconf_test

import (
	"testing"

	"github.com/corslint/corslint/parsers/yamlconf"
	"github.com/corslint/corslint/policy"
)

// Shapes found by the fifth blind round on platform configs.

func TestIngressOriginPlaceholderPassesValidator(t *testing.T) {
	tests := []struct {
		name, origin string
		wantAny      bool
	}{
		{"envsubst host is unknown, not invalid", `"https://${PORTAL_DOMAIN}"`, false},
		{"helm host is unknown, not invalid", `"https://{{ .Values.domain }}"`, false},
		{"known upper-case scheme still fails", `"HTTPS://${PORTAL_DOMAIN}"`, true},
		{"known trailing slash still fails", `"https://${PORTAL_DOMAIN}/"`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := one(t, ingressHead+"    nginx.ingress.kubernetes.io/enable-cors: \"true\"\n"+
				"    nginx.ingress.kubernetes.io/cors-allow-origin: "+tt.origin+"\n")
			gotAny := p.Origins.Kind == policy.OriginAny
			if gotAny != tt.wantAny {
				t.Errorf("origins = %+v, want the controller's `*`: %v", p.Origins, tt.wantAny)
			}
		})
	}
}

func TestIngressExplicitlyDisabledCORSIsNotIgnoredOption(t *testing.T) {
	tests := []struct {
		name, enable string
		wantIgnored  int
	}{
		{"explicit false", "    nginx.ingress.kubernetes.io/enable-cors: \"false\"\n", 0},
		{"explicit 0", "    nginx.ingress.kubernetes.io/enable-cors: \"0\"\n", 0},
		{"missing", "", 2},
		{"unreadable", "    nginx.ingress.kubernetes.io/enable-cors: \"yes\"\n", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parseYAML(t, ingressHead+tt.enable+
				"    nginx.ingress.kubernetes.io/cors-allow-origin: \"*\"\n"+
				"    nginx.ingress.kubernetes.io/cors-allow-credentials: \"true\"\n")
			got := 0
			for _, p := range pols {
				got += len(p.Ignored)
			}
			if got != tt.wantIgnored {
				t.Errorf("ignored options = %d, want %d (%+v)", got, tt.wantIgnored, pols)
			}
		})
	}
}

func TestClaimSpringPropertiesByContent(t *testing.T) {
	tests := []struct {
		name, path, data string
		want             bool
	}{
		{"application prefix", "src/main/resources/application-prod.properties", "server.port=8080\n", true},
		{"actuator cors key", "config/inventory-prod.properties", "server.port=8080\nmanagement.endpoints.web.cors.allowed-origins=https://a.example.com\n", true},
		{"gateway globalcors key", "gateway.properties", "spring.cloud.gateway.globalcors.cors-configurations.[/**].allowed-origins=*\n", true},
		{"unrelated properties", "messages.properties", "greeting=hello\ncors.note=see docs\n", false},
		{"key only in a comment value", "log4j.properties", "log4j.rootLogger=INFO # management.endpoints.web.cors.x\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := (yamlconf.Parser{}).Claim(tt.path, []byte(tt.data)); got != tt.want {
				t.Errorf("Claim(%q) = %v, want %v", tt.path, got, tt.want)
			}
		})
	}
}
