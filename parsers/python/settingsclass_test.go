package python

import (
	"reflect"
	"testing"
)

func TestEvalSettingsFields(t *testing.T) {
	head := "from pydantic import Field\nfrom pydantic_settings import BaseSettings\n"
	tests := []struct {
		name, src string
		want      []string // nil: unknown
		env       string
	}{
		{"instance of a settings class", "class S(BaseSettings):\n    cors_origins: list[str] = ['*']\nsettings = S()\nX = settings.cors_origins",
			[]string{"*"}, "CORS_ORIGINS"},
		{"Field default", "class S(BaseSettings):\n    origins: list[str] = Field(default=['https://a.example'])\nsettings = S()\nX = settings.origins",
			[]string{"https://a.example"}, "ORIGINS"},
		{"cached getter", "from functools import lru_cache\nclass S(BaseSettings):\n    origins: list[str] = ['https://a.example']\n@lru_cache\ndef get_settings():\n    return S()\nsettings = get_settings()\nX = settings.origins",
			[]string{"https://a.example"}, "ORIGINS"},
		{"required field", "class S(BaseSettings):\n    origins: list[str] = Field(...)\nsettings = S()\nX = settings.origins", nil, ""},
		{"computed property", "class S(BaseSettings):\n    @property\n    def origins(self):\n        return ['*']\nsettings = S()\nX = settings.origins", nil, ""},
		// A plain class: its attribute is the value, not an environment
		// fallback (blind5_starlette_origins_string).
		{"plain class instance", "class S:\n    origins = ['*']\nsettings = S()\nX = settings.origins", []string{"*"}, ""},
		{"class attribute", "class Config:\n    ORIGINS = ['https://a.example']\nX = Config.ORIGINS", []string{"https://a.example"}, ""},
		{"dataclass field default", "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    origins: list = field(default=('https://a.example',))\ncfg = C()\nX = cfg.origins",
			[]string{"https://a.example"}, ""},
		{"dataclass default_factory", "from dataclasses import dataclass, field\n@dataclass\nclass C:\n    origins: list = field(default_factory=list)\ncfg = C()\nX = cfg.origins", nil, ""},
		{"plain class built with arguments", "class S:\n    origins = ['*']\nsettings = S(origins=[])\nX = settings.origins", nil, ""},
		{"plain class with __init__", "class S:\n    origins = ['*']\n    def __init__(self):\n        self.origins = []\nsettings = S()\nX = settings.origins", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := evalName(t, head+tt.src, false)
			if tt.want == nil {
				if v.Kind != Unknown {
					t.Fatalf("got %+v, want unknown", v)
				}
				return
			}
			if v.Kind != List || !reflect.DeepEqual(strs(v), tt.want) || v.EnvVar != tt.env || v.Items[0].EnvVar != tt.env {
				t.Fatalf("got %+v, want %q from %s", v, tt.want, tt.env)
			}
		})
	}
}
