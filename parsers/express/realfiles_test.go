package express

import (
	"testing"

	"github.com/corslint/corslint/parsers"
)

// Shapes found by running corslint on real public files
// (testdata/js/real_*).

// TestCorsFileUnexportedOptions: in a file named after CORS an options
// object is the cors options whatever its name, even when the file forgot
// to export it; the same object elsewhere is nobody's options.
func TestCorsFileUnexportedOptions(t *testing.T) {
	src := "let allow = ['https://a.example.com']\n\n" +
		"let options = {\n\torigin: (origin, callback) => {\n" +
		"\t\t(allow.indexOf(origin) !== -1) ? callback(null, true) : callback(new Error('no'))\n\t}\n}\n"
	tests := []struct {
		path     string
		policies int
	}{
		{"config/corsOptions.js", 1},
		{"config/cors.js", 1},
		{"config/options.js", 0},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			ps, notes := New().Parse(parsers.File{Path: tc.path, Data: []byte(src)})
			if len(ps) != tc.policies {
				t.Fatalf("%d policies (notices %+v), want %d", len(ps), notes, tc.policies)
			}
			if tc.policies == 1 && !accepts(t, ps[0].Origins, "https://a.example.com") {
				t.Errorf("origins %+v do not accept the listed origin", ps[0].Origins)
			}
		})
	}
	// A used object is the policy of its use, not a second one.
	used := "const cors = require('cors');\nlet options = { origin: 'https://a.example.com' };\napp.use(cors(options));\n"
	ps, _ := New().Parse(parsers.File{Path: "src/cors.js", Data: []byte(used)})
	if len(ps) != 1 {
		t.Fatalf("%d policies for a used options object, want 1", len(ps))
	}
}

// TestConfigOptionsMethodOrigin: an exported options object whose origin is
// written as a method is read like one with an `origin:` pair.
func TestConfigOptionsMethodOrigin(t *testing.T) {
	src := "const allow = ['https://a.example.com'];\nconst corsOptions = {\n" +
		"  origin(origin, cb) {\n    if (allow.indexOf(origin) !== -1) cb(null, true); else cb(new Error('no'));\n  },\n};\n" +
		"module.exports = corsOptions;\n"
	p := parseJSOne(t, "src/config/options.js", src)
	if !accepts(t, p.Origins, "https://a.example.com") || accepts(t, p.Origins, "https://attacker.example") {
		t.Errorf("origins %+v", p.Origins)
	}
}
