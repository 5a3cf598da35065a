package python

import (
	"errors"
	"io/fs"
	"reflect"
	"testing"
)

func TestModuleFiles(t *testing.T) {
	tests := []struct {
		file, name string
		want       []string
	}{
		{"proj/settings/prod.py", ".base", []string{"proj/settings/base.py", "proj/settings/base/__init__.py"}},
		{"proj/settings/prod.py", "..common", []string{"proj/common.py", "proj/common/__init__.py"}},
		{"src/proj/settings.py", "proj.base", []string{
			"src/proj/proj/base.py", "src/proj/proj/base/__init__.py",
			"src/proj/base.py", "src/proj/base/__init__.py",
			"proj/base.py", "proj/base/__init__.py",
		}},
		{"settings.py", ".", nil},
	}
	for _, tt := range tests {
		if got := moduleFiles(tt.file, tt.name); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("moduleFiles(%q, %q) = %q, want %q", tt.file, tt.name, got, tt.want)
		}
	}
}

func TestStarModules(t *testing.T) {
	files := map[string]string{
		"cfg/settings/base.py":   "from .common import *\nCORS_PREFLIGHT_MAX_AGE = 600\n",
		"cfg/settings/common.py": "from .base import *\nX = 1\n", // a cycle is read once
		"cfg/settings/prod.py":   "from .base import *\nfrom .missing import *\nCORS_ALLOWED_ORIGINS = []\n",
	}
	read := func(rel string) ([]byte, error) {
		if s, ok := files[rel]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}
	m, _ := Parse("cfg/settings/prod.py", []byte(files["cfg/settings/prod.py"]))
	if m == nil {
		t.Fatal("parse failed")
	}
	var got []string
	for _, sub := range StarModules(m, read) {
		got = append(got, sub.Path)
	}
	if want := []string{"cfg/settings/common.py", "cfg/settings/base.py"}; !reflect.DeepEqual(got, want) {
		t.Errorf("StarModules = %q, want %q", got, want)
	}
	if StarModules(m, nil) != nil {
		t.Error("no reader must give no modules")
	}
	failing := func(string) ([]byte, error) { return nil, errors.New("outside the root") }
	if got := StarModules(m, failing); len(got) != 0 {
		t.Errorf("unreadable imports: %d modules", len(got))
	}
}
