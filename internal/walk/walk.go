// Package walk lists the files a scan reads: it walks the scan arguments once,
// honours .gitignore files (nested ones too), skips vendored and generated
// trees, follows symlinks only inside the scan root, and enforces the file size
// limit. It also gives parsers a read-only Sandbox confined to the root (nginx
// includes). It never parses or judges file contents.
package walk

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/corslint/corslint/policy"
)

// DefaultMaxFileSize is the size limit when Options.MaxFileSize is 0
// (design.md, "Bad input": 10 MiB).
const DefaultMaxFileSize int64 = 10 << 20

// Entry is one file to read.
type Entry struct {
	// Abs is the real absolute path (symlinks resolved).
	Abs string
	// Rel is the real path relative to the scan root, with forward slashes.
	Rel  string
	Size int64
	// Named: the file was given on the command line; it is returned even if
	// gitignored or inside a skipped directory (pre-commit passes files).
	Named bool
}

// Options tunes a walk. The zero value is a normal scan.
type Options struct {
	// Root overrides the scan root; empty means FindRoot(paths).
	Root string
	// MaxFileSize in bytes: 0 means DefaultMaxFileSize, negative means none.
	MaxFileSize int64
	// Excluded reports config excludes. rel is relative to the root; a
	// directory's rel ends with "/". It applies to named files as well: an
	// exclude in the config is the user's decision for corslint, and a
	// pre-commit run passes every changed file.
	Excluded func(rel string) bool
	// NoGitignore turns off .gitignore and .git/info/exclude handling.
	NoGitignore bool
	// Notice receives diagnostics as they happen (may be nil).
	Notice func(policy.Notice)
}

// Result is a whole walk, collected.
type Result struct {
	Root    string
	Entries []Entry // sorted by Rel
	Notices []policy.Notice
}

// Walk collects every entry of a walk; see Stream.
func Walk(paths []string, opt Options) (Result, error) {
	var res Result
	user := opt.Notice
	opt.Notice = func(n policy.Notice) {
		res.Notices = append(res.Notices, n)
		if user != nil {
			user(n)
		}
	}
	root, err := Stream(paths, opt, func(e Entry) error {
		res.Entries = append(res.Entries, e)
		return nil
	})
	res.Root = root
	sort.SliceStable(res.Entries, func(i, j int) bool { return res.Entries[i].Rel < res.Entries[j].Rel })
	return res, err
}

// Stream walks paths (default `.`) and calls visit for every file to read, in
// a deterministic order: named files first (sorted), then each directory
// argument in sorted order, each directory's entries sorted by name. An error
// from visit stops the walk and is returned. Problems with single paths
// (unreadable, too large, a symlink leaving the root) are notices; only bad
// arguments are errors. It returns the scan root.
func Stream(paths []string, opt Options, visit func(Entry) error) (string, error) {
	args, err := resolveArgs(paths)
	if err != nil {
		return "", err
	}
	root := opt.Root
	if root == "" {
		if root, err = rootFor(args); err != nil {
			return "", err
		}
	} else if root, err = realPath(root); err != nil {
		return "", fmt.Errorf("scan root: %w", err)
	}
	w := &walker{
		root:     root,
		opt:      opt,
		maxSize:  opt.MaxFileSize,
		visit:    visit,
		named:    map[string]bool{},
		followed: map[string]bool{},
	}
	if w.maxSize == 0 {
		w.maxSize = DefaultMaxFileSize
	}
	if err := w.plan(args); err != nil {
		return root, err
	}
	return root, w.run()
}

type walker struct {
	root     string
	opt      Options
	maxSize  int64
	visit    func(Entry) error
	files    []string        // named files, real absolute paths, sorted by rel
	areas    []string        // directory arguments, real absolute, sorted
	named    map[string]bool // set of files
	followed map[string]bool // real paths reached through a symlink
}

func (w *walker) plan(args []arg) error {
	var dirs []string
	for _, a := range args {
		if !within(w.root, a.abs) {
			return fmt.Errorf("scan path %s is outside the scan root", a.abs)
		}
		if a.isDir {
			dirs = append(dirs, a.abs)
		} else if !w.named[a.abs] {
			w.named[a.abs] = true
			w.files = append(w.files, a.abs)
		}
	}
	sort.Strings(w.files)
	sort.Strings(dirs)
	// Drop directories inside another argument: walking them twice would
	// report every finding twice.
	for _, d := range dirs {
		nested := false
		for _, kept := range w.areas {
			if within(kept, d) {
				nested = true
				break
			}
		}
		if !nested {
			w.areas = append(w.areas, d)
		}
	}
	return nil
}

func (w *walker) run() error {
	for _, f := range w.files {
		if err := w.namedFile(f); err != nil {
			return w.unwrapStop(err)
		}
	}
	for _, d := range w.areas {
		rel := relTo(w.root, d)
		stack := w.stackFor(rel, true)
		if err := w.dir(d, rel, stack); err != nil {
			return w.unwrapStop(err)
		}
	}
	return nil
}

func (w *walker) unwrapStop(err error) error {
	var s stopErr
	if errors.As(err, &s) {
		return s.err
	}
	return err
}

// stopErr carries visit's error up through the recursion.
type stopErr struct{ err error }

func (s stopErr) Error() string { return s.err.Error() }
func (s stopErr) Unwrap() error { return s.err }

func (w *walker) namedFile(abs string) error {
	rel := relTo(w.root, abs)
	if w.opt.Excluded != nil && w.opt.Excluded(rel) {
		return nil
	}
	info, err := os.Stat(abs)
	if err != nil {
		w.notice(policy.LevelWarning, rel, fmt.Sprintf("cannot read file: %v", unwrapPath(err)))
		return nil
	}
	if !info.Mode().IsRegular() {
		w.notice(policy.LevelWarning, rel, "not a regular file; skipped")
		return nil
	}
	return w.emit(Entry{Abs: abs, Rel: rel, Size: info.Size(), Named: true})
}

func (w *walker) emit(e Entry) error {
	if w.maxSize > 0 && e.Size > w.maxSize {
		w.notice(policy.LevelWarning, e.Rel, fmt.Sprintf("file is %s, over the %s size limit; skipped", humanSize(e.Size), humanSize(w.maxSize)))
		return nil
	}
	if err := w.visit(e); err != nil {
		return stopErr{err}
	}
	return nil
}

// dir walks one directory whose own ignore level is already on stack.
func (w *walker) dir(abs, rel string, stack []level) error {
	entries, err := os.ReadDir(abs)
	if err != nil {
		w.notice(policy.LevelWarning, relOrDot(rel), fmt.Sprintf("cannot read directory: %v", unwrapPath(err)))
		return nil
	}
	for _, e := range entries {
		name := e.Name()
		childAbs := filepath.Join(abs, name)
		childRel := path.Join(rel, name)
		if err := w.child(e, childAbs, childRel, stack); err != nil {
			return err
		}
	}
	return nil
}

func (w *walker) child(e os.DirEntry, abs, rel string, stack []level) error {
	mode := e.Type()
	switch {
	case mode&os.ModeSymlink != 0:
		return w.symlink(abs, rel, stack)
	case mode.IsDir():
		if w.skipDir(abs, rel, stack) {
			return nil
		}
		return w.dir(abs, rel, w.push(stack, abs, rel))
	case mode.IsRegular():
		if w.named[abs] || w.skipFile(rel, stack) {
			return nil
		}
		info, err := e.Info()
		if err != nil {
			w.notice(policy.LevelWarning, rel, fmt.Sprintf("cannot read file: %v", unwrapPath(err)))
			return nil
		}
		return w.emit(Entry{Abs: abs, Rel: rel, Size: info.Size()})
	}
	// Devices, sockets and pipes: reading a FIFO would block the scan.
	return nil
}

func (w *walker) skipDir(abs, rel string, stack []level) bool {
	if skippedDirName(path.Base(rel)) || w.isArea(abs) {
		return true
	}
	if w.ignored(stack, rel, true) {
		return true
	}
	return w.opt.Excluded != nil && w.opt.Excluded(rel+"/")
}

func (w *walker) skipFile(rel string, stack []level) bool {
	return w.ignored(stack, rel, false) || (w.opt.Excluded != nil && w.opt.Excluded(rel))
}

// isArea: a directory argument is walked on its own, never again from
// elsewhere (a symlink walk can reach it).
func (w *walker) isArea(abs string) bool {
	for _, a := range w.areas {
		if a == abs {
			return true
		}
	}
	return false
}

// symlink follows a link only to a target inside the root that no directory
// argument covers (those are walked directly) and that was not reached before
// (which also ends loops). The entry takes the target's real path.
func (w *walker) symlink(abs, rel string, stack []level) error {
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		w.notice(policy.LevelNote, rel, fmt.Sprintf("broken or looping symlink; skipped: %v", unwrapPath(err)))
		return nil
	}
	info, err := os.Stat(real)
	if err != nil {
		w.notice(policy.LevelNote, rel, fmt.Sprintf("cannot read symlink target: %v", unwrapPath(err)))
		return nil
	}
	isDir := info.IsDir()
	// The link's own name and place decide first: a gitignored or vendored
	// link is skipped like anything else there.
	if isDir && (skippedDirName(path.Base(rel)) || w.ignored(stack, rel, true)) {
		return nil
	}
	if !isDir && w.ignored(stack, rel, false) {
		return nil
	}
	if !within(w.root, real) {
		w.notice(policy.LevelWarning, rel, "symlink points outside the scan root; not followed")
		return nil
	}
	if w.followed[real] || w.named[real] {
		return nil
	}
	for _, a := range w.areas {
		if within(a, real) {
			return nil // walked (or deliberately skipped) in place
		}
	}
	w.followed[real] = true
	realRel := relTo(w.root, real)
	if isDir {
		if w.opt.Excluded != nil && w.opt.Excluded(realRel+"/") {
			return nil
		}
		return w.dir(real, realRel, w.stackFor(realRel, false))
	}
	if !info.Mode().IsRegular() {
		return nil
	}
	if w.opt.Excluded != nil && w.opt.Excluded(realRel) {
		return nil
	}
	return w.emit(Entry{Abs: real, Rel: realRel, Size: info.Size()})
}

// skippedDirName lists trees that are never the project's own configuration:
// VCS metadata, dependencies and editor history (design.md: vendored and
// generated trees and `.history/` are skipped). `build` and `dist` are not on
// the list because they often hold real deployment configs.
func skippedDirName(name string) bool {
	switch name {
	case ".git", ".hg", ".svn",
		"node_modules", "bower_components", "vendor",
		".history",
		".venv", "venv", "__pycache__", ".tox":
		return true
	}
	return false
}

func (w *walker) notice(level policy.Level, rel, msg string) {
	if w.opt.Notice == nil {
		return
	}
	w.opt.Notice(policy.Notice{Level: level, Message: msg, Span: policy.Span{File: relOrDot(rel)}})
}

func relOrDot(rel string) string {
	if rel == "" {
		return "."
	}
	return rel
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}
