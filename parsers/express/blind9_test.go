package express

import (
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the ninth blind round (testdata/js/blind9_*).

// TestInitialHeadersJoinAssignedOrigin: a headers object declared with
// `Vary: 'Origin'` and given its Access-Control-Allow-Origin later by
// assignment is one response (blind9_http_server_allowlist_vary_ok). A
// literal in another function, or none, adds no Vary.
func TestInitialHeadersJoinAssignedOrigin(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want bool // Vary: Origin sent
	}{
		{"vary in the literal", "const OK = new Set(['https://a.example']);\nhttp.createServer((req, res) => {\n const origin = req.headers.origin;\n const headers = { 'Content-Type': 'text/plain', Vary: 'Origin' };\n if (OK.has(origin)) { headers['Access-Control-Allow-Origin'] = origin; }\n res.writeHead(200, headers);\n res.end();\n});\n", true},
		{"no vary in the literal", "const OK = new Set(['https://a.example']);\nhttp.createServer((req, res) => {\n const origin = req.headers.origin;\n const headers = { 'Content-Type': 'text/plain' };\n if (OK.has(origin)) { headers['Access-Control-Allow-Origin'] = origin; }\n res.writeHead(200, headers);\n res.end();\n});\n", false},
		{"literal of another function", "const OK = new Set(['https://a.example']);\nfunction base() { const headers = { Vary: 'Origin' }; return headers; }\nhttp.createServer((req, res) => {\n const origin = req.headers.origin;\n const headers = {};\n if (OK.has(origin)) { headers['Access-Control-Allow-Origin'] = origin; }\n res.writeHead(200, headers);\n res.end();\n});\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := parseJSOne(t, "server.js", tc.src)
			if p.Origins.Kind != policy.OriginList {
				t.Fatalf("origins %v (note %q), want a list", p.Origins.Kind, p.Origins.Note)
			}
			got := p.Vary.Origin == policy.VaryAlways
			for _, d := range p.Directives {
				if d.Name == "Vary" {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("vary origin sent = %v, want %v (directives %+v)", got, tc.want, p.Directives)
			}
		})
	}
}

// TestSomeEqualityOverUnreadList: `list.some((t) => t === origin)` over a
// list corslint cannot read is membership, judged like list.includes(origin)
// (blind9_express_some_exact_ok); a substring callback over it stays
// unknown, and a readable list is still read element by element.
func TestSomeEqualityOverUnreadList(t *testing.T) {
	head := "const cors = require('cors');\nconst cfg = loadConfig();\n"
	cases := []struct {
		name string
		src  string
		want string // note of the unknown origin test, or "" for a list
	}{
		{"includes", head + "app.use(cors({ origin: (o, cb) => cb(null, cfg.origins.includes(o)) }));", "a list from the property cfg.origins"},
		{"some equality", head + "app.use(cors({ origin: (o, cb) => cb(null, cfg.origins.some((t) => t === o)) }));", "a list from the property cfg.origins"},
		{"some equality reversed", head + "app.use(cors({ origin: (o, cb) => cb(null, cfg.origins.some((t) => o == t)) }));", "a list from the property cfg.origins"},
		{"some substring", head + "app.use(cors({ origin: (o, cb) => cb(null, cfg.origins.some((t) => o.includes(t))) }));", "a test over the property cfg.origins"},
		{"readable list", head + "const L = ['https://a.example'];\napp.use(cors({ origin: (o, cb) => cb(null, L.some((t) => t === o)) }));", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := parseJSOne(t, "app.js", tc.src)
			if tc.want == "" {
				if p.Origins.Kind != policy.OriginList || accepts(t, p.Origins, "https://attacker.example") || !accepts(t, p.Origins, "https://a.example") {
					t.Fatalf("origins %+v, want the list", p.Origins)
				}
				return
			}
			if !strings.Contains(p.Origins.Note, tc.want) {
				t.Fatalf("origins %v note %q, want a note naming %q", p.Origins.Kind, p.Origins.Note, tc.want)
			}
		})
	}
}
