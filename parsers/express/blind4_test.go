package express

import (
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Shapes found by the fourth blind round (testdata/js/blind4_*).

// TestImportedAllowList: an allow-list kept in a sibling module is read
// from that file, with spans there (blind4_mern_employee_api).
func TestImportedAllowList(t *testing.T) {
	const opts = "const cors = require('cors');\nconst allowed = require('./allowedOrigins');\n" +
		"app.use(cors({ origin: (origin, cb) => { if (allowed.indexOf(origin) !== -1 || !origin) cb(null, true); else cb(new Error('no')); }, credentials: true }));\n"
	tests := []struct {
		name   string
		root   files
		src    string
		want   []string // matcher values; nil = origins unknown
		inFile string
	}{
		{
			name: "module.exports identifier",
			root: files{"config/allowedOrigins.js": "const allowedOrigins = [\n  'https://a.example',\n  'http://localhost:3000'\n];\nmodule.exports = allowedOrigins;\n"},
			src:  opts, want: []string{"https://a.example", "http://localhost:3000"}, inFile: "config/allowedOrigins.js",
		},
		{
			name: "named ESM export without extension",
			root: files{"config/origins.ts": "export const ALLOWED = ['https://b.example'];\n"},
			src: "import cors from 'cors';\nimport { ALLOWED } from './origins';\n" +
				"app.use(cors({ origin: ALLOWED }));\n",
			want: []string{"https://b.example"}, inFile: "config/origins.ts",
		},
		{
			name: "exports property",
			root: files{"config/index.js": "exports.origins = ['https://c.example'];\n"},
			src: "const cors = require('cors');\nconst { origins } = require('.');\n" +
				"app.use(cors({ origin: origins }));\n",
			want: []string{"https://c.example"}, inFile: "config/index.js",
		},
		{
			name: "missing module stays unknown",
			root: files{},
			src:  opts,
		},
		{
			name: "a function export does not cross files",
			root: files{"config/allowedOrigins.js": "module.exports = (o) => o;\n"},
			src:  opts,
		},
		{
			name: "outside the scan root",
			root: files{"allowedOrigins.js": "module.exports = ['https://d.example'];\n"},
			src:  "const cors = require('cors');\nconst allowed = require('../../allowedOrigins');\napp.use(cors({ origin: allowed }));\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, notes := New().Parse(parsers.File{Path: "config/corsOptions.js", Data: []byte(tt.src), Read: tt.root.read})
			if len(ps) != 1 {
				t.Fatalf("%d policies (notices %+v), want 1", len(ps), notes)
			}
			o := ps[0].Origins
			if tt.want == nil {
				if o.Kind != policy.OriginUnknown {
					t.Fatalf("origins %+v, want unknown", o)
				}
				return
			}
			if o.Kind != policy.OriginList || len(o.Matchers) != len(tt.want) {
				t.Fatalf("origins %+v, want list %v", o, tt.want)
			}
			for i, m := range o.Matchers {
				if m.Value != tt.want[i] || m.Span.File != tt.inFile {
					t.Errorf("matcher %d = %q in %s, want %q in %s", i, m.Value, m.Span.File, tt.want[i], tt.inFile)
				}
			}
		})
	}
}

// TestImportCycle: two modules importing each other end, unknown.
func TestImportCycle(t *testing.T) {
	root := files{
		"a.js": "const { list } = require('./b');\nexports.list = list;\n",
		"b.js": "const { list } = require('./a');\nexports.list = list;\n",
	}
	src := "const cors = require('cors');\nconst { list } = require('./a');\napp.use(cors({ origin: list }));\n"
	ps, _ := New().Parse(parsers.File{Path: "app.js", Data: []byte(src), Read: root.read})
	if len(ps) != 1 || ps[0].Origins.Kind != policy.OriginUnknown {
		t.Fatalf("policies %+v, want one with unknown origins", ps)
	}
}

// TestOriginFunctionStarFallback: `list.includes(o) ? o : '*'` answers
// every origin outside the list with `*` (blind4_koa_fallback_star_function);
// @koa/cors turns that into an echo with credentials (semantics.md §3.5).
func TestOriginFunctionStarFallback(t *testing.T) {
	const fn = "origin(ctx) { const o = ctx.get('Origin'); return ALLOWED.includes(o) ? o : '*'; }"
	tests := []struct {
		name string
		src  string
		emit policy.EmitKind
		kind policy.OriginKind
	}{
		{"koa without credentials", "app.use(cors({ " + fn + " }));", policy.EmitWildcard, policy.OriginAny},
		{"koa with credentials", "app.use(cors({ " + fn + ", credentials: true }));", policy.EmitOrigin, policy.OriginAny},
		{"if and return", "app.use(cors({ origin(ctx) { const o = ctx.get('Origin'); if (ALLOWED.includes(o)) return o; return '*'; } }));",
			policy.EmitWildcard, policy.OriginAny},
		{"echo fallback stays echo", "app.use(cors({ origin(ctx) { const o = ctx.get('Origin'); return ALLOWED.includes(o) ? o : o; } }));",
			policy.EmitOrigin, policy.OriginEchoAny},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "const cors = require('@koa/cors');\nconst ALLOWED = ['https://a.example'];\n" + tt.src + "\n"
			p := parseJSOne(t, "app.js", src)
			if p.Origins.Kind != tt.kind || p.Origins.Emit != tt.emit {
				t.Fatalf("origins %+v, want %s/%s", p.Origins, tt.kind, tt.emit)
			}
		})
	}
}

// TestComplementary: a set joined with its own complement is every origin;
// with different matchers it is not.
func TestComplementary(t *testing.T) {
	a := otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchExact, Value: "https://a.example"}}}
	b := otest{kind: tSet, ms: []policy.Matcher{{Kind: policy.MatchExact, Value: "https://b.example"}}}
	if got := or(a, a.not()); got.kind != tAll {
		t.Errorf("A or not A = %+v, want all", got)
	}
	if got := or(a, b.not()); got.kind == tAll {
		t.Errorf("A or not B = %+v, want not all", got)
	}
}

// TestDelegateTernaryAnswer: `callback(null, ok ? {origin: true} :
// {origin: false})` answers per branch (blind4_express_delegate_url_hostname).
func TestDelegateTernaryAnswer(t *testing.T) {
	src := "const cors = require('cors');\nfunction delegate(req, callback) {\n" +
		"  const ok = /^https:\\/\\/[a-z]+\\.h\\.example$/.test(req.header('Origin') || '');\n" +
		"  callback(null, ok ? { origin: true, credentials: true } : { origin: false });\n}\n" +
		"app.get('/x', cors(delegate), h);\n"
	p := parseJSOne(t, "app.js", src)
	if p.Origins.Kind != policy.OriginList || len(p.Origins.Matchers) != 1 || p.Origins.Matchers[0].Kind != policy.MatchRegex {
		t.Fatalf("origins %+v, want the one regex", p.Origins)
	}
	if p.Credentials.Value != "true" {
		t.Errorf("credentials %+v, want allowed", p.Credentials)
	}
}
