package flask

import (
	"io/fs"
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Split Django settings: a module that star-imports a sibling keeps the
// sibling's settings for every name it does not assign itself.
func TestDjangoSplitSettingsReadStarImports(t *testing.T) {
	base := "MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\nCORS_PREFLIGHT_MAX_AGE = 600\nCORS_ALLOWED_ORIGINS = ['https://a.example']\n"
	tests := []struct {
		name, src string
		files     map[string]string
		want      []string
	}{
		{"max age and origins come from base.py", "from .base import *\nCORS_ALLOW_CREDENTIALS = True\n",
			map[string]string{"settings/base.py": base},
			[]string{`django-cors-headers list/origin@3 [exact:https://a.example@3] cred="true"@2 vary=1 maxage=600@2`}},
		{"own assignment wins", "from .base import *\nCORS_PREFLIGHT_MAX_AGE = 7200\n",
			map[string]string{"settings/base.py": base},
			[]string{`django-cors-headers list/origin@3 [exact:https://a.example@3] vary=1 maxage=7200@2`}},
		{"base not in the scan: the library default", "from .base import *\nCORS_ALLOWED_ORIGINS = ['https://b.example']\n",
			nil,
			[]string{`django-cors-headers list/origin@2 [exact:https://b.example@2] vary=1 maxage=86400@2(default)`}},
		{"absolute module name under a parent folder", "from settings.base import *\nCORS_ALLOW_CREDENTIALS = False\n",
			map[string]string{"settings/base.py": base},
			[]string{`django-cors-headers list/origin@3 [exact:https://a.example@3] vary=1 maxage=600@2`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			read := func(rel string) ([]byte, error) {
				if s, ok := tt.files[rel]; ok {
					return []byte(s), nil
				}
				return nil, fs.ErrNotExist
			}
			pols, _ := Parser{}.Parse(parsers.File{Path: "settings/prod.py", Data: []byte(tt.src), Read: read})
			var got []string
			for _, p := range pols {
				got = append(got, summary(p))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
			// A value read from base.py points into base.py.
			if tt.files != nil && len(pols) == 1 && pols[0].Origins.Span.File != "settings/base.py" {
				t.Errorf("origin span in %q, want settings/base.py", pols[0].Origins.Span.File)
			}
		})
	}
}

func TestDjangoSplitSettingsWiring(t *testing.T) {
	files := map[string]string{
		"settings/base.py":  "MIDDLEWARE = [\n    'corsheaders.middleware.CorsMiddleware',\n]\nCORS_ALLOWED_ORIGINS = ['http://localhost:3000']\n",
		"settings/plain.py": "MIDDLEWARE = ['django.middleware.common.CommonMiddleware']\n",
	}
	read := func(rel string) ([]byte, error) {
		if s, ok := files[rel]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	parseAt := func(path, src string) []policy.Policy {
		pols, _ := Parser{}.Parse(parsers.File{Path: path, Data: []byte(src), Read: read})
		return pols
	}

	// The default Max-Age is reported at the middleware entry base.py holds.
	pols := parseAt("settings/prod.py", "from .base import *\nCORS_ALLOW_CREDENTIALS = True\n")
	if len(pols) != 1 || pols[0].Span.File != "settings/base.py" || pols[0].Span.Start.Line != 2 || pols[0].MaxAge.Span != pols[0].Span {
		t.Fatalf("enable span: %+v", pols)
	}
	// A middleware list without CorsMiddleware switches the settings off.
	if pols := parseAt("settings/prod.py", "from .plain import *\nCORS_ALLOW_ALL_ORIGINS = True\n"); len(pols) != 0 {
		t.Errorf("settings without the middleware: %+v", pols)
	}
	// A development file's own origins are development ones; the origins it
	// reads from the shared base.py are not.
	pols = parseAt("settings/local.py", "from .base import *\nCORS_ALLOWED_ORIGIN_REGEXES = [r'^http://127\\.0\\.0\\.1:\\d+$']\n")
	if len(pols) != 1 || pols[0].Dev {
		t.Fatalf("local.py: %+v", pols)
	}
	for _, mt := range pols[0].Origins.Matchers {
		if want := mt.Span.File == "settings/local.py"; mt.Dev != want {
			t.Errorf("matcher %q from %s: dev=%v, want %v", mt.Value, mt.Span.File, mt.Dev, want)
		}
	}
	// Without anything star-imported a development file stays development.
	if pols := parseAt("settings/dev.py", "from .missing import *\nCORS_ALLOWED_ORIGINS = ['http://localhost:3000']\n"); len(pols) != 1 || !pols[0].Dev {
		t.Errorf("dev.py: %+v", pols)
	}
}

func TestDjangoSettingsIgnoreDevStarImports(t *testing.T) {
	read := func(rel string) ([]byte, error) {
		if rel == "proj/local_settings.py" {
			return []byte("CORS_ALLOW_ALL_ORIGINS = True\nCORS_PREFLIGHT_MAX_AGE = 0\n"), nil
		}
		return nil, fs.ErrNotExist
	}
	src := "MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']\nCORS_ALLOWED_ORIGINS = ['https://a.example']\ntry:\n    from .local_settings import *\nexcept ImportError:\n    pass\n"
	pols, _ := Parser{}.Parse(parsers.File{Path: "proj/settings.py", Data: []byte(src), Read: read})
	var got []string
	for _, p := range pols {
		got = append(got, summary(p))
	}
	if want := []string{"django-cors-headers list/origin@2 [exact:https://a.example@2] vary=1 maxage=86400@1(default)"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
