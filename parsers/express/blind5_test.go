package express

import (
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Shapes found by the fifth blind round (testdata/js/blind5_*).

// accepts reports whether some matcher of the policy takes origin.
func accepts(t *testing.T, o policy.Origins, origin string) bool {
	t.Helper()
	for _, m := range o.Matchers {
		ok, err := m.Match(origin)
		if err != nil {
			t.Fatalf("match %q: %v", m.Value, err)
		}
		if ok {
			return true
		}
	}
	return false
}

// TestMultiStatementHelper: a helper whose body parses the origin in a
// try block, rejects other schemes and then returns a host test is read
// through its return statements; the finding points at the host test, not
// at the scheme check (blind5_express_tenant_hostname_https).
func TestMultiStatementHelper(t *testing.T) {
	src := "const cors = require('cors');\n" +
		"function isTenantOrigin(origin) {\n" +
		"  let url;\n" +
		"  try {\n    url = new URL(origin);\n  } catch (e) {\n    return false;\n  }\n" +
		"  if (url.protocol !== 'https:') return false;\n" +
		"  return url.hostname === 'kanban.example' || url.hostname.endsWith('.kanban.example');\n" +
		"}\n" +
		"app.use(cors({ credentials: true, origin(origin, cb) { if (!origin) return cb(null, false); cb(null, isTenantOrigin(origin)); } }));\n"
	p := parseJSOne(t, "app.js", src)
	if p.Origins.Kind != policy.OriginList {
		t.Fatalf("origins %v (note %q), want a list", p.Origins.Kind, p.Origins.Note)
	}
	for origin, want := range map[string]bool{
		"https://kanban.example":          true,
		"https://team.kanban.example":     true,
		"http://team.kanban.example":      false,
		"https://attackerkanban.example":  false,
		"https://kanban.example.evil.com": false,
	} {
		if got := accepts(t, p.Origins, origin); got != want {
			t.Errorf("accepts %s = %v, want %v", origin, got, want)
		}
	}
	for _, m := range p.Origins.Matchers {
		if m.Span.Start.Line != 10 {
			t.Errorf("matcher %q at line %d, want 10 (the host test)", m.Value, m.Span.Start.Line)
		}
	}
}

// TestMapGetTruthValue: `const rule = origin && ALLOW.get(origin); if
// (rule)` lets in the keys whose values are truthy
// (blind5_http_server_allowlist_map).
func TestMapGetTruthValue(t *testing.T) {
	src := "const http = require('http');\n" +
		"const ALLOW = new Map([['https://a.example', { credentials: true }], ['https://b.example', false]]);\n" +
		"http.createServer((req, res) => {\n" +
		"  const origin = req.headers.origin;\n" +
		"  const rule = origin && ALLOW.get(origin);\n" +
		"  if (rule) res.setHeader('Access-Control-Allow-Origin', origin);\n" +
		"  res.end();\n});\n"
	p := parseJSOne(t, "server.js", src)
	if p.Origins.Kind != policy.OriginList || p.Origins.Emit != policy.EmitOrigin {
		t.Fatalf("origins %+v, want an echoed list", p.Origins)
	}
	if !accepts(t, p.Origins, "https://a.example") || accepts(t, p.Origins, "https://b.example") ||
		accepts(t, p.Origins, "https://evil.example") {
		t.Errorf("matchers %+v, want only https://a.example", matchersOf(p.Origins))
	}
}

// TestHostnameWithinAllowedString: `FRONTENDS.some((f) =>
// f.includes(hostname))` lets in every host that is a piece of an allowed
// origin, on any scheme (blind5_express_hostname_in_origin).
func TestHostnameWithinAllowedString(t *testing.T) {
	src := "const cors = require('cors');\nconst FRONTENDS = ['https://app.shop.example.com'];\n" +
		"app.use(cors({ origin(origin, cb) {\n" +
		"  const { hostname } = new URL(origin);\n" +
		"  cb(null, FRONTENDS.some((f) => f.includes(hostname)));\n} }));\n"
	p := parseJSOne(t, "app.js", src)
	if p.Origins.Kind != policy.OriginList || len(p.Origins.Matchers) != 1 {
		t.Fatalf("origins %+v (note %q)", p.Origins, p.Origins.Note)
	}
	for origin, want := range map[string]bool{
		"https://app.shop.example.com":  true,
		"http://app.shop.example.com":   true,
		"https://example.co":            true,
		"https://shop.example.com:8443": true,
		"https://evil.example":          false,
	} {
		if got := accepts(t, p.Origins, origin); got != want {
			t.Errorf("accepts %s = %v, want %v", origin, got, want)
		}
	}
	if l := p.Origins.Matchers[0].Span.Start.Line; l != 5 {
		t.Errorf("matcher at line %d, want 5 (the test)", l)
	}
}

// TestManualStaticOriginSpan: a fixed Access-Control-Allow-Origin taken
// from a constant points at the constant, as Max-Age does, also across
// files (blind5_express_headers_helper).
func TestManualStaticOriginSpan(t *testing.T) {
	src := "const { ALLOWED_ORIGIN } = require('../config');\n" +
		"module.exports = (req, res, next) => {\n" +
		"  res.setHeader('Access-Control-Allow-Origin', ALLOWED_ORIGIN);\n  next();\n};\n"
	root := files{"src/config.js": "module.exports = {\n  port: 3000,\n  ALLOWED_ORIGIN: 'https://a.example, https://b.example',\n};\n"}
	ps, notes := New().Parse(parsers.File{Path: "src/middleware/cors.js", Data: []byte(src), Read: root.read})
	if len(ps) != 1 {
		t.Fatalf("%d policies (notices %+v)", len(ps), notes)
	}
	o := ps[0].Origins
	if o.Kind != policy.OriginStatic || o.Value != "https://a.example, https://b.example" {
		t.Fatalf("origins %+v", o)
	}
	if o.Span.File != "src/config.js" || o.Span.Start.Line != 3 {
		t.Errorf("origin at %s:%d, want src/config.js:3", o.Span.File, o.Span.Start.Line)
	}
	inline := parseJSOne(t, "a.js", "app.use((req, res, next) => { res.set('Access-Control-Allow-Origin', 'https://a.example'); next(); });\n")
	if inline.Origins.Span.Start.Line != 1 {
		t.Errorf("inline origin at line %d, want 1", inline.Origins.Span.Start.Line)
	}
}
