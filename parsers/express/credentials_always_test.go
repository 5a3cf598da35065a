package express

import (
	"testing"

	"github.com/corslint/corslint/parsers"
)

// TestCredentialsOnRefusal: the cors package sends Allow-Credentials even to
// an origin it refuses (configureCredentials does not look at the origin
// decision; measured in conformance/express), except when an origin callback
// refuses, which skips the middleware altogether.
func TestCredentialsOnRefusal(t *testing.T) {
	tests := []struct {
		name, file, src string
		always          bool
	}{
		{"json list", "a.json", `{"origin": ["https://a.example.com"], "credentials": true}`, true},
		{"json regex", "a.json", `{"origin": "/^https:\\/\\/a\\.example\\.com$/", "credentials": true}`, true},
		{"json default origin", "a.json", `{"credentials": true}`, true},
		{"json credentials string", "a.json", `{"origin": ["https://a.example.com"], "credentials": "true"}`, false},
		{"source callback", "app.js", "const cors = require('cors');\n" +
			"app.use(cors({ origin: (o, cb) => cb(null, o === 'https://a.example.com'), credentials: true }));\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, _ := New().Parse(parsers.File{Path: tt.file, Data: []byte(tt.src), Named: true})
			if len(ps) != 1 {
				t.Fatalf("got %d policies, want 1", len(ps))
			}
			if got := ps[0].Credentials.Always; got != tt.always {
				t.Errorf("Credentials.Always = %t, want %t (%+v)", got, tt.always, ps[0].Credentials)
			}
		})
	}
}
