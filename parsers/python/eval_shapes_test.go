package python

import (
	"reflect"
	"testing"
)

// Shapes found in real settings modules and app factories.

func TestEvalRealStrings(t *testing.T) {
	tests := []struct {
		name, src, want, env string
	}{
		{"fstring fields", "D = 'example.com'\nP = 8443\nX = f'https://app.{D}:{P}'", "https://app.example.com:8443", ""},
		{"fstring escapes and braces", `D = "a.example"` + "\nX = f\"https://{D}/{{x}}\\x41\"", "https://a.example/{x}A", ""},
		{"fstring raw", "D = 'a'\nX = rf'^https://{D}\\.example$'", `^https://a\.example$`, ""},
		{"fstring env", "import os\nX = f\"https://{os.getenv('HOST', 'localhost')}\"", "https://localhost", "HOST"},
		{"settings or literal", "from app.config import settings\nX = settings.FRONTEND_URL or 'http://localhost:3000'", "http://localhost:3000", "settings.FRONTEND_URL"},
		{"str of a string", "X = str('https://a.example')", "https://a.example", ""},
		{"strip chars", "X = 'https://a.example/'.rstrip('/')", "https://a.example", ""},
		{"env instance imported, scalar default", "from config.env import env\nX = env.str('ORIGIN', 'https://a.example')", "https://a.example", "ORIGIN"},
		{"local function return", "def origin():\n    return 'https://a.example'\nX = origin()", "https://a.example", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != Str || v.Str != tt.want || v.EnvVar != tt.env || v.Dev != (tt.env != "") {
				t.Fatalf("got %+v, want %q (env %q)", v, tt.want, tt.env)
			}
		})
	}
}

func TestEvalRealBools(t *testing.T) {
	tests := []struct {
		name, src string
		want      bool
		env       string
	}{
		{"env compare fallback", "import os\nX = os.getenv('ALL', 'True') == 'True'", true, "ALL"},
		{"env lower in", "import os\nX = os.environ.get('ALL', 'no').lower() in ('1', 'true', 'yes')", false, "ALL"},
		{"not equal", "X = 'a' != 'b'", true, ""},
		{"debug flag is off in production", "DEBUG = True\nX = DEBUG", false, ""},
		{"settings debug flag", "from django.conf import settings\nX = settings.DEBUG", false, ""},
		{"decouple bool", "from decouple import config\nX = config('ALL', default=True, cast=bool)", true, "ALL"},
		{"env.bool positional default", "from config.env import env\nX = env.bool('ALL', True)", true, "ALL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != Bool || v.Bool != tt.want || v.EnvVar != tt.env {
				t.Fatalf("got %+v, want %v (env %q)", v, tt.want, tt.env)
			}
		})
	}
	if v := evalName(t, "DEBUG = False\nX = DEBUG", true); v.Kind != Bool || !v.Bool || !v.Dev {
		t.Errorf("development view of DEBUG: %+v", v)
	}
}

func TestEvalRealLists(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		env       string
	}{
		{"str comprehension", "O = ['https://a.example/', 'https://b.example']\nX = [str(o).rstrip('/') for o in O]", []string{"https://a.example", "https://b.example"}, ""},
		{"filter on the item", "O = ['https://a.example', '']\nX = [o for o in O if o.strip()]", []string{"https://a.example"}, ""},
		{"empty env default splits to nothing", "import os\nX = os.getenv('O', '').split(',') + ['https://a.example']", []string{"https://a.example"}, ""},
		{"decouple lambda cast", "from decouple import config\nX = config('O', default='http://a, http://b', cast=lambda v: [s.strip() for s in v.split(',')])", []string{"http://a", "http://b"}, "O"},
		{"json loads env", "import json, os\nX = json.loads(os.environ.get('O', '[\"https://a.example\"]'))", []string{"https://a.example"}, "O"},
		{"env list imported instance", "from config.env import env\nX = env.list('O', default=['http://localhost:3000'])", []string{"http://localhost:3000"}, "O"},
		{"settings or star", "from .config import settings\nX = settings.origins or ['*']", []string{"*"}, "settings.origins"},
		{"local function with body", "def get():\n    o = ['https://a.example']\n    return o\nX = get()", []string{"https://a.example"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != List || !reflect.DeepEqual(strs(v), tt.want) {
				t.Fatalf("got %+v, want %q", v, tt.want)
			}
			for _, it := range v.Items {
				if it.EnvVar != tt.env {
					t.Errorf("item %q: EnvVar %q, want %q", it.Str, it.EnvVar, tt.env)
				}
			}
		})
	}
}

func TestEvalRealUnknown(t *testing.T) {
	tests := []struct{ name, src string }{
		{"fstring with format spec", "P = 1\nX = f'{P:04d}'"},
		{"fstring with repr", "D = 'a'\nX = f'{D!r}'"},
		{"decouple unknown cast", "from decouple import config\nX = config('O', default='a', cast=parse_origins)"},
		{"comprehension over a string", "X = [c for c in 'abc']"},
		{"call of a function with parameters", "def f(a):\n    return a\nX = f('x')"},
		{"function with two returns", "def f():\n    if y:\n        return 'a'\n    return 'b'\nX = f()"},
		{"request header or literal is not a fallback", "X = request.headers.get('Origin') or '*'"},
		{"chained comparison", "X = 1 < 2 < 3"},
		{"unknown compare", "X = flag == 'a'"},
		{"json object", "import json\nX = json.loads('{\"a\": 1}')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != Unknown || v.Note == "" {
				t.Fatalf("got %+v, want Unknown with a note", v)
			}
		})
	}
}

func TestEvalGrownLists(t *testing.T) {
	src := "X = ['https://a.example']\nX.append('https://b.example')\nX.extend(['https://c.example'])\nDEBUG = False\nif DEBUG:\n    X.append('http://localhost:3000')\n"
	if got := strs(evalName(t, src, false)); !reflect.DeepEqual(got, []string{"https://a.example", "https://b.example", "https://c.example"}) {
		t.Errorf("production view: %q", got)
	}
	dev := evalName(t, src, true)
	if got := strs(dev); !reflect.DeepEqual(got, []string{"https://a.example", "https://b.example", "https://c.example", "http://localhost:3000"}) {
		t.Errorf("development view: %q", got)
	}
	if !dev.Items[3].Dev {
		t.Errorf("development item not marked: %+v", dev.Items[3])
	}
	// An append to a name never assigned here (imported) stays unknown.
	if v := evalName(t, "from base import Y\nX = Y\nY.append('a')", false); v.Kind != Unknown {
		t.Errorf("imported list: %+v", v)
	}
}

func TestEvalRequestDataIsNoFallback(t *testing.T) {
	for _, src := range []string{
		"from flask import request\nX = request.origin or '*'",
		"from flask import request\nX = request.headers.get('Origin') or '*'",
		"o = get_origin()\nX = o or '*'",
		"X = self.origin or '*'",
	} {
		if v := evalName(t, src, false); v.Kind != Unknown {
			t.Errorf("%q: got %+v, want Unknown", src, v)
		}
	}
	for _, src := range []string{
		"from flask import current_app\nX = current_app.config['ORIGINS'] or '*'",
		"X = get_settings().origins or '*'",
		"from config import ORIGINS\nX = ORIGINS or '*'",
	} {
		if v := evalName(t, src, false); v.Kind != Str || v.EnvVar == "" {
			t.Errorf("%q: got %+v, want a fallback", src, v)
		}
	}
}

func TestEvalBoundedWork(t *testing.T) {
	// 40 names each listing the next twice: 2^40 evaluations without a bound.
	src := "X = [N0, N0]\n"
	for i := 0; i < 40; i++ {
		src += "N" + itoa(i) + " = [N" + itoa(i+1) + ", N" + itoa(i+1) + "]\n"
	}
	src += "N40 = 'a'\n"
	v := evalName(t, src, false)
	if v.Kind != List {
		t.Fatalf("got %+v", v)
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}
