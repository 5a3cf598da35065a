package express

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Shapes found by the second blind round (testdata/js/blind2_*).

// TestOriginChecksOnParsedURL: a scheme test next to a host test, and the
// names bound by destructuring `new URL(origin)`, narrow the callback; they
// used to read as "does not look at the origin", which made the callback
// reflect every origin.
func TestOriginChecksOnParsedURL(t *testing.T) {
	const pre = "const cors = require('@fastify/cors');\n"
	tests := []struct {
		name, src string
		kind      policy.OriginKind
		matchers  []m
	}{
		{"protocol and hostname",
			"fastify.register(cors, { origin: (origin, cb) => {\n const { protocol, hostname } = new URL(origin);\n if (protocol === 'https:' && hostname.endsWith('.a.example')) { cb(null, true); return }\n cb(new Error('no'), false)\n} })",
			policy.OriginList, []m{{kind: policy.MatchRegex, value: `^(?=[\s\S]*?(?:^https://))(?=[\s\S]*?(?:^https?://[^/]*\.a\.example(?::\d+)?$))`}}},
		{"protocol and two host tests",
			"fastify.register(cors, { origin: (origin, cb) => {\n if (!origin) { cb(null, true); return }\n const { protocol, hostname } = new URL(origin);\n if (protocol === 'https:' && (hostname === 'a.example' || hostname.endsWith('.a.example'))) { cb(null, true); return }\n cb(new Error('no'), false)\n} })",
			policy.OriginList, []m{
				{kind: policy.MatchRegex, value: `^(?=[\s\S]*?(?:^https://))(?=[\s\S]*?(?:^https?://a\.example(?::\d+)?$))`},
				{kind: policy.MatchRegex, value: `^(?=[\s\S]*?(?:^https://))(?=[\s\S]*?(?:^https?://[^/]*\.a\.example(?::\d+)?$))`},
			}},
		{"destructured name in an unknown test still guards",
			"fastify.register(cors, { origin: (origin, cb) => {\n const { port } = new URL(origin);\n if (port === '8443') { cb(null, true); return }\n cb(null, false)\n} })",
			policy.OriginUnknown, []m{}},
		{"URL origin property",
			"fastify.register(cors, { origin: (origin, cb) => cb(null, ['https://a.example'].includes(new URL(origin).origin)) })",
			policy.OriginList, []m{{kind: policy.MatchExact, value: "https://a.example"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "cors.js", pre+tt.src)
			if p.Origins.Kind != tt.kind || !reflect.DeepEqual(matchersOf(p.Origins), tt.matchers) {
				t.Errorf("got %v matchers %+v (note %q)", p.Origins.Kind, matchersOf(p.Origins), p.Origins.Note)
			}
		})
	}
}

// TestTestSpanAtCall: a prefix test over a list defined elsewhere points at
// the test, which is what the user would change; a literal argument keeps
// its own span.
func TestTestSpanAtCall(t *testing.T) {
	src := "const cors = require('cors');\n" +
		"const FRONTENDS = ['https://a.example.com'];\n" +
		"app.use(cors({ credentials: true, origin(o, cb) {\n" +
		"  const ok = FRONTENDS.some((f) => o.startsWith(f));\n" +
		"  cb(null, ok || o.endsWith('.b.example.com'));\n" +
		"} }));\n"
	p := parseJSOne(t, "app.js", src)
	ms := p.Origins.Matchers
	if p.Origins.Kind != policy.OriginList || len(ms) != 2 {
		t.Fatalf("origins %+v", p.Origins)
	}
	if ms[0].Kind != policy.MatchPrefix || ms[0].Span.Start.Line != 4 {
		t.Errorf("prefix test at %+v, want line 4", ms[0].Span)
	}
	if ms[1].Kind != policy.MatchSuffix || ms[1].Span.Start.Line != 5 || ms[1].Span.Start.Col != 29 {
		t.Errorf("suffix literal at %+v, want line 5 col 29", ms[1].Span)
	}
}

// TestComputedValues: products of constants, Array#join and configuration
// lookups with fallbacks.
func TestComputedValues(t *testing.T) {
	t.Run("max age product", func(t *testing.T) {
		p := parseJSOne(t, "app.js", "const cors = require('cors');\nconst HOUR = 60 * 60;\napp.use(cors({ origin: 'https://a.example', maxAge: 12 * HOUR }));")
		if !p.MaxAge.Set || p.MaxAge.Seconds != 43200 {
			t.Errorf("max age %+v", p.MaxAge)
		}
	})
	t.Run("fraction stays unknown", func(t *testing.T) {
		p := parseJSOne(t, "app.js", "const cors = require('cors');\napp.use(cors({ origin: 'https://a.example', maxAge: 7 / 2 }));")
		if p.MaxAge.Seconds == 3 {
			t.Errorf("7 / 2 read as %+v", p.MaxAge)
		}
	})
	t.Run("join", func(t *testing.T) {
		p := parseJSOne(t, "mw.js", "const O = ['https://a.example', 'https://b.example'];\napp.use((req, res, next) => { res.header('Access-Control-Allow-Origin', O.join(', ')); next(); });")
		if p.Origins.Kind != policy.OriginStatic || p.Origins.Value != "https://a.example, https://b.example" {
			t.Errorf("origins %+v", p.Origins)
		}
	})
	tests := []struct {
		name, src string
		kind      policy.OriginKind
		env       string
	}{
		{"config service fallback star", "app.enableCors({ origin: config.get<string>('CORS_ORIGIN')?.split(',') ?? '*', credentials: true });", policy.OriginAny, "CORS_ORIGIN"},
		{"config service default argument", "app.enableCors({ origin: this.configService.get('CORS_ORIGIN', true) });", policy.OriginEchoAny, "CORS_ORIGIN"},
		{"config lookup alone", "app.enableCors({ origin: configService.get('CORS_ORIGIN') });", policy.OriginUnknown, ""},
		{"worker binding fallback", "app.enableCors({ origin: c.env.ALLOWED_ORIGIN || '*' });", policy.OriginAny, "ALLOWED_ORIGIN"},
		{"other receivers are not configuration", "app.enableCors({ origin: cache.get('ORIGIN') || '*' });", policy.OriginUnknown, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "main.ts", "const app = await NestFactory.create(AppModule);\n"+tt.src)
			if p.Origins.Kind != tt.kind || p.Origins.EnvFallback != tt.env {
				t.Errorf("origins %v env %q (note %q)", p.Origins.Kind, p.Origins.EnvFallback, p.Origins.Note)
			}
		})
	}
}

// TestHelperReturnedOrigin: the value written to the header comes from a
// local helper that returns the request origin when it is allowed.
func TestHelperReturnedOrigin(t *testing.T) {
	src := "const ALLOWED = ['https://a.example', 'https://b.example'];\n" +
		"function pick(origin) {\n" +
		"  if (origin && ALLOWED.includes(origin)) return origin;\n" +
		"  return ALLOWED[0];\n" +
		"}\n" +
		"export function middleware(req) {\n" +
		"  const res = NextResponse.next();\n" +
		"  const allow = pick(req.headers.get('origin'));\n" +
		"  res.headers.set('Access-Control-Allow-Origin', allow);\n" +
		"  return res;\n" +
		"}\n"
	ps, notes := New().Parse(parsers.File{Path: "middleware.ts", Data: []byte(src)})
	if len(ps) != 1 || len(notes) != 0 {
		t.Fatalf("%d policies, notices %+v", len(ps), notes)
	}
	o := ps[0].Origins
	want := []m{{kind: policy.MatchExact, value: "https://a.example"}, {kind: policy.MatchExact, value: "https://b.example"}}
	if o.Kind != policy.OriginList || o.Emit != policy.EmitOrigin || !reflect.DeepEqual(matchersOf(o), want) {
		t.Errorf("origins %v emit %v matchers %+v (note %q)", o.Kind, o.Emit, matchersOf(o), o.Note)
	}
}

// TestDelegateOriginTest: a delegate answering `{ origin: <test> }` lets in
// what the test accepts.
func TestDelegateOriginTest(t *testing.T) {
	tests := []struct {
		name, body string
		kind       policy.OriginKind
		matchers   []m
	}{
		{"set has", "const origin = req.header('Origin');\n cb(null, { origin: OK.has(origin), credentials: true });", policy.OriginList,
			[]m{{kind: policy.MatchExact, value: "https://a.example"}}},
		{"suffix", "cb(null, { origin: req.header('Origin').endsWith('a.example') });", policy.OriginList,
			[]m{{kind: policy.MatchSuffix, value: "a.example"}}},
		{"fixed string stays unknown", "cb(null, { origin: 'https://a.example' });", policy.OriginUnknown, []m{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "const cors = require('cors');\nconst OK = new Set(['https://a.example']);\napp.use(cors(function (req, cb) {\n " + tt.body + "\n}));"
			p := parseJSOne(t, "app.js", src)
			if p.Origins.Kind != tt.kind || !reflect.DeepEqual(matchersOf(p.Origins), tt.matchers) {
				t.Errorf("origins %v matchers %+v (note %q)", p.Origins.Kind, matchersOf(p.Origins), p.Origins.Note)
			}
		})
	}
}
