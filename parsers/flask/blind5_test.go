package flask

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes from the fifth Python blind round (testdata/python/blind5_*).

// A nested function reads the origin its enclosing function took from the
// request (a WSGI middleware wrapping start_response).
func TestClosureOrigin(t *testing.T) {
	src := "ALLOWED = {'https://r.example.com', 'null'}\n" +
		"class M:\n    def __call__(self, environ, start_response):\n" +
		"        origin = environ.get('HTTP_ORIGIN', '')\n" +
		"        def _sr(status, headers, exc_info=None):\n" +
		"            if origin in ALLOWED:\n" +
		"                headers.append(('Access-Control-Allow-Origin', origin))\n" +
		"            return start_response(status, headers, exc_info)\n" +
		"        return self.app(environ, _sr)\n"
	pols, _ := parse(src)
	if len(pols) != 1 {
		t.Fatalf("got %d policies", len(pols))
	}
	o := pols[0].Origins
	if o.Kind != policy.OriginList {
		t.Fatalf("origins %+v, want the allow-list", o)
	}
	for _, origin := range []string{"https://r.example.com", "null"} {
		if !accepts(t, o.Matchers, origin) {
			t.Errorf("%s rejected", origin)
		}
	}
	if accepts(t, o.Matchers, "https://evil.example") {
		t.Error("https://evil.example accepted")
	}
	// A name the inner function assigns itself is its own, not the
	// enclosing one's.
	shadow := "def outer(environ):\n    origin = environ.get('HTTP_ORIGIN')\n" +
		"    def inner(resp):\n        origin = 'https://fixed.example'\n" +
		"        resp.headers['Access-Control-Allow-Origin'] = origin\n    return inner\n"
	pols, _ = parse(shadow)
	if len(pols) != 1 || pols[0].Origins.Kind != policy.OriginStatic {
		t.Fatalf("shadowed name: got %+v, want the inner static origin", pols)
	}
}

func TestVaryProperty(t *testing.T) {
	tests := []struct {
		name, stmt string
		want       policy.VaryMode
	}{
		{"webob tuple", "    response.vary = ('Origin',)\n", policy.VaryAlways},
		{"werkzeug list", "    response.vary = ['Accept-Encoding', 'Origin']\n", policy.VaryAlways},
		{"other names", "    response.vary = ('Accept-Encoding',)\n", policy.VaryNever},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := "OK = ('https://a.example', 'https://b.example')\ndef tween(request, response):\n" + tt.stmt +
				"    origin = request.headers.get('Origin')\n    if origin in OK:\n" +
				"        response.headers['Access-Control-Allow-Origin'] = origin\n    return response\n"
			pols, _ := parse(src)
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			if pols[0].Vary.Origin != tt.want {
				t.Errorf("vary %+v, want %v", pols[0].Vary, tt.want)
			}
		})
	}
}

// Header dicts in a module that imports a test framework are fixtures,
// whatever the file is called.
func TestTestFrameworkModule(t *testing.T) {
	body := "CASES = [({'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Credentials': 'true'}, 'bad')]\n"
	for _, tt := range []struct {
		head string
		want int
	}{
		{"import pytest\n", 0},
		{"from unittest import mock\n", 0},
		{"import json\n", 1},
	} {
		pols, _ := parse(tt.head + body)
		if len(pols) != tt.want {
			t.Errorf("%q: got %d policies, want %d", tt.head, len(pols), tt.want)
		}
	}
}

// Starlette's allow_origins given one string: `origin in "..."` is a
// substring test.
func TestStarletteOriginsString(t *testing.T) {
	head := "from fastapi.middleware.cors import CORSMiddleware\n"
	tests := []struct {
		name, arg string
		kind      policy.MatcherKind
	}{
		{"string", "'https://app.example.com'", policy.MatchWithin},
		{"class attribute string", "Settings.FRONTEND", policy.MatchWithin},
		{"list", "['https://app.example.com']", policy.MatchExact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := head + "class Settings:\n    FRONTEND = 'https://app.example.com'\n" +
				"app.add_middleware(CORSMiddleware, allow_origins=" + tt.arg + ")\n"
			pols, _ := parse(src)
			if len(pols) != 1 || len(pols[0].Origins.Matchers) != 1 {
				t.Fatalf("got %+v", pols)
			}
			m := pols[0].Origins.Matchers[0]
			if m.Kind != tt.kind {
				t.Fatalf("matcher %+v, want kind %v", m, tt.kind)
			}
			if got := accepts(t, pols[0].Origins.Matchers, "https://app.example.co"); got != (tt.kind == policy.MatchWithin) {
				t.Errorf("https://app.example.co accepted = %v", got)
			}
		})
	}
}
