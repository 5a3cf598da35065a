package rules

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/policy"
)

// A `*` inside a value that is sent or compared as written (a static header,
// an exact list entry) is a wildcard nobody expands: no real site's origin
// holds one. A glob entry, where the framework expands it, is CORS006's.
func TestMalformedLiteralStar(t *testing.T) {
	only011 := func(id string) bool { return id == "CORS011" }
	tests := []struct {
		name string
		p    *policy.Policy
		want []hit
	}{
		{"static header", newPolicy(static("https://*.example.com")), []hit{{"CORS011", 2, ""}}},
		{"exact entry", newPolicy(list(exact("https://app.example.com", 10), exact("https://*.example.com", 11))),
			[]hit{{"CORS011", 11, ""}}},
		{"glob entry is expanded", newPolicy(list(kindM(policy.MatchGlob, "https://*.example.com", 10))), nil},
		{"bare star is not an origin value", newPolicy(static("*")), nil},
		{"placeholder", newPolicy(static("https://*.${DOMAIN}")), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := hits(Run(DefaultContext(), tt.p, nil), only011)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if fix := malformedFix("https://*.example.com"); fix == "" || fix == malformedFix("true") {
		t.Errorf("fix for a literal star = %q, want a specific one", fix)
	}
}
