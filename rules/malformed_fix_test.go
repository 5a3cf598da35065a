package rules

import "testing"

func TestMalformedFix(t *testing.T) {
	generic := "Write the origin exactly as a browser sends it: scheme://host[:port], lower case, no path."
	tests := []struct{ value, want string }{
		{"app.example.com", "Write it as `https://app.example.com`."},
		{"localhost:3000", "Write it as `https://localhost:3000`."},
		{"https://app.example.com/", "Write it as `https://app.example.com`."},
		// res.header('Access-Control-Allow-Origin', true) sends `true`: no
		// scheme makes that an origin.
		{"true", generic},
		{"Origin not allowed", generic},
	}
	for _, tt := range tests {
		if got := malformedFix(tt.value); got != tt.want {
			t.Errorf("malformedFix(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
