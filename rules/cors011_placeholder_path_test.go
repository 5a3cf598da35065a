package rules

import (
	"testing"
)

// A placeholder leaves part of a value unknown, but the known text after it
// still counts: `${APP_URL}/` ends in a slash whatever APP_URL holds, and no
// browser origin does (rules.md decisions: template placeholders).
func TestMalformedPathAfterPlaceholder(t *testing.T) {
	only011 := func(id string) bool { return id == "CORS011" }
	tests := []struct {
		name string
		v    string
		want bool
	}{
		{"trailing slash after env", "${APP_URL}/", true},
		{"path after host placeholder", "https://${HOST}/app", true},
		{"helm trailing slash", "{{.Values.origin}}/", true},
		{"placeholder alone", "${APP_URL}", false},
		{"scheme then placeholder", "https://${HOST}", false},
		{"placeholder then scheme separator", "${SCHEME}://${HOST}", false},
		{"port after placeholder", "https://${HOST}:8443", false},
		{"unclosed placeholder", "https://${HOST/", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, p := range []struct {
				what string
				hits []hit
			}{
				{"static", hits(Run(DefaultContext(), newPolicy(static(tt.v)), nil), only011)},
				{"list", hits(Run(DefaultContext(), newPolicy(list(exact(tt.v, 10))), nil), only011)},
			} {
				if got := len(p.hits) == 1; got != tt.want || len(p.hits) > 1 {
					t.Errorf("%s %q: hits %v, want finding %v", p.what, tt.v, p.hits, tt.want)
				}
			}
			if pathAfterPlaceholder(tt.v) != tt.want {
				t.Errorf("pathAfterPlaceholder(%q) = %v, want %v", tt.v, !tt.want, tt.want)
			}
		})
	}
}
