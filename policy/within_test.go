package policy

import "testing"

// MatchWithin is the reverse of MatchContains: the origin must be a part of
// the configured text (a JS `ALLOWED.includes(origin)` on one string).
func TestMatchWithin(t *testing.T) {
	m := Matcher{Kind: MatchWithin, Value: "https://app.example.com https://admin.example.com"}
	tests := []struct {
		origin string
		want   bool
	}{
		{"https://app.example.com", true},
		{"https://admin.example.com", true},
		{"https://app.example.co", true}, // cut short: still a part
		{"https://app.example.com.attacker.example", false},
		{"https://attacker.example", false},
		{"", false},
		{"null", false},
	}
	for _, tt := range tests {
		got, err := m.Match(tt.origin)
		if err != nil || got != tt.want {
			t.Errorf("Match(%q) = %v, %v; want %v", tt.origin, got, err, tt.want)
		}
	}
	ci := Matcher{Kind: MatchWithin, Value: "https://App.example.com", IgnoreCase: true}
	if ok, _ := ci.Match("https://app.example.com"); !ok {
		t.Errorf("ignore-case within does not fold case")
	}
}
