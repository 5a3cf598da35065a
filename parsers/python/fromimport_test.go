package python

import (
	"io/fs"
	"testing"
)

func TestFromImported(t *testing.T) {
	files := map[string]string{
		"svc/app/settings/staging.py": "CORS_ORIGINS = ['https://s.example.com', 'http://s.example.com']\n",
		"svc/app/settings/local.py":   "ORIGINS = ['http://localhost:3000']\n",
		"svc/app/reexport.py":         "from .settings.staging import CORS_ORIGINS\n",
		"svc/app/a.py":                "from .b import X\n",
		"svc/app/b.py":                "from .a import X\n",
	}
	read := func(rel string) ([]byte, error) {
		if s, ok := files[rel]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	tests := []struct {
		name, src string
		read      bool
		wantKind  Kind
		wantItems int
		wantFile  string
		wantDev   bool
	}{
		{"direct", "from .settings.staging import CORS_ORIGINS\nV = CORS_ORIGINS\n", true, List, 2, "svc/app/settings/staging.py", false},
		{"aliased", "from .settings.staging import CORS_ORIGINS as O\nV = O\n", true, List, 2, "svc/app/settings/staging.py", false},
		{"re-exported", "from .reexport import CORS_ORIGINS\nV = CORS_ORIGINS\n", true, List, 2, "svc/app/settings/staging.py", false},
		{"development file", "from .settings.local import ORIGINS\nV = ORIGINS\n", true, List, 1, "svc/app/settings/local.py", true},
		{"cycle", "from .a import X\nV = X\n", true, Unknown, 0, "", false},
		{"missing module", "from .nowhere import Y\nV = Y\n", true, Unknown, 0, "", false},
		{"no reader", "from .settings.staging import CORS_ORIGINS\nV = CORS_ORIGINS\n", false, Unknown, 0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := Parse("svc/app/main.py", []byte(tt.src))
			if m == nil {
				t.Fatal("parse failed")
			}
			if tt.read {
				m.SetReader(read)
			}
			_, val, ok := m.Top().Binding("V")
			if !ok {
				t.Fatal("V not bound")
			}
			v := m.Eval(m.Top(), val)
			if v.Kind != tt.wantKind {
				t.Fatalf("kind %v (%s), want %v", v.Kind, v.Note, tt.wantKind)
			}
			if tt.wantKind != List {
				return
			}
			if len(v.Items) != tt.wantItems {
				t.Fatalf("%d items, want %d", len(v.Items), tt.wantItems)
			}
			if f := v.Items[0].Span.File; f != tt.wantFile {
				t.Errorf("span file %q, want %q", f, tt.wantFile)
			}
			if v.Items[0].Dev != tt.wantDev {
				t.Errorf("dev %v, want %v", v.Items[0].Dev, tt.wantDev)
			}
		})
	}
}
