package scan

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
	"github.com/corslint/corslint/rules"
)

// The annotated testdata harness (design.md, Tests): every case under
// testdata/<family>/ carries its expected findings — `# want CORS001` or
// `// want CORS004` on the flagged line, or a sidecar NAME.want of `LINE ID`
// rows (JSON, .properties, _headers; any file as NAME.EXT.want) — and the
// scan must produce exactly those, both ways. A case
// is a file, or a directory tree (a whole nginx.conf with conf.d/). A sidecar
// NAME.args (or ARGS in a tree) holds scan flags: --profile audit,
// --enable ID, --disable ID.

var wantRe = regexp.MustCompile(`(?:#|//|/\*)\s*want((?:\s+CORS\d{3})+)`)

type expect struct {
	file string
	line int
	id   string
}

func (e expect) String() string { return fmt.Sprintf("%s:%d %s", e.file, e.line, e.id) }

type tcase struct {
	name  string // path relative to the repository root
	dir   bool
	files []string // repository-relative files the case holds
	args  []string
	clean bool
}

func repoRoot(t testing.TB) string {
	t.Helper()
	abs, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// sidecar reports files that describe a case rather than being one.
func sidecar(name string) bool {
	return strings.HasSuffix(name, ".want") || strings.HasSuffix(name, ".args") || name == "ARGS" ||
		strings.HasSuffix(name, ".md") || strings.HasSuffix(name, ".probes") || strings.HasSuffix(name, ".probes.json")
}

func collectCases(t *testing.T, root string) []tcase {
	t.Helper()
	td := filepath.Join(root, "testdata")
	fams, err := os.ReadDir(td)
	if err != nil {
		t.Fatal(err)
	}
	var cases []tcase
	for _, fam := range fams {
		if !fam.IsDir() || fam.Name() == "golden" || fam.Name() == "fuzz" || fam.Name() == "bench" {
			continue
		}
		ents, err := os.ReadDir(filepath.Join(td, fam.Name()))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			rel := "testdata/" + fam.Name() + "/" + e.Name()
			if sidecar(e.Name()) || strings.HasPrefix(e.Name(), ".") {
				continue
			}
			c := tcase{name: rel, dir: e.IsDir()}
			if e.IsDir() {
				err := filepath.WalkDir(filepath.Join(root, rel), func(p string, d os.DirEntry, err error) error {
					if err != nil {
						return err
					}
					if !d.IsDir() && !sidecar(d.Name()) {
						r, _ := filepath.Rel(root, p)
						c.files = append(c.files, filepath.ToSlash(r))
					}
					return nil
				})
				if err != nil {
					t.Fatal(err)
				}
				c.args = readArgs(t, filepath.Join(root, rel, "ARGS"))
			} else {
				c.files = []string{rel}
				c.args = readArgs(t, filepath.Join(root, strings.TrimSuffix(rel, filepath.Ext(rel))+".args"))
			}
			cases = append(cases, c)
		}
	}
	return cases
}

func readArgs(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return strings.Fields(string(data))
}

// wanted reads the expectations of one file.
func wanted(t *testing.T, root, rel string) []expect {
	t.Helper()
	var out []expect
	// A sidecar NAME.want holds the expectations of formats without comments
	// (JSON) or whose comments cannot share a line with a value
	// (.properties, Netlify _headers).
	// Extensionless files (nginx sites-enabled/x) use comments unless they
	// have a sidecar.
	ext := filepath.Ext(rel)
	side := filepath.Join(root, strings.TrimSuffix(rel, ext)+".want")
	_, statErr := os.Stat(side)
	// Any file may carry a full-name sidecar (NAME.yaml.want) when a
	// comment cannot sit on the flagged line (inside a YAML block scalar).
	full := filepath.Join(root, rel+".want")
	_, fullErr := os.Stat(full)
	if fullErr == nil {
		side = full
	}
	if fullErr == nil || ext == ".json" || ext == ".properties" || ext == "" && statErr == nil {
		data, err := os.ReadFile(side)
		if os.IsNotExist(err) {
			return nil
		}
		if err != nil {
			t.Fatal(err)
		}
		for i, l := range strings.Split(string(data), "\n") {
			f := strings.Fields(l)
			if len(f) == 0 || strings.HasPrefix(f[0], "#") {
				continue
			}
			n, err := strconv.Atoi(f[0])
			if err != nil || len(f) < 2 {
				t.Fatalf("%s:%d: want rows are `LINE CORS0xx...`", side, i+1)
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
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		m := wantRe.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		for _, id := range strings.Fields(m[1]) {
			out = append(out, expect{rel, n, id})
		}
	}
	return out
}

func applyArgs(t *testing.T, opts *Options, args []string) {
	t.Helper()
	for i := 0; i < len(args); i++ {
		if i+1 >= len(args) {
			t.Fatalf("bad args %v", args)
		}
		switch args[i] {
		case "--profile":
			opts.Profile = args[i+1]
		case "--enable":
			opts.Enable = append(opts.Enable, strings.Split(args[i+1], ",")...)
		case "--disable":
			opts.Disable = append(opts.Disable, strings.Split(args[i+1], ",")...)
		default:
			t.Fatalf("unknown arg %q", args[i])
		}
		i++
	}
}

func TestAnnotated(t *testing.T) {
	root := repoRoot(t)
	cases := collectCases(t, root)
	if len(cases) == 0 {
		t.Fatal("no testdata cases found")
	}
	fired := map[string]int{}
	clean := 0
	for _, c := range cases {
		var want []expect
		for _, f := range c.files {
			want = append(want, wanted(t, root, f)...)
		}
		c.clean = len(want) == 0
		if c.clean {
			clean++
		}
		for _, w := range want {
			fired[w.id]++
		}
		t.Run(strings.TrimPrefix(c.name, "testdata/"), func(t *testing.T) {
			if isOK := strings.Contains(filepath.Base(c.name), "_ok"); isOK != c.clean && !c.dir {
				t.Errorf("case naming: %s has %d wanted findings; clean cases end in _ok and only they", c.name, len(want))
			}
			opts := Options{Paths: []string{filepath.Join(root, c.name)}, Config: config.Default()}
			applyArgs(t, &opts, c.args)
			res, err := Run(opts)
			if err != nil {
				t.Fatal(err)
			}
			got := map[expect]rules.Finding{}
			for _, f := range res.Findings {
				got[expect{f.Span.File, f.Span.Start.Line, f.RuleID}] = f
			}
			wantSet := map[expect]bool{}
			for _, w := range want {
				wantSet[w] = true
				if _, ok := got[w]; !ok {
					t.Errorf("missing %s", w)
				}
			}
			var extra []string
			for k, f := range got {
				if !wantSet[k] {
					extra = append(extra, fmt.Sprintf("unexpected %s: %s", k, f.Message))
				}
			}
			sort.Strings(extra)
			for _, e := range extra {
				t.Error(e)
			}
			for _, n := range res.Notices {
				// Bad-input cases expect notices; a recovered panic is never fine.
				if strings.Contains(n.Message, "internal error") {
					t.Errorf("notice %s:%d: %s", n.Span.File, n.Span.Start.Line, n.Message)
				}
			}
		})
	}
	if clean*3 < len(cases) {
		t.Errorf("only %d of %d cases are clean; at least a third must be", clean, len(cases))
	}
	for _, r := range rules.All() {
		if fired[r.Meta().ID] == 0 {
			t.Errorf("rule %s has no firing testdata case", r.Meta().ID)
		}
	}
}
