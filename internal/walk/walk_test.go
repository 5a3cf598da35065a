package walk

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

// tree writes files (path -> content) under a new temp dir and returns it,
// resolved through symlinks (t.TempDir may sit behind one).
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for p, content := range files {
		abs := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(abs, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(link), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

func rels(es []Entry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Rel)
	}
	return out
}

func noticeFor(ns []policy.Notice, file, substr string) bool {
	for _, n := range ns {
		if n.Span.File == file && strings.Contains(n.Message, substr) {
			return true
		}
	}
	return false
}

func TestWalkTree(t *testing.T) {
	root := tree(t, map[string]string{
		".git/HEAD":                    "ref",
		".gitignore":                   "*.log\n/build/\nsecret.conf\n",
		"nginx.conf":                   "x",
		"app.log":                      "x",
		"build/out.conf":               "x",
		"src/build/kept.conf":          "x", // /build/ is anchored to the root
		"secret.conf":                  "x",
		"sub/.gitignore":               "local.yaml\n!app.log\n",
		"sub/local.yaml":               "x",
		"sub/app.log":                  "x", // re-included by the deeper file
		"sub/ok.yaml":                  "x",
		"other/local.yaml":             "x", // sub/.gitignore is relative to sub
		"node_modules/cors/index.js":   "x",
		"vendor/x/nginx.conf":          "x",
		".history/nginx_2024.conf":     "x",
		".venv/lib/x.py":               "x",
		"web/__pycache__/a.py":         "x",
		"deploy/k8s/ingress.yaml":      "x",
		"deploy/k8s/legacy/old.yaml":   "x",
		"deploy/dist/settings.json":    "x",
		"a-b.conf":                     "x",
		"a/z.conf":                     "x",
		".git/info/exclude":            "excluded-by-info.conf\n",
		"excluded-by-info.conf":        "x",
		"deploy/k8s/legacy/notes.json": "x",
	})
	excluded := CompilePatterns([]string{"deploy/k8s/legacy/"})
	res, err := Walk([]string{root}, Options{Excluded: func(rel string) bool {
		return excluded.Match(strings.TrimSuffix(rel, "/"), strings.HasSuffix(rel, "/"))
	}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Root != root {
		t.Errorf("Root = %q, want %q", res.Root, root)
	}
	want := []string{
		".gitignore",
		"a-b.conf",
		"a/z.conf",
		"deploy/dist/settings.json",
		"deploy/k8s/ingress.yaml",
		"nginx.conf",
		"other/local.yaml",
		"src/build/kept.conf",
		"sub/.gitignore",
		"sub/app.log",
		"sub/ok.yaml",
	}
	if got := rels(res.Entries); !reflect.DeepEqual(got, want) {
		t.Errorf("entries:\n got %q\nwant %q", got, want)
	}
	for _, e := range res.Entries {
		if e.Named || e.Size != 1 && !strings.HasSuffix(e.Rel, ".gitignore") {
			t.Errorf("entry %+v: want Named=false and Size=1", e)
		}
		if e.Abs != filepath.Join(root, filepath.FromSlash(e.Rel)) {
			t.Errorf("entry %q: Abs = %q", e.Rel, e.Abs)
		}
	}
}

func TestWalkNamedFiles(t *testing.T) {
	root := tree(t, map[string]string{
		".git/HEAD":                  "ref",
		".gitignore":                 "ignored.conf\nbuild/\n",
		"ignored.conf":               "x",
		"node_modules/pkg/cors.json": "x",
		"plain.conf":                 "x",
		"build/gen.conf":             "x",
		"build/also.conf":            "x",
		"legacy/skip.conf":           "x",
	})
	abs := func(p string) string { return filepath.Join(root, p) }
	res, err := Walk(
		[]string{abs("ignored.conf"), abs("node_modules/pkg/cors.json"), abs("plain.conf"), abs("plain.conf"), abs("legacy/skip.conf")},
		Options{Excluded: func(rel string) bool { return strings.HasPrefix(rel, "legacy/") }},
	)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ignored.conf", "node_modules/pkg/cors.json", "plain.conf"}
	if got := rels(res.Entries); !reflect.DeepEqual(got, want) {
		t.Fatalf("entries = %q, want %q (named files always read, once; config excludes still apply)", got, want)
	}
	for _, e := range res.Entries {
		if !e.Named {
			t.Errorf("%s: Named = false", e.Rel)
		}
	}

	// A named directory that is gitignored is walked, with the rest of the
	// ignore rules still applied inside it.
	res, err = Walk([]string{abs("build"), abs("plain.conf")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"build/also.conf", "build/gen.conf", "plain.conf"}
	if got := rels(res.Entries); !reflect.DeepEqual(got, want) {
		t.Fatalf("named dir: entries = %q, want %q", got, want)
	}
}

func TestWalkNamedFileInsideNamedDir(t *testing.T) {
	root := tree(t, map[string]string{".git/HEAD": "x", "d/a.conf": "x", "d/b.conf": "x"})
	res, err := Walk([]string{filepath.Join(root, "d"), filepath.Join(root, "d/a.conf"), root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// d is inside root, a.conf is named: each file exactly once.
	want := []string{"d/a.conf", "d/b.conf"}
	if got := rels(res.Entries); !reflect.DeepEqual(got, want) {
		t.Fatalf("entries = %q, want %q", got, want)
	}
	if !res.Entries[0].Named || res.Entries[1].Named {
		t.Errorf("Named flags wrong: %+v", res.Entries)
	}
}

func TestWalkSymlinks(t *testing.T) {
	outside := tree(t, map[string]string{"secret.conf": "x"})
	root := tree(t, map[string]string{
		".git/HEAD":            "x",
		"conf/nginx.conf":      "x",
		"shared/cors.conf":     "x",
		"shared/deep/x.conf":   "x",
		"services/api/app.cfg": "x",
	})
	symlink(t, "..", filepath.Join(root, "conf/loop"))                                 // loop to the root
	symlink(t, "../..", filepath.Join(root, "conf/deeploop"))                          // loop above
	symlink(t, filepath.Join(outside, "secret.conf"), filepath.Join(root, "out.conf")) // leaves the root
	symlink(t, outside, filepath.Join(root, "outdir"))
	symlink(t, "missing.conf", filepath.Join(root, "dangling.conf"))
	symlink(t, "../../shared", filepath.Join(root, "services/api/shared")) // inside root, outside the area
	symlink(t, "..", filepath.Join(root, "shared/deep/up"))                // loop within the followed tree
	symlink(t, "self", filepath.Join(root, "self"))                        // link to itself

	// Whole root: loops end, links out of the root are notices, the
	// symlinked shared/ is walked in place only.
	res, err := Walk([]string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"conf/nginx.conf", "services/api/app.cfg", "shared/cors.conf", "shared/deep/x.conf"}
	if got := rels(res.Entries); !reflect.DeepEqual(got, want) {
		t.Errorf("entries = %q, want %q", got, want)
	}
	for _, c := range []struct{ file, msg string }{
		{"out.conf", "outside the scan root"},
		{"outdir", "outside the scan root"},
		{"dangling.conf", "broken or looping symlink"},
		{"self", "broken or looping symlink"},
	} {
		if !noticeFor(res.Notices, c.file, c.msg) {
			t.Errorf("no notice %q for %s in %+v", c.msg, c.file, res.Notices)
		}
	}
	for _, n := range res.Notices {
		if strings.Contains(n.Message, outside) || strings.Contains(n.Message, root) {
			t.Errorf("notice leaks an absolute path: %q", n.Message)
		}
	}

	// Only services/api: the shared/ link is followed, reported under its
	// real path, and the loop inside it ends.
	res, err = Walk([]string{filepath.Join(root, "services/api")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = []string{"services/api/app.cfg", "shared/cors.conf", "shared/deep/x.conf"}
	if got := rels(res.Entries); !reflect.DeepEqual(got, want) {
		t.Errorf("services/api: entries = %q, want %q", got, want)
	}
}

func TestWalkSizeLimitAndSpecialFiles(t *testing.T) {
	root := tree(t, map[string]string{
		"small.conf": "0123456789",
		"big.conf":   strings.Repeat("x", 11),
	})
	res, err := Walk([]string{root}, Options{MaxFileSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got := rels(res.Entries); !reflect.DeepEqual(got, []string{"small.conf"}) {
		t.Errorf("entries = %q", got)
	}
	if !noticeFor(res.Notices, "big.conf", "over the 10 B size limit") {
		t.Errorf("no size notice: %+v", res.Notices)
	}
	// Named files obey the limit too.
	res, err = Walk([]string{filepath.Join(root, "big.conf")}, Options{MaxFileSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 0 || !noticeFor(res.Notices, "big.conf", "size limit") {
		t.Errorf("named big file: entries %q notices %+v", rels(res.Entries), res.Notices)
	}
	// Negative: no limit.
	res, err = Walk([]string{root}, Options{MaxFileSize: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 2 {
		t.Errorf("no limit: entries %q", rels(res.Entries))
	}
}

func TestWalkNoGitignore(t *testing.T) {
	root := tree(t, map[string]string{".gitignore": "a.conf\n", "a.conf": "x"})
	res, err := Walk([]string{root}, Options{NoGitignore: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := rels(res.Entries); !reflect.DeepEqual(got, []string{".gitignore", "a.conf"}) {
		t.Errorf("entries = %q", got)
	}
}

func TestStreamStopsOnVisitError(t *testing.T) {
	root := tree(t, map[string]string{"a.conf": "x", "b.conf": "x", "c/d.conf": "x"})
	boom := errors.New("boom")
	n := 0
	_, err := Stream([]string{root}, Options{}, func(Entry) error {
		n++
		return boom
	})
	if !errors.Is(err, boom) || n != 1 {
		t.Fatalf("err = %v after %d visits, want boom after 1", err, n)
	}
}

func TestWalkBadArgument(t *testing.T) {
	root := tree(t, nil)
	_, err := Walk([]string{filepath.Join(root, "nope")}, Options{})
	if err == nil || !strings.Contains(err.Error(), "nope") {
		t.Fatalf("err = %v, want an error naming the path", err)
	}
}

func TestFindRoot(t *testing.T) {
	repo := tree(t, map[string]string{
		".git/HEAD":          "x",
		"a/b/nginx.conf":     "x",
		"c/app.py":           "x",
		"nested/.git":        "gitdir: ../.git/worktrees/n", // a worktree's .git file
		"nested/x/conf.yaml": "x",
	})
	plain := tree(t, map[string]string{"p/q/a.conf": "x", "p/r/b.conf": "x"})
	tests := []struct {
		name  string
		paths []string
		want  string
	}{
		{"repo subdir", []string{filepath.Join(repo, "a/b")}, repo},
		{"repo file", []string{filepath.Join(repo, "a/b/nginx.conf")}, repo},
		{"repo two args", []string{filepath.Join(repo, "a"), filepath.Join(repo, "c/app.py")}, repo},
		{"worktree .git file", []string{filepath.Join(repo, "nested/x")}, filepath.Join(repo, "nested")},
		{"no repo: common ancestor", []string{filepath.Join(plain, "p/q/a.conf"), filepath.Join(plain, "p/r")}, filepath.Join(plain, "p")},
		{"no repo: one dir", []string{filepath.Join(plain, "p/q")}, filepath.Join(plain, "p/q")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := FindRoot(tt.paths)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("FindRoot(%q) = %q, want %q", tt.paths, got, tt.want)
			}
		})
	}
}

func TestWalkSeveralArgsStayDistinct(t *testing.T) {
	// Two arguments with the same file name inside: paths relative to the
	// common root keep them apart (integration.md §1, the gosec ./a ./b bug).
	root := tree(t, map[string]string{"a/main.conf": "x", "b/main.conf": "x"})
	res, err := Walk([]string{filepath.Join(root, "b"), filepath.Join(root, "a")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Root != root {
		t.Errorf("Root = %q, want %q", res.Root, root)
	}
	if got := rels(res.Entries); !reflect.DeepEqual(got, []string{"a/main.conf", "b/main.conf"}) {
		t.Errorf("entries = %q", got)
	}
}

func TestWalkDeterministic(t *testing.T) {
	files := map[string]string{}
	for _, p := range []string{"z.conf", "a/b.conf", "a-c.conf", "m/n/o.conf", "B.conf", "a/a.conf"} {
		files[p] = "x"
	}
	root := tree(t, files)
	var first []string
	for i := 0; i < 3; i++ {
		var got []string
		if _, err := Stream([]string{root}, Options{}, func(e Entry) error {
			got = append(got, e.Rel)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = got
		} else if !reflect.DeepEqual(got, first) {
			t.Fatalf("run %d order %q differs from %q", i, got, first)
		}
	}
}

func TestFindRootPrefersWorkingDir(t *testing.T) {
	plain := tree(t, map[string]string{"p/q/a.conf": "x", "p/r/b.conf": "x"})
	t.Chdir(plain)
	got, err := FindRoot([]string{"p/q"})
	if err != nil {
		t.Fatal(err)
	}
	// Outside a repository, paths stay relative to where the user is.
	if got != plain {
		t.Errorf("FindRoot(p/q) from %s = %q, want the working directory", plain, got)
	}
	res, err := Walk([]string{"p/q", "p/r/b.conf"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := rels(res.Entries); !reflect.DeepEqual(got, []string{"p/q/a.conf", "p/r/b.conf"}) {
		t.Errorf("entries = %q", got)
	}
}
