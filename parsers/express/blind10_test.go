package express

import (
	"fmt"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Shapes found by the tenth blind round (testdata/js/blind10_*).

// TestEmptyEnvDefaultOriginEntry: the empty default of an environment
// lookup, split into an origin list, is the "no origins until configured"
// fallback and not an ignored option (blind10_nest_main_config_split_ok);
// an empty literal entry in a written list still is.
func TestEmptyEnvDefaultOriginEntry(t *testing.T) {
	cases := []struct {
		name    string
		src     string
		ignored int
	}{
		{"nest config default", "const config = app.get(ConfigService);\napp.enableCors({ origin: config.get<string>('CORS_ORIGINS', '').split(',').map((o) => o.trim()), credentials: true });\n", 0},
		{"process.env or empty", "const cors = require('cors');\napp.use(cors({ origin: (process.env.ORIGINS || '').split(','), credentials: true }));\n", 0},
		{"empty literal entry", "const cors = require('cors');\napp.use(cors({ origin: ['https://a.example', ''], credentials: true }));\n", 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := parseJSOne(t, "main.ts", tc.src)
			if len(p.Ignored) != tc.ignored {
				t.Errorf("ignored %+v, want %d", p.Ignored, tc.ignored)
			}
		})
	}
}

// TestOptionsFactoryCall: `cors(buildCorsOptions())` with a local function
// that only returns an options object is read as that object
// (blind10_express_options_factory_nullish); a factory with parameters or
// more statements stays unknown.
func TestOptionsFactoryCall(t *testing.T) {
	cases := []struct {
		name  string
		src   string
		known bool
	}{
		{"function declaration", "const cors = require('cors');\nfunction opts() {\n  return { origin: true, credentials: true };\n}\napp.use(cors(opts()));\n", true},
		{"arrow expression body", "const cors = require('cors');\nconst opts = () => ({ origin: true, credentials: true });\napp.use(cors(opts()));\n", true},
		{"parameter", "const cors = require('cors');\nfunction opts(env) {\n  return { origin: env.o, credentials: true };\n}\napp.use(cors(opts(process.env)));\n", false},
		{"more statements", "const cors = require('cors');\nfunction opts() {\n  if (x) { return { origin: 'https://a.example' }; }\n  return { origin: true, credentials: true };\n}\napp.use(cors(opts()));\n", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ps, _ := New().Parse(parsers.File{Path: "app.js", Data: []byte(tc.src)})
			echo := false
			for _, p := range ps {
				if p.Origins.Kind == policy.OriginEchoAny && p.Credentials.Allowed() {
					echo = true
				}
			}
			if echo != tc.known {
				t.Errorf("credentialed echo read = %v, want %v (policies %+v)", echo, tc.known, ps)
			}
		})
	}
}

// TestSocketIOLegacyDefault: a socket.io 2 server (declared in the nearest
// package.json) answers every origin with credentials unless `origins` is
// set (blind10_socketio_v2_legacy); 3+ without `cors` sends nothing.
func TestSocketIOLegacyDefault(t *testing.T) {
	src := "const http = require('http');\nconst server = http.createServer();\nconst io = require('socket.io')(server);\n"
	withOrigins := "const http = require('http');\nconst server = http.createServer();\nconst io = require('socket.io')(server, { origins: 'https://a.example:*' });\n"
	cases := []struct {
		name, src, rng string
		echo           bool
	}{
		{"v2 default", src, "^2.3.0", true},
		{"v2 origins set", withOrigins, "~2.4.1", false},
		{"v4 default", src, "^4.7.2", false},
		{"unknown range", src, "latest", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			read := func(p string) ([]byte, error) {
				if p == "svc/package.json" {
					return []byte(`{"dependencies": {"socket.io": "` + tc.rng + `"}}`), nil
				}
				return nil, fmt.Errorf("no file %s", p)
			}
			ps, _ := parseJS("svc/src/index.js", []byte(tc.src), DefaultKoaCorsVersion, read)
			echo := false
			for _, p := range ps {
				if p.Origins.Kind == policy.OriginEchoAny && p.Credentials.Allowed() {
					echo = true
					if p.Origins.Span.Start.Line != 3 {
						t.Errorf("origin span %+v, want line 3", p.Origins.Span)
					}
				}
			}
			if echo != tc.echo {
				t.Errorf("credentialed echo = %v, want %v (policies %+v)", echo, tc.echo, ps)
			}
		})
	}
}
