package express

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// m is a compact matcher description for comparisons: kind, value and the
// flags that matter.
type m struct {
	kind  policy.MatcherKind
	value string
	icase bool
	env   string
	dev   bool
}

func matchersOf(o policy.Origins) []m {
	out := []m{}
	for _, x := range o.Matchers {
		out = append(out, m{x.Kind, x.Value, x.IgnoreCase, x.EnvFallback, x.Dev})
	}
	return out
}

func TestSourceOrigins(t *testing.T) {
	const pre = "const cors = require('cors');\nconst app = require('express')();\n"
	tests := []struct {
		name, src string
		kind      policy.OriginKind
		emit      policy.EmitKind
		value     string
		matchers  []m
		env       string
	}{
		{"default", "app.use(cors())", policy.OriginAny, policy.EmitWildcard, "", []m{}, ""},
		{"star", "app.use(cors({origin: '*'}))", policy.OriginAny, policy.EmitWildcard, "", []m{}, ""},
		{"static", "app.use(cors({origin: 'https://a.example.com'}))", policy.OriginStatic, 0, "https://a.example.com", []m{}, ""},
		{"true", "app.use(cors({origin: true}))", policy.OriginEchoAny, policy.EmitOrigin, "", []m{}, ""},
		{"regex i", "app.use(cors({origin: /^https:\\/\\/a\\.example\\.com$/i}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchRegex, value: `^https:\/\/a\.example\.com$`, icase: true}}, ""},
		{"new RegExp", "app.use(cors({origin: new RegExp('^https://a\\\\.example\\\\.com$')}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchRegex, value: `^https://a\.example\.com$`}}, ""},
		{"array", "const list = ['https://a.example.com', /b\\.example\\.com$/, 'null', true];\napp.use(cors({origin: list}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchRegex, value: `b\.example\.com$`},
				{kind: policy.MatchNull, value: "null"}, {kind: policy.MatchAll, value: "true"}}, ""},
		{"string slash is not a regex", "app.use(cors({origin: ['/x/']}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "/x/"}}, ""},
		{"env", "app.use(cors({origin: process.env.ORIGIN}))", policy.OriginUnknown, 0, "", []m{}, ""},
		{"env fallback", "app.use(cors({origin: process.env.ORIGIN || 'http://localhost:3000'}))", policy.OriginStatic, 0, "http://localhost:3000", []m{}, "ORIGIN"},
		{"env fallback true", "app.use(cors({origin: process.env['ORIGIN'] || true}))", policy.OriginEchoAny, policy.EmitOrigin, "", []m{}, "ORIGIN"},
		{"env split fallback", "app.use(cors({origin: (process.env.ORIGINS || 'https://a.example.com, http://localhost:5173').split(',').map((s) => s.trim())}))",
			policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "https://a.example.com", env: "ORIGINS"}, {kind: policy.MatchExact, value: "http://localhost:5173", env: "ORIGINS"}}, "ORIGINS"},
		{"env optional split", "app.use(cors({origin: process.env.ORIGINS?.split(',') ?? ['http://localhost:3000']}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "http://localhost:3000", env: "ORIGINS"}}, "ORIGINS"},
		{"dev ternary", "const isDev = process.env.NODE_ENV !== 'production';\napp.use(cors({origin: isDev ? true : 'https://a.example.com'}))",
			policy.OriginStatic, 0, "https://a.example.com", []m{}, ""},
		{"dev push", "const o = ['https://a.example.com'];\nif (process.env.NODE_ENV === 'development') o.push('http://localhost:3000');\napp.use(cors({origin: o}))",
			policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchExact, value: "http://localhost:3000", dev: true}}, ""},
		{"callback echo", "app.use(cors({origin: (origin, cb) => cb(null, true)}))", policy.OriginEchoAny, policy.EmitOrigin, "", []m{}, ""},
		{"callback echo origin", "app.use(cors({origin: (origin, cb) => { cb(null, origin) }}))", policy.OriginEchoAny, policy.EmitOrigin, "", []m{}, ""},
		{"callback list", "const allow = ['https://a.example.com'];\napp.use(cors({origin(origin, callback) {\n if (!origin || allow.indexOf(origin) !== -1) { callback(null, true) } else { callback(new Error('no')) }\n}}))",
			policy.OriginList, policy.EmitOrigin, "", []m{{kind: policy.MatchExact, value: "https://a.example.com"}}, ""},
		{"callback early return", "const allow = new Set(['https://a.example.com']);\napp.use(cors({origin: function (o, cb) {\n if (!allow.has(o)) return cb(new Error('x'));\n return cb(null, true);\n}}))",
			policy.OriginList, policy.EmitOrigin, "", []m{{kind: policy.MatchExact, value: "https://a.example.com"}}, ""},
		{"callback endsWith", "app.use(cors({origin: (origin, cb) => cb(null, origin.endsWith('.example.com'))}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchSuffix, value: ".example.com"}}, ""},
		{"callback includes", "app.use(cors({origin: (o, cb) => cb(null, o.indexOf('example.com') !== -1)}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchContains, value: "example.com"}}, ""},
		{"callback regex test", "const re = /^https:\\/\\/a\\.example\\.com$/;\napp.use(cors({origin: (o, cb) => cb(null, re.test(o))}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchRegex, value: `^https:\/\/a\.example\.com$`}}, ""},
		{"callback some", "const sfx = ['.a.example', '.b.example'];\napp.use(cors({origin: (o, cb) => cb(null, sfx.some((s) => o.endsWith(s)))}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchSuffix, value: ".a.example"}, {kind: policy.MatchSuffix, value: ".b.example"}}, ""},
		{"callback helper", "function ok(x) { return x === 'https://a.example.com'; }\napp.use(cors({origin: (o, cb) => cb(null, ok(o))}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}}, ""},
		{"callback passes array", "app.use(cors({origin: (o, cb) => cb(null, ['https://a.example.com'])}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}}, ""},
		{"callback and", "app.use(cors({origin: (o, cb) => cb(null, o.startsWith('https://') && o.endsWith('.example.com'))}))", policy.OriginList, policy.EmitOrigin, "",
			[]m{{kind: policy.MatchRegex, value: `^(?=https://)(?=[\s\S]*\.example\.com$)`}}, ""},
		{"callback unknown", "app.use(cors({origin: (o, cb) => lookup(o).then((r) => cb(null, r))}))", policy.OriginUnknown, 0, "", []m{}, ""},
		{"cycle", "const a = b;\nconst b = a;\napp.use(cors({origin: a}))", policy.OriginUnknown, 0, "", []m{}, ""},
		{"alias import", "import corsMw from 'cors';\napp.use(corsMw({origin: true}))", policy.OriginEchoAny, policy.EmitOrigin, "", []m{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "app.js", pre+tt.src)
			o := p.Origins
			if p.Framework != "express-cors" || o.Kind != tt.kind || o.Kind != policy.OriginStatic && o.Kind != policy.OriginUnknown && o.Emit != tt.emit ||
				o.Value != tt.value || o.EnvFallback != tt.env || !reflect.DeepEqual(matchersOf(o), tt.matchers) {
				t.Errorf("got %s %v emit %v value %q env %q matchers %+v (note %q)", p.Framework, o.Kind, o.Emit, o.Value, o.EnvFallback, matchersOf(o), o.Note)
			}
			if o.Kind == policy.OriginUnknown && o.Note == "" {
				t.Errorf("unknown origin without a note")
			}
			if o.Kind != policy.OriginNone && !o.Default && o.Span.IsZero() {
				t.Errorf("origin without span")
			}
		})
	}
}

func TestSourceFrameworks(t *testing.T) {
	tests := []struct {
		name, path, src string
		framework       string
		kind            policy.OriginKind
		emit            policy.EmitKind
		vary            policy.VaryMode
		creds           string
		credsAlways     bool
		methods         string
		dflt            bool
	}{
		{"nest enableCors", "main.ts", "const app = await NestFactory.create(AppModule);\napp.enableCors();",
			"nestjs", policy.OriginAny, policy.EmitWildcard, policy.VaryNever, "", false, defaultMethods, true},
		{"nest create cors object", "main.ts", "const app = await NestFactory.create(AppModule, { cors: { origin: ['https://a.example.com'], credentials: true } });",
			"nestjs", policy.OriginList, policy.EmitOrigin, policy.VaryAlways, "true", true, defaultMethods, false},
		{"nest fastify", "main.ts", "import { FastifyAdapter } from '@nestjs/platform-fastify';\nconst app = await NestFactory.create(AppModule, new FastifyAdapter());\napp.enableCors({ origin: 'https://a.example.com' });",
			"nestjs", policy.OriginStatic, 0, policy.VaryNever, "", false, fastifyDefaultMethods, false},
		{"fastify string", "app.js", "const cors = require('@fastify/cors');\nfastify.register(cors, { origin: 'https://a.example.com', credentials: 'yes' });",
			"fastify-cors", policy.OriginStatic, 0, policy.VaryNever, "true", true, fastifyDefaultMethods, false},
		{"fastify regex", "app.js", "import cors from '@fastify/cors';\nawait app.register(cors, { origin: /\\.example\\.com$/ });",
			"fastify-cors", policy.OriginList, policy.EmitOrigin, policy.VaryAlways, "", false, fastifyDefaultMethods, false},
		{"fastify default", "app.js", "import cors from '@fastify/cors';\nawait app.register(cors);",
			"fastify-cors", policy.OriginAny, policy.EmitWildcard, policy.VaryNever, "", false, fastifyDefaultMethods, true},
		{"koa default", "app.js", "const cors = require('@koa/cors');\napp.use(cors());",
			"koa-cors", policy.OriginAny, policy.EmitWildcard, policy.VaryAlways, "", false, koaDefaultMethods, true},
		{"koa credentials", "app.js", "import cors from '@koa/cors';\napp.use(cors({ credentials: true, allowMethods: ['GET'] }));",
			"koa-cors", policy.OriginAny, policy.EmitOrigin, policy.VaryAlways, "true", false, "GET", true},
		{"koa star credentials", "app.js", "import cors from '@koa/cors';\napp.use(cors({ origin: '*', credentials: true }));",
			"koa-cors", policy.OriginAny, policy.EmitOrigin, policy.VaryAlways, "true", false, koaDefaultMethods, false},
		{"koa function list", "app.js", "import cors from '@koa/cors';\nconst ok = ['https://a.example.com'];\napp.use(cors({ origin: (ctx) => ok.includes(ctx.get('Origin')) ? ctx.get('Origin') : false }));",
			"koa-cors", policy.OriginList, policy.EmitOrigin, policy.VaryAlways, "", false, koaDefaultMethods, false},
		{"socket.io", "io.js", "const { Server } = require('socket.io');\nconst io = new Server(server, { cors: { origin: 'https://a.example.com' } });",
			"socket.io", policy.OriginStatic, 0, policy.VaryAlways, "", false, defaultMethods, false},
		{"socket.io call", "io.js", "const io = require('socket.io')(server, { cors: true });",
			"socket.io", policy.OriginAny, policy.EmitWildcard, policy.VaryNever, "", false, defaultMethods, true},
		{"manual echo", "mw.js", "app.use((req, res, next) => { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); res.setHeader('Access-Control-Allow-Credentials', true); next(); });",
			"express", policy.OriginEchoAny, policy.EmitOrigin, policy.VaryNever, "true", false, "", false},
		{"manual list vary", "mw.js", "const ok = ['https://a.example.com'];\napp.use((req, res, next) => {\n const o = req.get('Origin');\n if (!ok.includes(o)) return next();\n res.set({ 'Access-Control-Allow-Origin': o, Vary: 'Origin' });\n next();\n});",
			"express", policy.OriginList, policy.EmitOrigin, policy.VaryAlways, "", false, "", false},
		{"manual koa ctx", "mw.js", "app.use(async (ctx, next) => { ctx.set('Access-Control-Allow-Origin', 'https://a.example.com'); ctx.vary('Origin'); await next(); });",
			"express", policy.OriginStatic, 0, policy.VaryAlways, "", false, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, tt.path, tt.src)
			o := p.Origins
			if p.Framework != tt.framework || o.Kind != tt.kind || (o.Kind == policy.OriginAny || o.Kind == policy.OriginList) && o.Emit != tt.emit ||
				p.Vary.Origin != tt.vary || p.Credentials.Value != tt.creds || p.Credentials.Always != tt.credsAlways ||
				p.AllowMethods.Raw != tt.methods || o.Default != tt.dflt {
				t.Errorf("got %s origin %v emit %v default %v vary %v creds %q always %v methods %q (note %q)",
					p.Framework, o.Kind, o.Emit, o.Default, p.Vary.Origin, p.Credentials.Value, p.Credentials.Always, p.AllowMethods.Raw, o.Note)
			}
			if p.Span.IsZero() || p.Span.File != tt.path {
				t.Errorf("policy span %+v", p.Span)
			}
		})
	}
}

func TestKoaVersion(t *testing.T) {
	src := "const cors = require('@koa/cors');\napp.use(cors());"
	ps, _ := Parser{KoaCorsVersion: "4.0.0"}.Parse(parsers.File{Path: "a.js", Data: []byte(src)})
	if len(ps) != 1 || ps[0].Origins.Kind != policy.OriginEchoAny || !ps[0].Origins.Default || !strings.Contains(ps[0].Version, "4.0.0") {
		t.Fatalf("@koa/cors 4 default: %+v", ps)
	}
	p := parseJSOne(t, "a.js", src)
	if !strings.Contains(p.Version, DefaultKoaCorsVersion) || !strings.Contains(p.Version, "assumed") {
		t.Errorf("version %q does not say the assumption", p.Version)
	}
}

func TestSourceScopesAndMerging(t *testing.T) {
	src := "const cors = require('cors');\nconst opts = { origin: true };\napp.options('*', cors(opts));\napp.use(cors(opts));\napp.get('/x', cors({ origin: 'https://a.example.com' }), h);\nrouter.use('/api', cors());\napp.options('/pre', cors());"
	ps, _ := New().Parse(parsers.File{Path: "a.js", Data: []byte(src)})
	var scopes []string
	var pre []bool
	for _, p := range ps {
		scopes = append(scopes, p.Scope)
		pre = append(pre, p.PreflightOnly)
	}
	wantScopes := []string{"OPTIONS *, all routes", "GET /x", "/api", "OPTIONS /pre"}
	if !reflect.DeepEqual(scopes, wantScopes) || !reflect.DeepEqual(pre, []bool{false, false, false, true}) {
		t.Errorf("scopes %q preflight-only %v, want %q", scopes, pre, wantScopes)
	}
}

func TestSourceSpansAndDev(t *testing.T) {
	src := "const cors = require('cors');\n" +
		"app.use(cors({\n" +
		"  origin: ['https://a.example.com', 'http://localhost:3000'],\n" +
		"  credentials: true,\n" +
		"  maxAge: 7200,\n" +
		"}));\n" +
		"if (process.env.NODE_ENV !== 'production') {\n" +
		"  app.use(cors({ origin: 'http://localhost:5173' }));\n" +
		"}\n"
	ps, notes := New().Parse(parsers.File{Path: "srv/app.js", Data: []byte(src)})
	if len(ps) != 2 || len(notes) != 0 {
		t.Fatalf("%d policies, notices %+v", len(ps), notes)
	}
	p := ps[0]
	sp := func(l1, c1, l2, c2 int) policy.Span {
		return policy.Span{File: "srv/app.js", Start: policy.Pos{Line: l1, Col: c1}, End: policy.Pos{Line: l2, Col: c2}}
	}
	checks := []struct {
		name      string
		got, want policy.Span
	}{
		{"policy", p.Span, sp(2, 9, 6, 3)},
		{"origin", p.Origins.Span, sp(3, 11, 3, 61)},
		{"entry", p.Origins.Matchers[1].Span, sp(3, 37, 3, 60)},
		{"credentials", p.Credentials.Span, sp(4, 16, 4, 20)},
		{"maxAge", p.MaxAge.Span, sp(5, 11, 5, 15)},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s span %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if p.Dev || !ps[1].Dev {
		t.Errorf("dev flags %v %v, want false true", p.Dev, ps[1].Dev)
	}
	if p.MaxAge.Seconds != 7200 {
		t.Errorf("max age %+v", p.MaxAge)
	}
}

func TestSourceNotices(t *testing.T) {
	tests := []struct {
		name, src string
		notices   int
		policies  int
	}{
		{"syntax error still read", "const cors = require('cors');\napp.use(cors());\nfunction (\n", 1, 1},
		{"unreadable callback", "const cors = require('cors');\napp.use(cors({ origin: (o, cb) => check(o, cb) }));", 1, 1},
		{"env list is configuration", "const cors = require('cors');\nconst l = process.env.L.split(',');\napp.use(cors({ origin: (o, cb) => cb(null, l.includes(o)) }));", 0, 1},
		{"manual unreadable check", "app.use((req, res, next) => { const o = req.headers.origin; if (check(o)) res.setHeader('Access-Control-Allow-Origin', o); next(); });", 1, 1},
		{"not cors", "const cors = makeCors();\nconsole.log('cors');", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, notes := New().Parse(parsers.File{Path: "a.js", Data: []byte(tt.src)})
			if len(notes) != tt.notices || len(ps) != tt.policies {
				t.Errorf("%d policies, notices %+v", len(ps), notes)
			}
			for _, n := range notes {
				if n.Span.File != "a.js" || n.Span.Start.Line < 1 {
					t.Errorf("notice without position: %+v", n)
				}
			}
		})
	}
}
