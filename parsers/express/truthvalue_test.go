package express

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/policy"
)

// Origin checks whose truth value is not what they look like: indexOf used
// as a boolean, a list that holds the request origin itself, a string
// searched instead of a list (blind round on real-world shapes).
func TestTruthValueChecks(t *testing.T) {
	const pre = "const cors = require('cors');\nconst app = require('express')();\nconst list = ['https://a.example.com', 'https://b.example.com'];\n"
	tests := []struct {
		name, src string
		kind      policy.OriginKind
		matchers  []m
		line      int // of the first matcher, 0 = not checked
	}{
		{"indexOf of a boolean is -1, which is truthy",
			"app.use(cors({ origin: (origin, cb) => {\n  if (list.indexOf(origin !== -1 || !origin)) {\n    cb(null, true)\n  } else { cb(new Error('no')) }\n} }))",
			policy.OriginList, []m{{kind: policy.MatchAll, value: "list.indexOf(origin !== -1 || !origin)"}}, 5},
		{"indexOf of a boolean compared with -1 never matches",
			"app.use(cors({ origin: (origin, cb) => cb(null, list.indexOf(origin === 'x') !== -1) }))",
			policy.OriginList, []m{}, 0},
		{"bare indexOf lets in every origin but the first entry",
			"app.use(cors({ origin(origin, cb) { if (list.indexOf(origin)) return cb(null, true); cb(new Error('no')) } }))",
			policy.OriginEchoAny, []m{}, 0},
		{"negated bare indexOf is the first entry only",
			"app.use(cors({ origin(origin, cb) { if (!list.indexOf(origin)) return cb(null, true); cb(new Error('no')) } }))",
			policy.OriginList, []m{{kind: policy.MatchExact, value: "https://a.example.com"}}, 3},
		{"a list holding the request origin lets in every origin",
			"app.use(cors({ origin: (origin, cb) => {\n  const ok = ['https://a.example.com',\n    origin];\n  cb(null, ok.includes(origin));\n} }))",
			policy.OriginList, []m{{kind: policy.MatchAll, value: "origin"}}, 6},
		{"an environment entry in a list stays configuration",
			"app.use(cors({ origin: (origin, cb) => cb(null, [process.env.WEB, 'https://a.example.com'].includes(origin)) }))",
			policy.OriginList, []m{{kind: policy.MatchExact, value: "https://a.example.com"}}, 0},
		{"includes on a string is a substring test",
			"const ALLOWED = 'https://a.example.com,https://b.example.com';\napp.use(cors({ origin: (origin, cb) => {\n  cb(null, ALLOWED.includes(origin));\n} }))",
			policy.OriginList, []m{{kind: policy.MatchWithin, value: "https://a.example.com,https://b.example.com"}}, 6},
		{"Boolean(x) is as true as x",
			"app.use(cors({ origin: (origin, cb) => cb(null, Boolean(list.includes(origin))) }))",
			policy.OriginList, []m{{kind: policy.MatchExact, value: "https://a.example.com"}, {kind: policy.MatchExact, value: "https://b.example.com"}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "app.js", pre+tt.src)
			o := p.Origins
			if o.Kind != tt.kind || !reflect.DeepEqual(matchersOf(o), tt.matchers) {
				t.Fatalf("got %v matchers %+v (note %q)", o.Kind, matchersOf(o), o.Note)
			}
			if tt.line != 0 && o.Matchers[0].Span.Start.Line != tt.line {
				t.Errorf("first matcher at line %d, want %d", o.Matchers[0].Span.Start.Line, tt.line)
			}
		})
	}
}

// A manual echo behind a list that holds the request origin reflects every
// origin; the finding belongs to that entry.
func TestManualListHoldingOrigin(t *testing.T) {
	src := "export default (req, res) => {\n" +
		"  const allowed = ['https://a.example.com',\n" +
		"    req.headers.origin].filter(Boolean);\n" +
		"  const origin = req.headers.origin;\n" +
		"  if (origin && allowed.includes(origin)) res.setHeader('Access-Control-Allow-Origin', origin);\n" +
		"};\n"
	p := parseJSOne(t, "api/x.ts", src)
	got := matchersOf(p.Origins)
	if p.Origins.Kind != policy.OriginList || len(got) != 1 || got[0].kind != policy.MatchAll || p.Origins.Matchers[0].Span.Start.Line != 3 {
		t.Errorf("got %v %+v (note %q)", p.Origins.Kind, p.Origins.Matchers, p.Origins.Note)
	}
}

// @fastify/cors delegators: function options (Fastify calls them with the
// instance and uses the delegator they return) and the `delegator` option;
// `opts.origin = ...` after the object counts, in source order.
func TestFastifyDelegators(t *testing.T) {
	const pre = "const cors = require('@fastify/cors');\nconst allowed = ['https://a.example.com'];\n"
	tests := []struct {
		name, src string
		kind      policy.OriginKind
		matchers  []m
		creds     string
	}{
		{"factory reflecting all but localhost",
			"fastify.register(cors, () => (req, done) => {\n  const o = { origin: true };\n  if (/^http:\\/\\/localhost/.test(req.headers.origin)) { o.origin = false }\n  done(null, o)\n})",
			policy.OriginEchoAny, []m{}, ""},
		{"factory with an allow-list taken back",
			"fastify.register(cors, (instance) => {\n  return (req, cb) => {\n    const o = { origin: true, credentials: true };\n    if (!allowed.includes(req.headers.origin)) o.origin = false;\n    cb(null, o);\n  };\n})",
			policy.OriginList, []m{{kind: policy.MatchExact, value: "https://a.example.com"}}, "true"},
		{"delegator option turning origin on",
			"fastify.register(cors, {\n  origin: false,\n  delegator: (req, callback) => {\n    const c = { origin: false, credentials: true };\n    if (req.headers.origin && /^https:\\/\\/a\\.example\\.com$/.test(req.headers.origin)) {\n      c.origin = true;\n    }\n    callback(null, c);\n  },\n})",
			policy.OriginList, []m{{kind: policy.MatchRegex, value: `^https:\/\/a\.example\.com$`}}, "true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := parseJSOne(t, "plugins/cors.js", pre+tt.src)
			o := p.Origins
			if p.Framework != "fastify-cors" || o.Kind != tt.kind || !reflect.DeepEqual(matchersOf(o), tt.matchers) || p.Credentials.Value != tt.creds {
				t.Errorf("got %s %v matchers %+v creds %q (note %q)", p.Framework, o.Kind, matchersOf(o), p.Credentials.Value, o.Note)
			}
			if p.Vary.Origin != policy.VaryAlways {
				t.Errorf("delegated options vary %v, want always", p.Vary.Origin)
			}
		})
	}
}
