package flask

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes from the third Python blind round (testdata/python/blind3_*).

// originChecks parses a hook whose only Access-Control-Allow-Origin write is
// guarded by cond, and returns the origins of the policy.
func originChecks(t *testing.T, prelude, cond string) policy.Origins {
	t.Helper()
	src := "import re\nfrom urllib.parse import urlparse, urlsplit\nfrom flask import request\n" + prelude +
		"def hook(response):\n    origin = request.headers.get('Origin', '')\n" +
		"    host = urlparse(origin).hostname or ''\n    parsed = urlsplit(origin)\n" +
		"    if " + cond + ":\n        response.headers['Access-Control-Allow-Origin'] = origin\n    return response\n"
	pols, _ := parse(src)
	if len(pols) != 1 {
		t.Fatalf("got %d policies", len(pols))
	}
	return pols[0].Origins
}

func TestOriginChecksOnParsedPieces(t *testing.T) {
	prelude := "HOSTS = {'app.acme.com', 'acme.com'}\nSUFFIX = 'acme.com'\n"
	tests := []struct {
		name, cond   string
		accept, deny []string
	}{
		// netloc ignores the scheme: http:// of a listed host passes.
		{"netloc in a set", "urlparse(origin).netloc in HOSTS",
			[]string{"https://app.acme.com", "http://app.acme.com", "https://acme.com"},
			[]string{"https://app.acme.com:8443", "https://evil.example", "https://app.acme.com.evil.example"}},
		{"hostname bound to a name", "host in HOSTS",
			[]string{"https://app.acme.com", "http://acme.com", "https://app.acme.com:8443"},
			[]string{"https://evil.example", "https://xacme.com"}},
		{"hostname suffix without a dot", "host.endswith(SUFFIX)",
			[]string{"https://evilacme.com", "https://a.acme.com"},
			[]string{"https://acme.com.evil.example"}},
		{"scheme and hostname through a parsed name", "parsed.scheme == 'https' and parsed.hostname == 'app.acme.com'",
			[]string{"https://app.acme.com", "https://app.acme.com:444"},
			[]string{"http://app.acme.com", "https://evil.example"}},
		{"netloc prefix", "urlparse(origin).netloc.startswith('app.acme.com')",
			[]string{"https://app.acme.com", "https://app.acme.com.evil.example"},
			[]string{"https://evil.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := originChecks(t, prelude, tt.cond)
			if o.Kind != policy.OriginList {
				t.Fatalf("origins %+v, want an allow-list", o)
			}
			for _, origin := range tt.accept {
				if !accepts(t, o.Matchers, origin) {
					t.Errorf("%s rejected, want accepted (matchers %+v)", origin, o.Matchers)
				}
			}
			for _, origin := range tt.deny {
				if accepts(t, o.Matchers, origin) {
					t.Errorf("%s accepted, want rejected (matchers %+v)", origin, o.Matchers)
				}
			}
			// A test of a named set points at the test, not at the hosts.
			for _, m := range o.Matchers {
				if m.Span.Start.Line != 10 {
					t.Errorf("matcher %q at line %d, want the check at 10", m.Value, m.Span.Start.Line)
				}
			}
		})
	}
}

func TestOriginChecksWithAny(t *testing.T) {
	prelude := "TRUSTED = ('https://app.acme.com', 'https://admin.acme.com')\nPATTERNS = [r'https://[a-z]+\\.acme\\.com$']\n"
	tests := []struct {
		name, cond   string
		kind         policy.OriginKind
		accept, deny []string
	}{
		{"startswith each item", "any(origin.startswith(o) for o in TRUSTED)", policy.OriginList,
			[]string{"https://app.acme.com", "https://admin.acme.com.evil.example"},
			[]string{"https://evil.example"}},
		{"equality each item", "any(origin == o for o in TRUSTED)", policy.OriginList,
			[]string{"https://app.acme.com", "https://admin.acme.com"},
			[]string{"https://app.acme.com.evil.example"}},
		{"re.match each pattern", "any(re.match(p, origin) for p in PATTERNS)", policy.OriginList,
			[]string{"https://app.acme.com"},
			[]string{"https://acme.com.evil.example"}},
		{"unknown items", "any(origin.startswith(o) for o in settings.TRUSTED)", policy.OriginUnknown, nil, nil},
		{"a filter is not guessed", "any(origin == o for o in TRUSTED if o)", policy.OriginUnknown, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := originChecks(t, prelude, tt.cond)
			if o.Kind != tt.kind {
				t.Fatalf("origins %+v, want kind %v", o, tt.kind)
			}
			for _, origin := range tt.accept {
				if !accepts(t, o.Matchers, origin) {
					t.Errorf("%s rejected, want accepted (matchers %+v)", origin, o.Matchers)
				}
			}
			for _, origin := range tt.deny {
				if accepts(t, o.Matchers, origin) {
					t.Errorf("%s accepted, want rejected (matchers %+v)", origin, o.Matchers)
				}
			}
			for _, m := range o.Matchers {
				if m.Span.Start.Line != 10 {
					t.Errorf("matcher %q at line %d, want the check at 10", m.Value, m.Span.Start.Line)
				}
			}
		})
	}
}

func TestHeaderGettersAndNoneGuards(t *testing.T) {
	tests := []struct {
		name, body string
		want       policy.OriginKind
	}{
		{"falcon get_header after an is-None exit", "    origin = req.get_header('Origin')\n    if origin is None:\n        return\n" +
			"    resp.set_header('Access-Control-Allow-Origin', origin)\n", policy.OriginEchoAny},
		{"is not None guard", "    origin = req.get_header('Origin')\n    if origin is not None:\n" +
			"        resp.set_header('Access-Control-Allow-Origin', origin)\n", policy.OriginEchoAny},
		{"bottle get_header in a set", "    origin = request.get_header('Origin')\n    if origin in ('https://a.example',):\n" +
			"        response.set_header('Access-Control-Allow-Origin', origin)\n", policy.OriginList},
		{"unrelated get_header", "    resp.set_header('Access-Control-Allow-Origin', req.get_header('X-Frontend'))\n", policy.OriginUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse("def process_response(self, req, resp, resource, ok):\n" + tt.body)
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			if got := pols[0].Origins.Kind; got != tt.want {
				t.Errorf("origins %+v, want kind %v", pols[0].Origins, tt.want)
			}
		})
	}
}

func TestConfigOverridesFromTestsParameter(t *testing.T) {
	head := "from flask import Flask\nfrom flask_cors import CORS\n"
	tests := []struct {
		name, src string
		want      policy.OriginKind
	}{
		{"test_config update is ignored", "def create_app(test_config=None):\n    app = Flask(__name__)\n" +
			"    app.config.from_mapping(CORS_SUPPORTS_CREDENTIALS=True)\n    if test_config is not None:\n" +
			"        app.config.update(test_config)\n    CORS(app)\n    return app\n", policy.OriginAny},
		{"a config parameter may set anything", "def create_app(config=None):\n    app = Flask(__name__)\n" +
			"    app.config.from_mapping(CORS_SUPPORTS_CREDENTIALS=True)\n    app.config.update(config)\n    CORS(app)\n    return app\n",
			policy.OriginUnknown},
		{"a module-level name is not a parameter", "test_config = load()\napp = Flask(__name__)\n" +
			"app.config.update(test_config)\nCORS(app)\n", policy.OriginUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse(head + tt.src)
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			if got := pols[0].Origins.Kind; got != tt.want {
				t.Errorf("origins %+v, want kind %v", pols[0].Origins, tt.want)
			}
		})
	}
}
