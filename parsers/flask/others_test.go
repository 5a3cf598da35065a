package flask

import (
	"reflect"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

const fastHead = "from fastapi import FastAPI\nfrom fastapi.middleware.cors import CORSMiddleware\napp = FastAPI()\n"

func TestStarletteShapes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"no origins by default", "app.add_middleware(CORSMiddleware)", []string{"starlette none/origin@4 default vary=2 maxage=600@4(default)"}},
		{"star without credentials", "app.add_middleware(CORSMiddleware, allow_origins=['*'])",
			[]string{"starlette any/wildcard@4 vary=2 maxage=600@4(default)"}},
		{"star with credentials", "app.add_middleware(CORSMiddleware, allow_origins=['*'], allow_credentials=True)",
			[]string{`starlette any/origin-if-credentialed@4 cred="true"@4 vary=2 maxage=600@4(default)`}},
		{"exact is case-sensitive, regex fullmatch", "app.add_middleware(CORSMiddleware, allow_origins=['https://A.example'], allow_origin_regex=r'https://.*\\.example\\.com')",
			[]string{`starlette list/origin@4 [regex:https://.*\.example\.com@4/fullmatch exact:https://A.example@4] vary=2 maxage=600@4(default)`}},
		{"positional arguments", "app.add_middleware(CORSMiddleware, ['https://a.example'])",
			[]string{"starlette list/origin@4 [exact:https://a.example@4] vary=2 maxage=600@4(default)"}},
		{"Middleware entry", "from starlette.middleware import Middleware\nmw = [Middleware(CORSMiddleware, allow_origins=['https://a.example'], max_age=100)]",
			[]string{"starlette list/origin@5 [exact:https://a.example@5] vary=2 maxage=100@5"}},
		{"unknown keyword", "app.add_middleware(CORSMiddleware, origins=['https://a.example'])",
			[]string{"starlette none/origin@4 default vary=2 maxage=600@4(default) ignored=origins->allow_origins@4"}},
		{"regex list", "app.add_middleware(CORSMiddleware, allow_origin_regex=['a'])",
			[]string{"starlette none/origin@4 default vary=2 maxage=600@4(default) ignored=allow_origin_regex->allow_origin_regex='a|b'@4"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(fastHead + tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
	pols, _ := parse(fastHead + "app.add_middleware(CORSMiddleware, allow_origins=['https://a.example'], allow_headers=['X-Token'], allow_methods=['*'])")
	p := pols[0]
	if p.PreflightStatus != 200 || p.PreflightRejectStatus != 400 || !p.OnErrors {
		t.Errorf("wiring %+v", p)
	}
	if want := []string{"Accept", "Accept-Language", "Content-Language", "Content-Type", "X-Token"}; !reflect.DeepEqual(p.AllowHeaders.Values, want) {
		t.Errorf("allow headers %v", p.AllowHeaders.Values)
	}
	if !reflect.DeepEqual(p.AllowMethods.Values, allStarletteMethods) || !p.AllowMethods.Explicit {
		t.Errorf("methods %+v", p.AllowMethods)
	}
}

var allStarletteMethods = []string{"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"}

func TestDjangoShapes(t *testing.T) {
	mw := "MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		// No origin allowed: the one-day Max-Age default is never sent.
		{"defaults", mw, []string{"django-cors-headers none/origin@1 default vary=1"}},
		{"exact: scheme lower-cased, netloc as written, path dropped",
			mw + "CORS_ALLOWED_ORIGINS = ['HTTPS://App.example.com/', 'null']",
			[]string{"django-cors-headers list/origin@2 [exact:https://App.example.com@2 null:null@2] vary=1 maxage=86400@1(default)"}},
		{"new name wins over old", mw + "CORS_ALLOWED_ORIGINS = ['https://a.example']\nCORS_ORIGIN_WHITELIST = ['https://b.example']",
			[]string{"django-cors-headers list/origin@2 [exact:https://a.example@2] vary=1 maxage=86400@1(default)"}},
		{"regex prefix-match case-sensitive", mw + "CORS_ORIGIN_REGEX_WHITELIST = [r'^https://\\w+\\.example\\.com$']",
			[]string{`django-cors-headers list/origin@2 [regex:^https://\w+\.example\.com$@2/prefix-match] vary=1 maxage=86400@1(default)`}},
		{"all origins with credentials echoes", mw + "CORS_ALLOW_ALL_ORIGINS = True\nCORS_ALLOW_CREDENTIALS = True",
			[]string{`django-cors-headers any/origin@2 cred="true"@3 vary=1 maxage=86400@1(default)`}},
		{"all origins alone is *", mw + "CORS_ORIGIN_ALLOW_ALL = True\nCORS_PREFLIGHT_MAX_AGE = 0",
			[]string{"django-cors-headers any/wildcard@2 vary=1"}},
		{"debug branch gives a dev policy", mw + "DEBUG = False\nCORS_ALLOWED_ORIGINS = ['https://a.example']\nif DEBUG:\n    CORS_ALLOW_ALL_ORIGINS = True\n",
			[]string{"django-cors-headers list/origin@3 [exact:https://a.example@3] vary=1 maxage=86400@1(default)",
				"django-cors-headers any/wildcard@5 vary=1 maxage=86400@1(default) dev"}},
		{"split module: first CORS_ setting enables", "from .base import *\nCORS_ALLOWED_ORIGINS = ['https://a.example']",
			[]string{"django-cors-headers list/origin@2 [exact:https://a.example@2] vary=1 maxage=86400@2(default)"}},
		{"misspelt setting", mw + "CORS_ALLOWED_ORIGIN = ['https://a.example']\nCORS_PREFLIGHT_MAX_AGE = 60",
			[]string{"django-cors-headers none/origin@1 default vary=1 maxage=60@3 ignored=CORS_ALLOWED_ORIGIN->CORS_ALLOWED_ORIGINS@2"}},
		{"helper constant is not a misspelling", mw + "CORS_ORIGINS = ['https://a.example']\nCORS_ALLOWED_ORIGINS = CORS_ORIGINS\nCORS_PREFLIGHT_MAX_AGE = 60",
			[]string{"django-cors-headers list/origin@2 [exact:https://a.example@2] vary=1 maxage=60@4"}},
		{"middleware listed without CorsMiddleware", "MIDDLEWARE = []\nCORS_ALLOW_ALL_ORIGINS = True", nil},
		{"flask config module is not django", "from flask import Flask\nCORS_ALLOW_HEADERS = ['x']", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestManualShapes(t *testing.T) {
	head := "from flask import Flask, request\nimport re\napp = Flask(__name__)\n@app.after_request\ndef h(resp):\n    origin = request.headers.get('Origin')\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"echo", "    resp.headers['Access-Control-Allow-Origin'] = origin", []string{"flask echo-any/origin@7 vary=0"}},
		{"request.origin", "    resp.headers.add('Access-Control-Allow-Origin', request.origin)", []string{"flask echo-any/origin@7 vary=0"}},
		{"static star", "    resp.headers['Access-Control-Allow-Origin'] = '*'", []string{"flask any/wildcard@7 vary=0"}},
		{"static value", "    resp.headers['Access-Control-Allow-Origin'] = 'https://a.example'", []string{`flask static/origin@7 static="https://a.example" vary=0`}},
		{"allowlist and vary", "    if origin in ('https://a.example', 'https://b.example'):\n        resp.headers['Access-Control-Allow-Origin'] = origin\n    resp.headers['Vary'] = 'Origin'",
			[]string{"flask list/origin@8 [exact:https://a.example@7 exact:https://b.example@7] vary=1"}},
		{"early return", "    if not origin or origin != 'https://a.example':\n        return resp\n    resp.headers['Access-Control-Allow-Origin'] = origin",
			[]string{"flask list/origin@9 [exact:https://a.example@7] vary=0"}},
		{"suffix", "    if origin.endswith(('.example.com', '.example.org')):\n        resp.headers['Access-Control-Allow-Origin'] = origin",
			[]string{"flask list/origin@8 [suffix:.example.com@7 suffix:.example.org@7] vary=0"}},
		{"startswith", "    if origin.startswith('https://a.example'):\n        resp.headers['Access-Control-Allow-Origin'] = origin",
			[]string{"flask list/origin@8 [prefix:https://a.example@7] vary=0"}},
		{"re.search ignorecase", "    if re.search(r'example\\.com', origin, re.I):\n        resp.headers['Access-Control-Allow-Origin'] = origin",
			[]string{`flask list/origin@8 [regex:example\.com@7/search/i] vary=0`}},
		{"conditional expression", "    resp.headers['Access-Control-Allow-Origin'] = origin if origin == 'https://a.example' else ''",
			[]string{"flask list/origin@7 [exact:https://a.example@7] vary=0"}},
		{"conditional bound to a name", "    allow = origin if origin in ('https://a.example', 'https://b.example') else 'https://a.example'\n    resp.headers['Access-Control-Allow-Origin'] = allow",
			[]string{"flask list/origin@8 [exact:https://a.example@7 exact:https://b.example@7] vary=0"}},
		{"unknown check", "    if is_allowed(origin):\n        resp.headers['Access-Control-Allow-Origin'] = origin",
			[]string{"flask unknown/origin@8 vary=0"}},
		{"unrelated condition ignored", "    if request.method == 'OPTIONS':\n        resp.headers['Access-Control-Allow-Origin'] = origin",
			[]string{"flask echo-any/origin@8 vary=0"}},
		{"http.server send_header", "    resp.send_header('Access-Control-Allow-Origin', resp.headers.get('Origin'))",
			[]string{"flask echo-any/origin@7 vary=0"}},
		{"credentials True is sent as True", "    resp.headers['Access-Control-Allow-Origin'] = 'https://a.example'\n    resp.headers['Access-Control-Allow-Credentials'] = True",
			[]string{`flask static/origin@7 static="https://a.example" cred="True"@8 vary=0`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(head + tt.body + "\n    return resp\n"); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
	pols, _ := parse(head + "    if request.method == 'OPTIONS':\n        resp.headers['Access-Control-Allow-Origin'] = origin\n        resp.headers['Access-Control-Allow-Headers'] = request.headers.get('Access-Control-Request-Headers')\n    return resp\n")
	if len(pols) != 1 || !pols[0].PreflightOnly || pols[0].AllowHeaders.Mode != policy.ListReflect || !pols[0].AllowHeaders.Explicit {
		t.Errorf("preflight block: %+v", pols)
	}
	if pols[0].Scope != "after_request hook h" || len(pols[0].Directives) != 2 {
		t.Errorf("scope/directives: %q %+v", pols[0].Scope, pols[0].Directives)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name      string
		src       []byte
		policies  int
		noticeSub string
		line      int
	}{
		{"syntax error, rest still read", []byte("from flask_cors import CORS\ndef broken(:\n    pass\nCORS(app)\n"), 1, "syntax error", 2},
		{"not utf-8", []byte("# caf\xe9\nfrom flask_cors import CORS\nCORS(app)\n"), 0, "not valid UTF-8", 0},
		{"too large", append([]byte("from flask_cors import CORS\n"), make([]byte, 5<<20)...), 0, "larger than", 0},
		{"empty", nil, 0, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, notices := parse(string(tt.src))
			if len(pols) != tt.policies {
				t.Errorf("policies: got %d want %d", len(pols), tt.policies)
			}
			if tt.noticeSub == "" {
				if len(notices) != 0 {
					t.Errorf("unexpected notices %+v", notices)
				}
				return
			}
			if len(notices) == 0 || !strings.Contains(notices[0].Message, tt.noticeSub) || notices[0].Span.Start.Line != tt.line || notices[0].Span.File != "app.py" {
				t.Errorf("notices %+v", notices)
			}
		})
	}
}

func TestClaim(t *testing.T) {
	p := Parser{}
	tests := []struct {
		path, data string
		want       bool
	}{
		{"app.py", "from flask_cors import CORS", true},
		{"main.py", "app.add_middleware(CORSMiddleware)", true},
		{"settings/base.py", "CORS_ALLOWED_ORIGINS = []", true},
		{"views.py", "resp['Access-Control-Allow-Origin'] = '*'", true},
		{"bucket.py", "s3.put_bucket_cors(CORSConfiguration={'CORSRules': []})", true},
		{"fonts.py", "bucket.cors = [{'origin': ['*'], 'method': ['GET']}]", true},
		{"shop/__init__.py", "from .extensions import cors\ncors.init_app(app)", true},
		{"hooks.py", "resp.access_control_allow_origin = request.origin", true},
		{"asgi.py", "headers.append((b'access-control-allow-origin', b'*'))", true},
		{"app.py", "print('hello')", false},
		{"app.js", "flask_cors", false},
	}
	for _, tt := range tests {
		if got := p.Claim(tt.path, []byte(tt.data)); got != tt.want {
			t.Errorf("Claim(%q) = %v", tt.path, got)
		}
	}
	if p.Name() != "flask" || len(p.Keywords()) != 11 {
		t.Errorf("name/keywords")
	}
}
