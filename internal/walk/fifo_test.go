//go:build unix

package walk

import (
	"path/filepath"
	"reflect"
	"syscall"
	"testing"
)

func mkfifo(p string) error { return syscall.Mkfifo(p, 0o644) }

func TestWalkFIFOSkipped(t *testing.T) {
	root := tree(t, map[string]string{"a.conf": "x"})
	if err := mkfifo(filepath.Join(root, "pipe")); err != nil {
		t.Fatalf("mkfifo: %v", err)
	}
	res, err := Walk([]string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := rels(res.Entries); !reflect.DeepEqual(got, []string{"a.conf"}) {
		t.Errorf("entries = %q", got)
	}
}
