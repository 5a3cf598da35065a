package platformtest_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/corslint/corslint/internal/config"
	"github.com/corslint/corslint/internal/scan"
	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/parsers/jsonconf"
	"github.com/corslint/corslint/parsers/tomlconf"
	"github.com/corslint/corslint/parsers/yamlconf"
)

// TestAnnotatedPlatforms runs the platform families' annotated testdata
// (testdata/yaml, toml, json) through the real scan with only these three
// parsers, so the cases hold whatever the scan's registry contains. The
// repository-wide harness in internal/scan checks them again.

var wantRe = regexp.MustCompile(`#\s*want((?:\s+CORS\d{3})+)`)

type expect struct {
	file string
	line int
	id   string
}

func (e expect) String() string { return fmt.Sprintf("%s:%d %s", e.file, e.line, e.id) }

func platformParsers() []parsers.Parser {
	return []parsers.Parser{yamlconf.Parser{}, tomlconf.Parser{}, jsonconf.Parser{}}
}

func wants(t *testing.T, root, rel string) []expect {
	t.Helper()
	var out []expect
	if strings.HasSuffix(rel, ".json") {
		data, err := os.ReadFile(filepath.Join(root, strings.TrimSuffix(rel, ".json")+".want"))
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			f := strings.Fields(l)
			if len(f) < 2 {
				continue
			}
			n, err := strconv.Atoi(f[0])
			if err != nil {
				t.Fatalf("%s: bad want row %q", rel, l)
			}
			for _, id := range f[1:] {
				out = append(out, expect{rel, n, id})
			}
		}
		return out
	}
	data, err := os.ReadFile(filepath.Join(root, rel))
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		if m := wantRe.FindStringSubmatch(sc.Text()); m != nil {
			for _, id := range strings.Fields(m[1]) {
				out = append(out, expect{rel, n, id})
			}
		}
	}
	return out
}

func TestAnnotatedPlatforms(t *testing.T) {
	root, err := filepath.Abs("../../..")
	if err != nil {
		t.Fatal(err)
	}
	total, clean := 0, 0
	for _, fam := range []string{"yaml", "toml", "json"} {
		ents, err := os.ReadDir(filepath.Join(root, "testdata", fam))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			name := e.Name()
			if strings.HasSuffix(name, ".want") || strings.HasSuffix(name, ".args") || strings.HasSuffix(name, ".md") {
				continue
			}
			rel := "testdata/" + fam + "/" + name
			var files []string
			if e.IsDir() {
				err := filepath.WalkDir(filepath.Join(root, rel), func(p string, d os.DirEntry, err error) error {
					if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".want") {
						r, _ := filepath.Rel(root, p)
						files = append(files, filepath.ToSlash(r))
					}
					return err
				})
				if err != nil {
					t.Fatal(err)
				}
			} else {
				files = []string{rel}
			}
			var want []expect
			for _, f := range files {
				want = append(want, wants(t, root, f)...)
			}
			total++
			if len(want) == 0 {
				clean++
			}
			t.Run(fam+"/"+name, func(t *testing.T) {
				if ok := strings.Contains(name, "_ok"); !e.IsDir() && ok != (len(want) == 0) {
					t.Errorf("clean cases end in _ok and only they (%d wanted)", len(want))
				}
				opts := scan.Options{Paths: []string{filepath.Join(root, rel)}, Config: config.Default(), Parsers: platformParsers()}
				if args, err := os.ReadFile(filepath.Join(root, strings.TrimSuffix(rel, filepath.Ext(rel))+".args")); err == nil {
					f := strings.Fields(string(args))
					if len(f) == 2 && f[0] == "--profile" {
						opts.Profile = f[1]
					}
				}
				res, err := scan.Run(opts)
				if err != nil {
					t.Fatal(err)
				}
				got := map[expect]string{}
				for _, f := range res.Findings {
					got[expect{f.Span.File, f.Span.Start.Line, f.RuleID}] = f.Message
				}
				wantSet := map[expect]bool{}
				for _, w := range want {
					wantSet[w] = true
					if _, ok := got[w]; !ok {
						t.Errorf("missing %s", w)
					}
				}
				var extra []string
				for k, msg := range got {
					if !wantSet[k] {
						extra = append(extra, fmt.Sprintf("unexpected %s: %s", k, msg))
					}
				}
				sort.Strings(extra)
				for _, x := range extra {
					t.Error(x)
				}
				for _, n := range res.Notices {
					if strings.Contains(n.Message, "internal error") {
						t.Errorf("notice %s:%d: %s", n.Span.File, n.Span.Start.Line, n.Message)
					}
				}
			})
		}
	}
	if total < 60 || clean*3 < total {
		t.Errorf("%d cases, %d clean: want at least 60, a third clean", total, clean)
	}
}
