package flask

import (
	"io/fs"
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Shapes from the second Python blind round (testdata/python/blind2_*).

func TestDjangoDefaultMaxAgeNeedsAnAllowedOrigin(t *testing.T) {
	mw := "MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\n"
	tests := []struct {
		name, src string
		want      []string
	}{
		// base.py of a split package: the middleware and nothing else. No
		// origin is allowed, so no Max-Age is ever sent from here.
		{"middleware only", mw, []string{"django-cors-headers none/origin@1 default vary=1"}},
		{"with origins the default applies", mw + "CORS_ALLOWED_ORIGINS = ['https://a.example']\n",
			[]string{"django-cors-headers list/origin@2 [exact:https://a.example@2] vary=1 maxage=86400@1(default)"}},
		{"an environment list with an empty fallback decides", mw + "import os\nCORS_ALLOWED_ORIGINS = [o for o in os.environ.get('O', '').split(',') if o]\n",
			[]string{"django-cors-headers none/origin@3 default vary=1 maxage=86400@1(default)"}},
		{"an explicit value stays", mw + "CORS_PREFLIGHT_MAX_AGE = 90000\n",
			[]string{"django-cors-headers none/origin@1 default vary=1 maxage=90000@2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestPatchVaryHeaders(t *testing.T) {
	head := "from django.utils.cache import patch_vary_headers\nfrom django.utils import cache\nOK = {'https://a.example'}\n" +
		"def view(request):\n    r = make()\n    origin = request.headers.get('Origin')\n    if origin in OK:\n        r['Access-Control-Allow-Origin'] = origin\n"
	tests := []struct {
		name, tail string
		want       policy.VaryMode
	}{
		{"imported function, list", "    patch_vary_headers(r, ['Origin'])\n    return r\n", policy.VaryAlways},
		{"module attribute, tuple", "    cache.patch_vary_headers(r, ('Accept-Language', 'origin'))\n    return r\n", policy.VaryAlways},
		{"other names only", "    patch_vary_headers(r, ['Cookie'])\n    return r\n", policy.VaryNever},
		{"none", "    return r\n", policy.VaryNever},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse(head + tt.tail)
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			if pols[0].Vary.Origin != tt.want {
				t.Errorf("vary %v, want %v", pols[0].Vary.Origin, tt.want)
			}
		})
	}
}

func TestGCSBucketCorsFromPython(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"any origin is echoed",
			"from google.cloud import storage\nb = storage.Client().bucket('x')\nb.cors = [\n    {'origin': ['*'], 'method': ['GET'], 'maxAgeSeconds': 3600},\n]\nb.patch()\n",
			[]string{"gcs any/origin@4 vary=2 maxage=3600@4"}},
		{"through a name",
			"RULES = [{'origin': ['https://a.example'], 'responseHeader': ['Content-Type']}]\nbucket.cors = RULES\n",
			[]string{"gcs list/origin@1 [exact:https://a.example@1] vary=2"}},
		{"another list called cors is not a bucket", "self.cors = ['https://a.example']\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := summaries(tt.src); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestOriginChecksCombinedWithAnd(t *testing.T) {
	head := "from bottle import request, response\ndef h():\n    origin = request.headers.get('Origin', '')\n"
	tail := "        response.headers['Access-Control-Allow-Origin'] = origin\n"
	tests := []struct {
		name, cond   string
		accept, deny []string
	}{
		{"scheme and suffix", "origin.startswith('https://') and origin.endswith('.acme.com')",
			[]string{"https://a.acme.com", "https://b.c.acme.com"},
			[]string{"http://a.acme.com", "https://acme.com.evil.example", "https://evilacme.com"}},
		{"suffix and a python regex", "origin.endswith('.acme.com') and re.match(r'https://[a-z]+\\.', origin)",
			[]string{"https://app.acme.com"},
			[]string{"http://app.acme.com", "https://app.acme.com.evil.example", "https://a1.acme.com"}},
		{"a set and a suffix", "origin in ('https://a.acme.com', 'https://b.other.com') and origin.endswith('.acme.com')",
			[]string{"https://a.acme.com"},
			[]string{"https://b.other.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse("import re\n" + head + "    if " + tt.cond + ":\n" + tail)
			if len(pols) != 1 || pols[0].Origins.Kind != policy.OriginList {
				t.Fatalf("policies %v", pols)
			}
			o := pols[0].Origins
			if o.Matchers[0].Span.Start.Line != 5 {
				t.Errorf("matcher at line %d, want the check at 5", o.Matchers[0].Span.Start.Line)
			}
			for _, want := range []bool{true, false} {
				list := tt.accept
				if !want {
					list = tt.deny
				}
				for _, origin := range list {
					if got := accepts(t, o.Matchers, origin); got != want {
						t.Errorf("%s accepted=%v, want %v (matchers %+v)", origin, got, want, o.Matchers)
					}
				}
			}
		})
	}
}

func accepts(t *testing.T, ms []policy.Matcher, origin string) bool {
	t.Helper()
	for _, m := range ms {
		ok, err := m.Match(origin)
		if err != nil {
			t.Fatalf("%s: %v", m.Value, err)
		}
		if ok {
			return true
		}
	}
	return false
}

func TestInitAppOnAnExtensionFromAnotherModule(t *testing.T) {
	factory := "from flask import Flask\nfrom .extensions import cors\ndef create_app():\n    app = Flask(__name__)\n    cors.init_app(app, max_age=60)\n    return app\n"
	tests := []struct {
		name, ext string
		want      []string
	}{
		{"default origins", "from flask_cors import CORS\ncors = CORS()\n",
			[]string{"flask-cors any/origin@5 default vary=2 maxage=60@5"}},
		{"constructor options count", "from flask_cors import CORS\ncors = CORS(supports_credentials=True, origins=['https://a.example'])\n",
			[]string{`flask-cors list/origin@2 [exact:https://a.example@2/i] cred="true"@2 vary=0 maxage=60@5`}},
		{"not a flask-cors object", "class Cors:\n    pass\ncors = Cors()\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := func(rel string) ([]byte, error) {
				if rel == "shop/extensions.py" {
					return []byte(tt.ext), nil
				}
				return nil, fs.ErrNotExist
			}
			pols, _ := Parser{}.Parse(parsers.File{Path: "shop/__init__.py", Data: []byte(factory), Read: read})
			var got []string
			for _, p := range pols {
				got = append(got, summary(p))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
			// Options written in extensions.py point there.
			if len(pols) == 1 && pols[0].Credentials.Value != "" && pols[0].Credentials.Span.File != "shop/extensions.py" {
				t.Errorf("credentials span in %q", pols[0].Credentials.Span.File)
			}
		})
	}
}
