package flask

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
)

// Hand-written headers as real services and scripts write them: which count
// as a policy, and what they send.
func TestManualHeaderContexts(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"lambda proxy dict sends JSON true",
			"def handler(event, context):\n    return {'statusCode': 200, 'headers': {'Access-Control-Allow-Origin': 'https://a.example', 'Access-Control-Allow-Credentials': True}}",
			[]string{`flask static/origin@2 static="https://a.example" cred="true"@2 vary=0`}},
		{"werkzeug str() of True",
			"from flask import Flask\napp = Flask(__name__)\n@app.after_request\ndef h(r):\n    r.headers['Access-Control-Allow-Origin'] = 'https://a.example'\n    r.headers['Access-Control-Allow-Credentials'] = True\n    return r",
			[]string{`flask static/origin@5 static="https://a.example" cred="True"@6 vary=0`}},
		{"client request headers are not a policy",
			"import requests\nH = {'Access-Control-Allow-Origin': '*'}\nrequests.get('https://a.example', headers=H)\nrequests.post('https://a.example', headers={'Access-Control-Allow-Origin': '*'})",
			nil},
		{"expected values in an assertion are not a policy",
			"def check(r):\n    assert r.headers == {'Access-Control-Allow-Origin': '*'}",
			nil},
		{"pairs in a checker list are not a policy",
			"BAD = [('Access-Control-Allow-Origin', '*')]",
			nil},
		{"pairs passed to start_response are",
			"def app(environ, start_response):\n    start_response('200 OK', [('Access-Control-Allow-Origin', '*')])\n    return []",
			[]string{"flask any/wildcard@2 vary=0"}},
		{"pairs in a headers list are",
			"headers = [('Access-Control-Allow-Origin', '*')]",
			[]string{"flask any/wildcard@1 vary=0"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestTestFilesHaveNoManualPolicies(t *testing.T) {
	src := []byte("def h(r):\n    r.headers['Access-Control-Allow-Origin'] = '*'\n    return r\n")
	for path, want := range map[string]int{
		"app/hooks.py": 1, "tests/test_hooks.py": 0, "app/hooks_test.py": 0, "conftest.py": 0,
		"test/helpers.py": 0, "app/testimonials.py": 1, "contest.py": 1,
	} {
		pols, _ := Parser{}.Parse(parsers.File{Path: path, Data: src})
		if len(pols) != want {
			t.Errorf("%s: %d policies, want %d", path, len(pols), want)
		}
	}
}

func TestStarletteRealShapes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"options dict for add_middleware(**d)",
			"d = {'middleware_class': CORSMiddleware, 'allow_origins': ['https://a.example'], 'max_age': 60}",
			[]string{"starlette list/origin@4 [exact:https://a.example@4] vary=2 maxage=60@4"}},
		{"options from a local function",
			"def opts():\n    return {'allow_origins': ['*']}\napp.add_middleware(CORSMiddleware, **opts())",
			[]string{"starlette any/wildcard@5 vary=2 maxage=600@6(default)"}},
		{"settings with a literal fallback",
			"from .config import settings\napp.add_middleware(CORSMiddleware, allow_origins=settings.origins or ['https://a.example'])",
			[]string{"starlette list/origin@5 [exact:https://a.example@5/env=settings.origins] vary=2 maxage=600@5(default)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(fastHead + tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestDjangoRealShapes(t *testing.T) {
	mw := "MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		{"max age set to something unknown is not the default",
			mw + "from config.env import env2\nCORS_PREFLIGHT_MAX_AGE = env2.int('AGE')",
			[]string{"django-cors-headers none/origin@1 default vary=1"}},
		{"allow all = DEBUG is off in production",
			mw + "DEBUG = True\nCORS_ALLOW_ALL_ORIGINS = DEBUG\nCORS_ALLOWED_ORIGINS = ['https://a.example']\nCORS_PREFLIGHT_MAX_AGE = 0",
			[]string{"django-cors-headers list/origin@4 [exact:https://a.example@4] vary=1"}},
		{"empty env default gives no origin entry",
			mw + "import os\nCORS_ALLOWED_ORIGINS = os.environ.get('O', '').split(',')\nCORS_PREFLIGHT_MAX_AGE = 0",
			[]string{"django-cors-headers none/origin@3 default vary=1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestKnownRegexWithUnknownList(t *testing.T) {
	star := summaries(fastHead + "from .config import settings\napp.add_middleware(CORSMiddleware, allow_origins=settings.origins, allow_origin_regex=r'https://.*\\.vercel\\.app')")
	if want := []string{`starlette list/origin@5 [regex:https://.*\.vercel\.app@5/fullmatch] vary=2 maxage=600@5(default)`}; !reflect.DeepEqual(star, want) {
		t.Errorf("starlette: got %q, want %q", star, want)
	}
	dj := summaries("MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\nfrom .base import ORIGINS\nCORS_ALLOWED_ORIGINS = ORIGINS\nCORS_ALLOWED_ORIGIN_REGEXES = [r'^https://\\w+\\.example\\.com']\nCORS_PREFLIGHT_MAX_AGE = 0")
	if want := []string{`django-cors-headers list/origin@4 [regex:^https://\w+\.example\.com@4/prefix-match] vary=1`}; !reflect.DeepEqual(dj, want) {
		t.Errorf("django: got %q, want %q", dj, want)
	}
	none := summaries("MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\nfrom .base import ORIGINS\nCORS_ALLOWED_ORIGINS = ORIGINS\nCORS_PREFLIGHT_MAX_AGE = 0")
	if want := []string{"django-cors-headers unknown/origin@2 vary=1"}; !reflect.DeepEqual(none, want) {
		t.Errorf("django unknown: got %q, want %q", none, want)
	}
}
