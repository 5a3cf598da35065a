package policy

import (
	"strings"
	"testing"
)

func TestParseOrigin(t *testing.T) {
	tests := []struct {
		in                 string
		scheme, host, port string
		ok                 bool
	}{
		{"https://example.com", "https", "example.com", "", true},
		{"HTTPS://Example.COM", "https", "example.com", "", true},
		{"https://example.com:443", "https", "example.com", "", true},
		{"http://example.com:80", "http", "example.com", "", true},
		{"http://example.com:443", "http", "example.com", "443", true},
		{"https://example.com:8443", "https", "example.com", "8443", true},
		{"https://example.com:08443", "https", "example.com", "8443", true},
		{"https://example.com/", "https", "example.com", "", true},
		{"https://example.com/path?q#f", "https", "example.com", "", true},
		{"https://user:pw@example.com", "https", "example.com", "", true},
		{"wss://example.com:443", "wss", "example.com", "", true},
		{"http://[::1]:3000", "http", "[::1]", "3000", true},
		{"http://[::1]", "http", "[::1]", "", true},
		{"http://localhost:", "http", "localhost", "", true},
		{"file://", "file", "", "", true},
		{"null", "", "", "", false},
		{"example.com", "", "", "", false},
		{"//example.com", "", "", "", false},
		{"https://", "", "", "", false},
		{"https://exa mple.com", "", "", "", false},
		{"https://example.com:99999", "", "", "", false},
		{"https://example.com:8o", "", "", "", false},
		{"https://[::1", "", "", "", false},
		{"1http://example.com", "", "", "", false},
	}
	for _, tt := range tests {
		scheme, host, port, ok := ParseOrigin(tt.in)
		if scheme != tt.scheme || host != tt.host || port != tt.port || ok != tt.ok {
			t.Errorf("ParseOrigin(%q) = %q, %q, %q, %v; want %q, %q, %q, %v",
				tt.in, scheme, host, port, ok, tt.scheme, tt.host, tt.port, tt.ok)
		}
	}
}

func TestNormalizeOriginAndHostOf(t *testing.T) {
	tests := []struct {
		in, norm, host string
		ok             bool
	}{
		{"HTTPS://API.Example.com:443/", "https://api.example.com", "api.example.com", true},
		{"https://a.example.com:8443", "https://a.example.com:8443", "a.example.com", true},
		{"http://[::1]:8080", "http://[::1]:8080", "[::1]", true},
		{"null", "", "", false},
		{"example.com", "", "", false},
	}
	for _, tt := range tests {
		norm, ok := NormalizeOrigin(tt.in)
		if norm != tt.norm || ok != tt.ok {
			t.Errorf("NormalizeOrigin(%q) = %q, %v; want %q, %v", tt.in, norm, ok, tt.norm, tt.ok)
		}
		if got := HostOf(tt.in); got != tt.host {
			t.Errorf("HostOf(%q) = %q, want %q", tt.in, got, tt.host)
		}
	}
}

func TestIsValidOriginValue(t *testing.T) {
	tests := []struct {
		in     string
		valid  bool
		reason string // a substring of the reason
	}{
		{"https://example.com", true, ""},
		{"http://localhost:3000", true, ""},
		{"http://[::1]:8080", true, ""},
		{"null", true, ""},
		{"file://", true, ""},
		{"https://xn--bcher-kva.example", true, ""},
		{"", false, "empty"},
		{"*", false, "wildcard"},
		{" https://example.com", false, "whitespace"},
		{"https://example.com ", false, "whitespace"},
		{"https://a.com https://b.com", false, "whitespace"},
		{"example.com", false, "no scheme"},
		{"//example.com", false, "no scheme"},
		{"ht tp://example.com", false, "whitespace"},
		{"1ttp://example.com", false, "invalid scheme"},
		{"https://example.com/", false, "trailing slash"},
		{"https://.example.com", false, "empty DNS label"},
		{"https://app..example.com", false, "empty DNS label"},
		{"https://example.com/app", false, "path"},
		{"https://example.com?x", false, "query"},
		{"https://example.com#x", false, "fragment"},
		{"https://user@example.com", false, "user info"},
		{"https://", false, "no host"},
		{"https://bücher.example", false, "punycode"},
		{"https://exa<mple.com", false, "not allowed in a host"},
		{"https://example.com:", false, "empty port"},
		{"https://example.com:abc", false, "invalid port"},
		{"https://example.com:70000", false, "invalid port"},
		{"https://example.com:443", false, "default port 443"},
		{"http://example.com:80", false, "default port 80"},
		{"https://example.com:0443", false, "default port"},
		{"https://example.com:08443", false, "leading zeros"},
		{"HTTPS://example.com", false, "upper case"},
		{"https://Example.com", false, "upper case"},
	}
	for _, tt := range tests {
		valid, reason := IsValidOriginValue(tt.in)
		if valid != tt.valid {
			t.Errorf("IsValidOriginValue(%q) = %v (%q), want %v", tt.in, valid, reason, tt.valid)
			continue
		}
		if valid && reason != "" {
			t.Errorf("IsValidOriginValue(%q) valid with reason %q", tt.in, reason)
		}
		if !valid && !strings.Contains(reason, tt.reason) {
			t.Errorf("IsValidOriginValue(%q) reason %q, want it to mention %q", tt.in, reason, tt.reason)
		}
	}
}
