package python

import (
	"io/fs"
	"testing"
)

// TestSettingsFieldImported covers `from app.core.config import settings`
// followed by `settings.FIELD`: the field is judged in the module that
// defines the settings class.
func TestSettingsFieldImported(t *testing.T) {
	files := map[string]string{
		"svc/core/config.py": "from pydantic import BaseSettings\n" +
			"class Settings(BaseSettings):\n    cors_origins: list[str] = ['*']\n" +
			"settings = Settings()\n" +
			"def get_settings():\n    return Settings()\n",
		"svc/core/plain.py":    "class Config:\n    ORIGINS = ['https://a.example.com', 'https://b.example.com']\nconf = Config()\n",
		"svc/core/__init__.py": "from .config import settings\n",
		"svc/core/opaque.py":   "settings = load_settings()\n",
	}
	read := func(rel string) ([]byte, error) {
		if s, ok := files[rel]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	tests := []struct {
		name, src string
		wantKind  Kind
		wantItems int
		wantEnv   bool
	}{
		{"pydantic settings", "from core.config import settings\nV = settings.cors_origins\n", List, 1, true},
		{"re-exported by package", "from core import settings\nV = settings.cors_origins\n", List, 1, true},
		{"plain config instance", "from core.plain import conf as c\nV = c.ORIGINS\n", List, 2, false},
		{"imported factory", "from core.config import get_settings\nsettings = get_settings()\nV = settings.cors_origins\n", List, 1, true},
		{"imported class", "from core.config import Settings\ns = Settings()\nV = s.cors_origins\n", List, 1, true},
		{"imported class with arguments", "from core.config import Settings\ns = Settings(cors_origins=[])\nV = s.cors_origins\n", Unknown, 0, false},
		{"unknown field", "from core.config import settings\nV = settings.nothing\n", Unknown, 0, false},
		{"opaque settings", "from core.opaque import settings\nV = settings.cors_origins\n", Unknown, 0, false},
		{"shadowed locally", "from core.config import settings\ndef f(settings):\n    return settings.cors_origins\nV = f(1)\n", Unknown, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _ := Parse("svc/main.py", []byte(tt.src))
			if m == nil {
				t.Fatal("parse failed")
			}
			m.SetReader(read)
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
			if f := v.Items[0].Span.File; f == "svc/main.py" {
				t.Errorf("span points at the importing file, want the settings module")
			}
			if got := v.Items[0].EnvVar != ""; got != tt.wantEnv {
				t.Errorf("env fallback %v (%q), want %v", got, v.Items[0].EnvVar, tt.wantEnv)
			}
		})
	}
}
