package python

import (
	"reflect"
	"testing"
)

// evalName parses src and evaluates the module-level name X.
func evalName(t *testing.T, src string, dev bool) Value {
	t.Helper()
	m, notices := Parse("t.py", []byte(src))
	if m == nil {
		t.Fatalf("not parsed: %v", notices)
	}
	v, ok := m.Lookup(m.Top(), "X", dev)
	if !ok {
		t.Fatalf("X not bound")
	}
	return v
}

func strs(v Value) []string {
	var out []string
	for _, it := range v.Items {
		out = append(out, it.Str)
	}
	return out
}

func TestEvalStrings(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"plain", `X = "https://a.example"`, "https://a.example"},
		{"raw", `X = r"^https://.*\.example\.com$"`, `^https://.*\.example\.com$`},
		{"escape", `X = "a\\.b\x41\n"`, "a\\.bA\n"},
		{"unknown escape kept", `X = "a\.b"`, `a\.b`},
		{"implicit concat", `X = ("https://" "a.example")`, "https://a.example"},
		{"explicit concat", "B = 'https://'\nX = B + 'a.example'", "https://a.example"},
		{"fstring no fields", `X = f"a{{b}}"`, "a{b}"},
		{"triple", `X = """abc"""`, "abc"},
		{"bytes", `X = b"abc"`, "abc"},
		{"env default", `import os
X = os.environ.get("ORIGIN", "http://localhost:3000")`, "http://localhost:3000"},
		{"getenv or", `import os
X = os.getenv("ORIGIN") or "http://localhost:3000"`, "http://localhost:3000"},
		{"from os import environ", `from os import environ
X = environ.get("ORIGIN", "d")`, "d"},
		{"join", `X = ", ".join(["a", "b"])`, "a, b"},
		{"debug conditional prod side", `DEBUG = False
X = "*" if DEBUG else "https://a.example"`, "https://a.example"},
		{"re.escape in an fstring", `import re
D = "acme-corp.com"
X = rf"https://(.*\.)?{re.escape(D)}$"`, `https://(.*\.)?acme\-corp\.com$`},
		{"str of int product", `X = str(60 * 60 * 24)`, "86400"},
		{"str of bool is capitalised", `X = str(True)`, "True"},
		{"re.escape concatenated", `import re
X = "^https://" + re.escape("a.example") + "$"`, `^https://a\.example$`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != Str || v.Str != tt.want {
				t.Fatalf("got %+v, want string %q", v, tt.want)
			}
		})
	}
}

func TestEvalLists(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
		env       string
	}{
		{"list", `X = ["a", 'b']`, []string{"a", "b"}, ""},
		{"tuple", `X = ("a",)`, []string{"a"}, ""},
		{"set", `X = {"a"}`, []string{"a"}, ""},
		{"name bound once", "O = ['a', 'b']\nX = O", []string{"a", "b"}, ""},
		{"augmented", "X = ['a']\nX += ['b']", []string{"a", "b"}, ""},
		{"list plus", "A = ['a']\nX = A + ['b']", []string{"a", "b"}, ""},
		{"splat", "A = ('a',)\nX = (*A, 'b')", []string{"a", "b"}, ""},
		{"split env", "import os\nX = os.environ.get('ORIGINS', 'http://a,http://b').split(',')", []string{"http://a", "http://b"}, "ORIGINS"},
		{"comprehension strip", "import os\nX = [o.strip() for o in os.getenv('O', 'a, b').split(',') if o]", []string{"a", "b"}, "O"},
		{"list call", "X = list(('a', 'b'))", []string{"a", "b"}, ""},
		{"django defaults", "from corsheaders.defaults import default_headers\nX = list(default_headers) + ['x-custom']",
			[]string{"accept", "authorization", "content-type", "user-agent", "x-csrftoken", "x-requested-with", "x-custom"}, ""},
		{"django-environ", "import environ\nenv = environ.Env()\nX = env.list('CORS', default=['http://localhost:8000'])", []string{"http://localhost:8000"}, "CORS"},
		{"decouple csv", "from decouple import config, Csv\nX = config('CORS', default='http://a,http://b', cast=Csv())", []string{"http://a", "http://b"}, "CORS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != List || !reflect.DeepEqual(strs(v), tt.want) {
				t.Fatalf("got %+v, want %q", v, tt.want)
			}
			for _, it := range v.Items {
				if it.EnvVar != tt.env || it.Dev != (tt.env != "") {
					t.Errorf("item %q: EnvVar %q Dev %v, want %q", it.Str, it.EnvVar, it.Dev, tt.env)
				}
			}
		})
	}
}

func TestEvalNumbers(t *testing.T) {
	tests := []struct {
		name, src string
		want      int64
		td        bool
	}{
		{"int", "X = 3600", 3600, false},
		{"product", "X = 60 * 60 * 24", 86400, false},
		{"timedelta days", "from datetime import timedelta\nX = timedelta(days=1)", 86400, true},
		{"timedelta mixed", "import datetime\nX = datetime.timedelta(hours=1, minutes=30)", 5400, true},
		{"int of env", "import os\nX = int(os.environ.get('AGE', '600'))", 600, false},
		{"re flags", "import re\nX = re.I | re.M", 10, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, tt.src, false)
			if v.Kind != Int || v.Int != tt.want || v.Timedelta != tt.td {
				t.Fatalf("got %+v, want %d", v, tt.want)
			}
		})
	}
}

func TestEvalUnknown(t *testing.T) {
	tests := []struct{ name, src string }{
		{"fstring", "X = f'https://{host}'"},
		{"assigned twice", "X = 'a'\nX = 'b'"},
		{"env without default", "import os\nX = os.environ['ORIGINS']"},
		{"call", "X = get_origins()"},
		{"imported", "from settings import ORIGINS as X"},
		{"self reference", "X = Y\nY = X"},
		{"condition", "X = 'a' if flag else 'b'"},
		{"str of timedelta", "from datetime import timedelta\nX = str(timedelta(hours=1))"},
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

func TestEvalDevBranch(t *testing.T) {
	src := "DEBUG = True\nX = ['https://a.example']\nif DEBUG:\n    X = ['http://localhost:3000']\n"
	prod := evalName(t, src, false)
	if got := strs(prod); !reflect.DeepEqual(got, []string{"https://a.example"}) || prod.Dev {
		t.Errorf("prod view: %q dev=%v", got, prod.Dev)
	}
	dev := evalName(t, src, true)
	if got := strs(dev); !reflect.DeepEqual(got, []string{"http://localhost:3000"}) || !dev.Items[0].Dev {
		t.Errorf("dev view: %q", got)
	}
	// An else branch of a production check is development.
	src = "import os\nif os.environ.get('ENV') == 'production':\n    X = 'a'\nelse:\n    X = 'b'\n"
	if v := evalName(t, src, false); v.Str != "a" {
		t.Errorf("prod check: got %+v", v)
	}
}

func TestEvalSpans(t *testing.T) {
	src := "ORIGINS = [\n    'https://a.example',\n]\nX = ORIGINS\n"
	v := evalName(t, src, false)
	if len(v.Items) != 1 {
		t.Fatalf("got %+v", v)
	}
	sp := v.Items[0].Span
	if sp.Start.Line != 2 || sp.Start.Col != 5 || sp.End.Line != 2 || sp.End.Col != 24 || sp.File != "t.py" {
		t.Errorf("span %+v", sp)
	}
}

func TestEvalJoinPointsAtTheJoin(t *testing.T) {
	// The list is a fine allowlist; joining it into one header value is the
	// mistake, so the joined string's span is the join call.
	src := "ORIGINS = [\n    'https://a.example',\n    'https://b.example',\n]\nX = ', '.join(ORIGINS)\n"
	v := evalName(t, src, false)
	if v.Kind != Str || v.Str != "https://a.example, https://b.example" {
		t.Fatalf("got %+v", v)
	}
	if v.Span.Start.Line != 5 || v.Span.Start.Col != 5 {
		t.Errorf("span %+v, want the join on line 5", v.Span)
	}
}
