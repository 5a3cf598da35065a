package express

import (
	"io/fs"
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Shapes found by the third blind round (testdata/js/blind3_*).

// files is a scan root in memory for File.Read.
type files map[string]string

func (fsys files) read(rel string) ([]byte, error) {
	if s, ok := fsys[rel]; ok {
		return []byte(s), nil
	}
	return nil, fs.ErrNotExist
}

func TestCanonicalModule(t *testing.T) {
	tests := map[string]string{
		"hono/cors":                                      "hono/cors",
		"npm:hono@4/cors":                                "hono/cors",
		"npm:hono@4.4.0":                                 "hono",
		"npm:@koa/cors@5.0.0":                            "@koa/cors",
		"npm:@koa/cors":                                  "@koa/cors",
		"jsr:@hono/hono/cors":                            "hono/cors",
		"jsr:@hono/hono@^4.5/cors":                       "hono/cors",
		"https://esm.sh/hono@4/cors?target=deno":         "hono/cors",
		"https://cdn.jsdelivr.net/npm/cors@2.8.5":        "cors",
		"node:http":                                      "http",
		"https://deno.land/x/hono@v3.12.0/middleware.ts": "https://deno.land/x/hono@v3.12.0/middleware.ts",
		"./cors":        "./cors",
		"@fastify/cors": "@fastify/cors",
	}
	for in, want := range tests {
		if got := canonicalModule(in); got != want {
			t.Errorf("canonicalModule(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestVersionedImports: a version pin or a registry prefix in the module
// specifier (Deno, Bun, CDNs) still names the library.
func TestVersionedImports(t *testing.T) {
	tests := []struct{ name, src string }{
		{"deno npm hono", "import { cors } from 'npm:hono@4/cors';\napp.use('*', cors({ origin: '*', credentials: true }));"},
		{"jsr hono", "import { cors } from 'jsr:@hono/hono/cors';\napp.use('*', cors({ origin: '*', credentials: true }));"},
		{"esm.sh hono", "import { cors } from 'https://esm.sh/hono@4/cors';\napp.use('*', cors({ origin: '*', credentials: true }));"},
		{"npm koa", "import cors from 'npm:@koa/cors@5';\napp.use(cors({ origin: '*', credentials: true }));"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "main.ts", tt.src)
			if p.Credentials.Value != "true" {
				t.Errorf("credentials %+v, want true", p.Credentials)
			}
		})
	}
}

// TestPreflightHandlers: headers written in a handler that only answers
// OPTIONS (an exported OPTIONS route handler, app.options) are a preflight
// answer, which shared caches do not store (no CORS018).
func TestPreflightHandlers(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
	}{
		{"exported function", "export async function OPTIONS(req) {\n  return new Response(null, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') } });\n}", true},
		{"exported arrow", "export const OPTIONS = async (req) => new Response(null, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') } });", true},
		{"app.options", "app.options('/api/*', (req, res) => {\n  res.set('Access-Control-Allow-Origin', req.get('origin'));\n  res.sendStatus(204);\n});", true},
		{"GET handler", "export async function GET(req) {\n  return new Response('{}', { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') } });\n}", false},
		{"app.get", "app.get('/api/x', (req, res) => {\n  res.set('Access-Control-Allow-Origin', req.get('origin'));\n  res.json({});\n});", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "route.ts", tt.src)
			if p.PreflightOnly != tt.want {
				t.Errorf("PreflightOnly = %v, want %v", p.PreflightOnly, tt.want)
			}
			if p.Origins.Kind != policy.OriginEchoAny {
				t.Errorf("origins %v, want echo-any", p.Origins.Kind)
			}
		})
	}
}

// TestAssignedHeaderWrites: headers stored into a headers object by
// assignment are response headers; request headers set on clients are not.
func TestAssignedHeaderWrites(t *testing.T) {
	t.Run("lambda result", func(t *testing.T) {
		src := "const ALLOWED = 'https://a.example.com https://b.example.com';\n" +
			"exports.handler = async (event) => {\n" +
			"  const origin = event.headers.origin || '';\n" +
			"  const headers = { 'Content-Type': 'application/json' };\n" +
			"  if (ALLOWED.includes(origin)) {\n" +
			"    headers['Access-Control-Allow-Origin'] = origin;\n" +
			"    headers['Access-Control-Max-Age'] = '86400';\n" +
			"  }\n" +
			"  return { statusCode: 200, headers, body: '' };\n" +
			"};\n"
		p := parseJSOne(t, "handler.js", src)
		want := []m{{kind: policy.MatchWithin, value: "https://a.example.com https://b.example.com"}}
		if p.Origins.Kind != policy.OriginList || !reflect.DeepEqual(matchersOf(p.Origins), want) {
			t.Errorf("origins %v %+v", p.Origins.Kind, matchersOf(p.Origins))
		}
		if p.Span.Start.Line != 6 || p.Vary.Origin != policy.VaryNever || p.MaxAge.Seconds != 86400 {
			t.Errorf("span line %d, vary %v, max age %+v", p.Span.Start.Line, p.Vary.Origin, p.MaxAge)
		}
	})
	t.Run("vary by assignment", func(t *testing.T) {
		src := "function cors(origin, headers) {\n  if (origin === 'https://a.example.com') {\n    headers['access-control-allow-origin'] = origin;\n    headers.Vary = 'Origin';\n  }\n}\n"
		p := parseJSOne(t, "cors.js", src)
		if p.Vary.Origin != policy.VaryAlways {
			t.Errorf("vary %v, want always", p.Vary.Origin)
		}
	})
	for name, src := range map[string]string{
		"axios defaults":    "axios.defaults.headers.common['Access-Control-Allow-Origin'] = '*';",
		"interceptor":       "api.interceptors.request.use((config) => {\n  config.headers['Access-Control-Allow-Origin'] = '*';\n  return config;\n});",
		"edge header array": "exports.handler = async (event) => {\n  const response = event.Records[0].cf.response;\n  response.headers['access-control-allow-origin'] = [{ key: 'Access-Control-Allow-Origin', value: '*' }];\n  return response;\n};",
	} {
		t.Run(name, func(t *testing.T) {
			ps, _ := New().Parse(parsers.File{Path: "client.js", Data: []byte(src)})
			want := 0
			if name == "edge header array" {
				want = 1 // the [{ key, value }] list, read once
			}
			if len(ps) != want {
				t.Errorf("%d policies, want %d: %+v", len(ps), want, ps)
			}
		})
	}
}

// TestObjectKeyLookup: an object keyed by origin is an allow-list.
func TestObjectKeyLookup(t *testing.T) {
	const pre = "const ORIGINS = { 'https://a.example.com': true, 'https://old.example.com': false, null: true };\n" +
		"app.use((req, res, next) => {\n  const origin = req.header('origin');\n"
	const post = " res.header('Access-Control-Allow-Origin', origin);\n  next();\n});\n"
	tests := []struct {
		name, cond string
		kind       policy.OriginKind
		matchers   []m
	}{
		{"truthy lookup", "ORIGINS[origin]", policy.OriginList,
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchNull, value: "null"}}},
		{"in", "origin in ORIGINS", policy.OriginList,
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchExact, value: "https://old.example.com"}, {kind: policy.MatchNull, value: "null"}}},
		{"hasOwnProperty", "ORIGINS.hasOwnProperty(origin)", policy.OriginList,
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchExact, value: "https://old.example.com"}, {kind: policy.MatchNull, value: "null"}}},
		{"Object.hasOwn", "Object.hasOwn(ORIGINS, origin)", policy.OriginList,
			[]m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchExact, value: "https://old.example.com"}, {kind: policy.MatchNull, value: "null"}}},
		{"negated lookup is a deny-list", "!ORIGINS[origin]", policy.OriginEchoAny, []m{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "cors.js", pre+"  if ("+tt.cond+")"+post)
			if p.Origins.Kind != tt.kind || !reflect.DeepEqual(matchersOf(p.Origins), tt.matchers) {
				t.Errorf("got %v %+v (note %q)", p.Origins.Kind, matchersOf(p.Origins), p.Origins.Note)
			}
		})
	}
	t.Run("object with an unknown spread", func(t *testing.T) {
		src := "const ORIGINS = { ...loadOrigins(), 'https://a.example.com': true };\n" +
			"app.use((req, res, next) => {\n  const origin = req.header('origin');\n  if (ORIGINS[origin])" + post
		p := parseJSOne(t, "cors.js", src)
		if p.Origins.Kind == policy.OriginList && len(p.Origins.Matchers) == 1 {
			t.Errorf("an open object read as a complete list: %+v", p.Origins)
		}
	})
}

// TestReassignedURLPart: `let host = ”; try { host = new URL(origin).host }
// catch { host = ” }` is a test on the host; a name assigned several times
// from the origin is never taken for one that does not look at it.
func TestReassignedURLPart(t *testing.T) {
	const pre = "const HOSTS = ['app.example.com'];\nexport function middleware(req) {\n  const origin = req.headers.get('origin');\n  const res = NextResponse.next();\n"
	t.Run("try catch host", func(t *testing.T) {
		src := pre + "  let host = '';\n  try {\n    host = new URL(origin).host;\n  } catch {\n    host = '';\n  }\n" +
			"  if (HOSTS.includes(host)) {\n    res.headers.set('Access-Control-Allow-Origin', origin);\n  }\n  return res;\n}\n"
		p := parseJSOne(t, "middleware.ts", src)
		want := []m{{kind: policy.MatchRegex, value: `^https?://app\.example\.com$`}}
		if p.Origins.Kind != policy.OriginList || !reflect.DeepEqual(matchersOf(p.Origins), want) {
			t.Errorf("got %v %+v (note %q)", p.Origins.Kind, matchersOf(p.Origins), p.Origins.Note)
		}
	})
	t.Run("two different derivations", func(t *testing.T) {
		src := pre + "  let name = new URL(origin).hostname;\n  if (flag) name = origin.slice(8);\n" +
			"  if (HOSTS.includes(name)) {\n    res.headers.set('Access-Control-Allow-Origin', origin);\n  }\n  return res;\n}\n"
		p := parseJSOne(t, "middleware.ts", src)
		if p.Origins.Kind != policy.OriginUnknown {
			t.Errorf("got %v %+v, want unknown (not echo-any)", p.Origins.Kind, matchersOf(p.Origins))
		}
	})
}

// TestPartialOriginFunction: a check corslint cannot read does not hide a
// readable one after it when the unreadable branch accepts: what the
// readable check lets in passes either way.
func TestPartialOriginFunction(t *testing.T) {
	const pre = "const cors = require('@fastify/cors');\nexport async function register(app, allowed) {\n  await app.register(cors, { origin: (origin, cb) => {\n    if (!origin) return cb(null, true);\n"
	const post = "    cb(null, false);\n  } });\n}\n"
	tests := []struct {
		name, body string
		kind       policy.OriginKind
		matchers   []m
	}{
		{"accepting unknown exit, then a regex",
			"    if (allowed.includes(origin)) {\n      return cb(null, true);\n    }\n    if (/localhost:\\d+$/.test(origin)) return cb(null, true);\n",
			policy.OriginList, []m{{kind: policy.MatchRegex, value: `localhost:\d+$`}}},
		{"unknown or regex in one test",
			"    if (allowed.includes(origin) || /\\.example\\.com$/.test(origin)) return cb(null, true);\n",
			policy.OriginList, []m{{kind: policy.MatchRegex, value: `\.example\.com$`}}},
		{"rejecting unknown exit keeps narrowing",
			"    if (allowed.includes(origin)) return cb(new Error('blocked'));\n    if (/localhost:\\d+$/.test(origin)) return cb(null, true);\n",
			policy.OriginUnknown, []m{}},
		{"accepting unknown branch, regex in the else branch",
			"    if (allowed.indexOf(origin) !== -1) {\n      cb(null, true);\n    } else if (origin.endsWith('.netlify.app')) {\n      cb(null, true);\n    } else {\n      cb(new Error('no'));\n    }\n    return;\n",
			policy.OriginList, []m{{kind: policy.MatchSuffix, value: ".netlify.app"}}},
		{"negated partial is unknown",
			"    return cb(null, !(allowed.includes(origin) || /x/.test(origin)));\n",
			policy.OriginUnknown, []m{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "cors.ts", pre+tt.body+post)
			if p.Origins.Kind != tt.kind || !reflect.DeepEqual(matchersOf(p.Origins), tt.matchers) {
				t.Errorf("got %v %+v (note %q)", p.Origins.Kind, matchersOf(p.Origins), p.Origins.Note)
			}
		})
	}
}

// TestMatchWithNameArgument: `domains.find((d) => origin.match(d))` points
// at the test, like a substring test over a list.
func TestMatchWithNameArgument(t *testing.T) {
	src := "const cors = require('cors');\nconst domains = ['a.example'];\n" +
		"app.use(cors({ credentials: true, origin(origin, cb) {\n" +
		"  const hit = domains.find((d) => origin.match(d));\n" +
		"  cb(null, Boolean(hit));\n} }));\n"
	p := parseJSOne(t, "app.js", src)
	ms := p.Origins.Matchers
	if p.Origins.Kind != policy.OriginList || len(ms) != 1 || ms[0].Kind != policy.MatchRegex || ms[0].Value != "a.example" {
		t.Fatalf("origins %+v", p.Origins)
	}
	if ms[0].Span.Start.Line != 4 {
		t.Errorf("match test at line %d, want 4", ms[0].Span.Start.Line)
	}
}

// TestKoaVersionFromPackageJSON: the nearest package.json that declares
// @koa/cors decides its default origin (echo before 5.0.0).
func TestKoaVersionFromPackageJSON(t *testing.T) {
	const src = "const Koa = require('koa');\nconst cors = require('@koa/cors');\nconst app = new Koa();\napp.use(cors());\n"
	tests := []struct {
		name       string
		root       files
		configured string
		kind       policy.OriginKind
		version    string
	}{
		{"v3 in the app's package.json", files{"svc/package.json": `{"dependencies": {"@koa/cors": "^3.4.3"}}`},
			"", policy.OriginEchoAny, "3.4.3 (from package.json)"},
		{"v5", files{"svc/package.json": `{"dependencies": {"@koa/cors": "^5.0.0"}}`},
			"", policy.OriginAny, "5.0.0 (from package.json)"},
		{"hoisted to the workspace root", files{"svc/package.json": `{"name": "svc"}`, "package.json": `{"devDependencies": {"kcors": "~2.2.0"}}`},
			"", policy.OriginEchoAny, "2.2.0 (from package.json)"},
		{"a tag says nothing", files{"svc/package.json": `{"dependencies": {"@koa/cors": "latest"}}`},
			"", policy.OriginAny, DefaultKoaCorsVersion + " (assumed)"},
		{"configured version wins", files{"svc/package.json": `{"dependencies": {"@koa/cors": "^3.4.3"}}`},
			"5.0.0", policy.OriginAny, "5.0.0 (assumed)"},
		{"no package.json", files{}, "", policy.OriginAny, DefaultKoaCorsVersion + " (assumed)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, notes := Parser{KoaCorsVersion: tt.configured}.Parse(parsers.File{Path: "svc/src/app.js", Data: []byte(src), Read: tt.root.read})
			if len(ps) != 1 {
				t.Fatalf("%d policies (%+v)", len(ps), notes)
			}
			if ps[0].Origins.Kind != tt.kind || ps[0].Version != tt.version {
				t.Errorf("origins %v version %q, want %v %q", ps[0].Origins.Kind, ps[0].Version, tt.kind, tt.version)
			}
		})
	}
}

func TestLowestVersion(t *testing.T) {
	for in, want := range map[string]string{
		"^3.4.3": "3.4.3", "~4.0.0": "4.0.0", ">=4 <6": "4", "3.x": "3.x", "v5.0.0": "5.0.0",
		"~2.0.0 || ^3": "2.0.0", "latest": "", "workspace:*": "", "file:../cors": "", "*": "",
		"npm:@koa/cors@^4.0.0": "4.0.0",
	} {
		if got := lowestVersion(in); got != want {
			t.Errorf("lowestVersion(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNodeConfigOverlay: a node-config overlay without `origin` keeps the
// base file's origin rather than the cors package's default `*`;
// custom-environment-variables.json holds variable names.
func TestNodeConfigOverlay(t *testing.T) {
	const overlay = `{"cors": {"credentials": true, "exposedHeaders": ["X-Session-Id"]}}`
	root := files{"config/default.json": `{"cors": {"origin": ["https://a.example.com"]}}`}
	parse := func(path, src string, read func(string) ([]byte, error)) []policy.Policy {
		ps, _ := Parser{}.Parse(parsers.File{Path: path, Data: []byte(src), Read: read})
		return ps
	}
	t.Run("overlay", func(t *testing.T) {
		ps := parse("config/production.json", overlay, root.read)
		if len(ps) != 1 || ps[0].Origins.Kind != policy.OriginUnknown {
			t.Fatalf("policies %+v, want one with an unknown origin", ps)
		}
		if len(ps[0].ExposeHeaders.Values) != 1 {
			t.Errorf("expose headers %+v", ps[0].ExposeHeaders)
		}
	})
	t.Run("no base file", func(t *testing.T) {
		ps := parse("config/production.json", overlay, files{}.read)
		if len(ps) != 1 || ps[0].Origins.Kind != policy.OriginAny {
			t.Fatalf("policies %+v, want the package default", ps)
		}
	})
	t.Run("base file itself", func(t *testing.T) {
		ps := parse("config/default.json", `{"cors": {"credentials": true}}`, root.read)
		if len(ps) != 1 || ps[0].Origins.Kind != policy.OriginAny {
			t.Fatalf("policies %+v, want the package default", ps)
		}
	})
	t.Run("origin in the overlay", func(t *testing.T) {
		ps := parse("config/staging.json", `{"cors": {"origin": true}}`, root.read)
		if len(ps) != 1 || ps[0].Origins.Kind != policy.OriginEchoAny {
			t.Fatalf("policies %+v, want echo-any", ps)
		}
	})
	t.Run("environment variable names", func(t *testing.T) {
		if ps := parse("config/custom-environment-variables.json", `{"cors": {"origin": "CORS_ORIGIN"}}`, root.read); len(ps) != 0 {
			t.Fatalf("policies %+v, want none", ps)
		}
	})
}

// TestMapAllowList: `new Map([[origin, ...]]).has(origin)` is membership of
// the keys.
func TestMapAllowList(t *testing.T) {
	src := "const allowed = new Map([['https://a.example.com', 'a'], ['http://b.example.com', 'b']]);\n" +
		"module.exports = (req, res, next) => {\n  if (allowed.has(req.headers.origin)) {\n" +
		"    res.setHeader('Access-Control-Allow-Origin', req.headers.origin);\n  }\n  next();\n};\n"
	p := parseJSOne(t, "cors.js", src)
	want := []m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchExact, value: "http://b.example.com"}}
	if p.Origins.Kind != policy.OriginList || !reflect.DeepEqual(matchersOf(p.Origins), want) {
		t.Errorf("got %v %+v (note %q)", p.Origins.Kind, matchersOf(p.Origins), p.Origins.Note)
	}
}
