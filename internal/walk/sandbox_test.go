package walk

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestIsBinary(t *testing.T) {
	latin1 := []byte("# caf\xe9 config\nadd_header X y;\n")
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"empty", nil, false},
		{"ascii", []byte("server { listen 80; }\n"), false},
		{"utf8", []byte("# héllo wörld ✓\n"), false},
		{"nul", []byte("abc\x00def"), true},
		{"nul late beyond sniff", append([]byte(strings.Repeat("a", 9000)), 0), false},
		{"stray latin1 byte", latin1, false},
		{"mostly invalid", []byte("\xff\xfe\xfd\xfc\xfbab"), true},
		{"utf16 bom text", []byte("\xff\xfea\x00b\x00"), true},
		{"rune cut at sniff edge", append([]byte(strings.Repeat("a", sniffLen-1)), "é"...), false},
		{"png header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsBinary(tt.data); got != tt.want {
				t.Errorf("IsBinary = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSandbox(t *testing.T) {
	outside := tree(t, map[string]string{"passwd": "secret"})
	root := tree(t, map[string]string{
		"nginx/nginx.conf":         "main",
		"nginx/conf.d/a.conf":      "a",
		"nginx/conf.d/b.conf":      "b",
		"nginx/conf.d/c.txt":       "c",
		"nginx/conf.d/sub/d.conf":  "d",
		"nginx/snippets/cors.conf": "cors",
		"big.conf":                 strings.Repeat("x", 100),
	})
	symlink(t, filepath.Join(outside, "passwd"), filepath.Join(root, "nginx/conf.d/escape.conf"))
	symlink(t, "../snippets/cors.conf", filepath.Join(root, "nginx/conf.d/z-link.conf"))
	symlink(t, "a.conf", filepath.Join(root, "nginx/conf.d/dup.conf"))
	if err := os.Mkdir(filepath.Join(root, "nginx/conf.d/dir.conf"), 0o755); err != nil {
		t.Fatal(err)
	}
	sb, err := NewSandbox(root, 50)
	if err != nil {
		t.Fatal(err)
	}

	reads := []struct {
		rel     string
		want    string
		wantErr error // nil: success (unless anyErr)
		anyErr  bool  // some error, of no particular kind
	}{
		{"nginx/nginx.conf", "main", nil, false},
		{"./nginx/../nginx/nginx.conf", "main", nil, false},
		{"nginx/conf.d/z-link.conf", "cors", nil, false},
		{"../outside", "", ErrOutsideRoot, false},
		{"nginx/../../x", "", ErrOutsideRoot, false},
		{"/etc/passwd", "", ErrOutsideRoot, false},
		{"", "", ErrOutsideRoot, false},
		{"nginx/conf.d/escape.conf", "", ErrOutsideRoot, false},
		{"big.conf", "", ErrTooLarge, false},
		{"missing.conf", "", os.ErrNotExist, false},
		{"nginx/conf.d/dir.conf", "", nil, true},
	}
	for _, r := range reads {
		t.Run("read "+r.rel, func(t *testing.T) {
			data, err := sb.Read(r.rel)
			switch {
			case r.anyErr:
				if err == nil {
					t.Fatal("Read succeeded, want an error")
				}
			case r.wantErr == nil && err != nil:
				t.Fatalf("Read: %v", err)
			case r.wantErr == nil && string(data) != r.want:
				t.Fatalf("Read = %q, want %q", data, r.want)
			case r.wantErr != nil && !errors.Is(err, r.wantErr):
				t.Fatalf("Read err = %v, want %v", err, r.wantErr)
			}
			if err != nil && (strings.Contains(err.Error(), root) || strings.Contains(err.Error(), outside)) {
				t.Errorf("error leaks an absolute path: %v", err)
			}
		})
	}

	globs := []struct {
		pattern string
		want    []string
		wantErr error
		anyErr  bool
	}{
		// escape.conf leaves the root, dir.conf is a directory, z-link.conf is
		// reported by its real path, dup.conf collapses into a.conf.
		{"nginx/conf.d/*.conf", []string{"nginx/conf.d/a.conf", "nginx/conf.d/b.conf", "nginx/snippets/cors.conf"}, nil, false},
		{"nginx/conf.d/sub/*.conf", []string{"nginx/conf.d/sub/d.conf"}, nil, false},
		{"nginx/none/*.conf", nil, nil, false},
		{"../*", nil, ErrOutsideRoot, false},
		{"/etc/*", nil, ErrOutsideRoot, false},
		{"nginx/[", nil, nil, true},
	}
	for _, g := range globs {
		t.Run("glob "+g.pattern, func(t *testing.T) {
			got, err := sb.Glob(g.pattern)
			switch {
			case g.anyErr:
				if err == nil {
					t.Fatal("Glob succeeded, want an error")
				}
			case g.wantErr == nil && err != nil:
				t.Fatalf("Glob: %v", err)
			case g.wantErr != nil && !errors.Is(err, g.wantErr):
				t.Fatalf("Glob err = %v, want %v", err, g.wantErr)
			}
			if g.wantErr == nil && !g.anyErr && !reflect.DeepEqual(got, g.want) {
				t.Errorf("Glob = %q, want %q", got, g.want)
			}
		})
	}

	abs, rel, err := sb.Resolve("nginx/conf.d/z-link.conf")
	if err != nil || rel != "nginx/snippets/cors.conf" || abs != filepath.Join(root, "nginx/snippets/cors.conf") {
		t.Errorf("Resolve = %q, %q, %v", abs, rel, err)
	}
}
