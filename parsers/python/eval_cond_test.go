package python

import (
	"reflect"
	"testing"
)

// A conditional whose condition evaluates picks its side; an unknown
// condition stays unknown (blind5_starlette_allow_all_flag_ok).
func TestEvalConditionalKnownCondition(t *testing.T) {
	head := "import os\nfrom pydantic_settings import BaseSettings\n"
	tests := []struct {
		name, src string
		want      []string // nil: unknown
		env       string
	}{
		{"constant false", "X = ['*'] if False else ['https://a.example']", []string{"https://a.example"}, ""},
		{"settings flag default", "class S(BaseSettings):\n    allow_all: bool = False\nsettings = S()\nX = ['*'] if settings.allow_all else ['https://a.example']",
			[]string{"https://a.example"}, "ALLOW_ALL"},
		{"environment fallback picks the dangerous side", "X = ['*'] if os.getenv('ALLOW_ALL', '1') else ['https://a.example']",
			[]string{"*"}, "ALLOW_ALL"},
		{"unknown condition", "X = ['*'] if os.environ['ALLOW_ALL'] else ['https://a.example']", nil, ""},
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
			if v.Kind != List || !reflect.DeepEqual(strs(v), tt.want) || v.EnvVar != tt.env {
				t.Fatalf("got %+v, want %q from %q", v, tt.want, tt.env)
			}
		})
	}
}
