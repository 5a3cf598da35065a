package express

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes found by the seventh blind round (testdata/js/blind7_*).

// TestSetAsOriginOption: a Set or Map passed itself as the origin option is
// no array to cors or @fastify/cors: isOriginAllowed falls through to
// `!!allowedOrigin` and reflects every origin
// (blind7_express_set_allowlist_cred). The same Set tested with has() in a
// callback stays an allow-list.
func TestSetAsOriginOption(t *testing.T) {
	cases := []struct {
		name string
		src  string
		want policy.OriginKind
	}{
		{"set option", "const cors = require('cors');\nconst OK = new Set(['https://a.example']);\napp.use(cors({ origin: OK }));", policy.OriginEchoAny},
		{"map option", "const cors = require('cors');\nconst OK = new Map([['https://a.example', true]]);\napp.use(cors({ origin: OK }));", policy.OriginEchoAny},
		{"fastify set", "const cors = require('@fastify/cors');\nconst OK = new Set(['https://a.example']);\napp.register(cors, { origin: OK });", policy.OriginEchoAny},
		{"set spread to array", "const cors = require('cors');\nconst OK = new Set(['https://a.example']);\napp.use(cors({ origin: [...OK] }));", policy.OriginList},
		{"plain array", "const cors = require('cors');\nconst OK = ['https://a.example'];\napp.use(cors({ origin: OK }));", policy.OriginList},
		{"set has in callback", "const cors = require('cors');\nconst OK = new Set(['https://a.example']);\napp.use(cors({ origin: (o, cb) => cb(null, OK.has(o)) }));", policy.OriginList},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := parseJSOne(t, "app.js", tc.src)
			if p.Origins.Kind != tc.want {
				t.Fatalf("origins %v (note %q), want %v", p.Origins.Kind, p.Origins.Note, tc.want)
			}
			if tc.want == policy.OriginList {
				if got := accepts(t, p.Origins, "https://attacker.example"); got {
					t.Errorf("list accepts an unrelated origin")
				}
				if got := accepts(t, p.Origins, "https://a.example"); !got {
					t.Errorf("list rejects its own origin")
				}
			}
		})
	}
}

// TestSetInOriginArray: a Set inside an origin array is a truthy non-string
// element, which accepts every origin.
func TestSetInOriginArray(t *testing.T) {
	src := "const cors = require('cors');\nconst OK = new Set(['https://a.example']);\napp.use(cors({ origin: ['https://b.example', OK] }));"
	p := parseJSOne(t, "app.js", src)
	if !accepts(t, p.Origins, "https://attacker.example") {
		t.Fatalf("array holding a Set should accept every origin: %+v", p.Origins.Matchers)
	}
}

// TestKoaSetOriginString: @koa/cors sends a non-string origin's string form;
// for a Set that is "[object Set]", not the joined elements.
func TestKoaSetOriginString(t *testing.T) {
	src := "const cors = require('@koa/cors');\nconst OK = new Set(['https://a.example']);\napp.use(cors({ origin: OK }));"
	p := parseJSOne(t, "app.js", src)
	if p.Origins.Kind != policy.OriginStatic || p.Origins.Value != "[object Set]" {
		t.Fatalf("origins %v %q, want static [object Set]", p.Origins.Kind, p.Origins.Value)
	}
}

// TestGuardConjunctionWithPathTest: an origin test beside a test that does
// not look at the origin (a path) in one `&&` condition still decides which
// origins get the echo (found on a SvelteKit hook shape in the seventh
// round); `!(a || b)` on an early exit splits the same way.
func TestGuardConjunctionWithPathTest(t *testing.T) {
	cases := []struct {
		name   string
		body   string
		accept map[string]bool
	}{
		{"and with path", "if (req.path.startsWith('/api') && origin && origin.endsWith('example.com')) {\n res.setHeader('Access-Control-Allow-Origin', origin);\n }", map[string]bool{
			"https://attackerexample.com": true,
			"https://attacker.example":    false,
		}},
		{"and with allow-list", "if (req.path.startsWith('/api') && OK.has(origin)) {\n res.setHeader('Access-Control-Allow-Origin', origin);\n }", map[string]bool{
			"https://a.example.com":    true,
			"https://attacker.example": false,
		}},
		{"negated or exit", "if (!(req.method === 'GET' || OK.has(origin))) return next();\n res.setHeader('Access-Control-Allow-Origin', origin);", map[string]bool{
			"https://a.example.com":    true,
			"https://attacker.example": false,
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := "const OK = new Set(['https://a.example.com']);\napp.use((req, res, next) => {\n const origin = req.headers.origin;\n " + tc.body + "\n res.setHeader('Vary', 'Origin');\n next();\n});\n"
			p := parseJSOne(t, "app.js", src)
			if p.Origins.Kind == policy.OriginUnknown {
				t.Fatalf("origins unknown: %s", p.Origins.Note)
			}
			for origin, want := range tc.accept {
				if got := accepts(t, p.Origins, origin); got != want {
					t.Errorf("accepts %s = %v, want %v", origin, got, want)
				}
			}
		})
	}
}
