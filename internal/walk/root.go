package walk

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// FindRoot picks the scan root for the given path arguments (default `.`).
// Reported paths are relative to it, so it must be the repository root when
// there is one (integration.md §1: URIs relative to the repository root, and
// with several arguments still relative to that root, never to each argument).
//
// The root is, in order of preference: the nearest directory at or above the
// arguments' common ancestor that holds `.git` (a directory, or a file in
// worktrees and submodules); else the current directory when every argument is
// under it; else the common ancestor itself. All paths are resolved through
// symlinks first, because GitHub hides paths that go through them.
func FindRoot(paths []string) (string, error) {
	args, err := resolveArgs(paths)
	if err != nil {
		return "", err
	}
	return rootFor(args)
}

// arg is one path argument, resolved.
type arg struct {
	abs   string // absolute, symlinks resolved
	isDir bool
}

func resolveArgs(paths []string) ([]arg, error) {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	args := make([]arg, 0, len(paths))
	for _, p := range paths {
		abs, err := realPath(p)
		if err != nil {
			return nil, fmt.Errorf("scan path %q: %w", p, err)
		}
		info, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("scan path %q: %w", p, err)
		}
		args = append(args, arg{abs: abs, isDir: info.IsDir()})
	}
	return args, nil
}

func realPath(p string) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("absolute path: %w", err)
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", fmt.Errorf("resolve: %w", unwrapPath(err))
	}
	return real, nil
}

func rootFor(args []arg) (string, error) {
	base := ""
	for i, a := range args {
		d := a.abs
		if !a.isDir {
			d = filepath.Dir(d)
		}
		if i == 0 {
			base = d
			continue
		}
		base = commonDir(base, d)
	}
	if repo, ok := repoRoot(base); ok {
		return repo, nil
	}
	if wd, err := os.Getwd(); err == nil {
		if real, err := filepath.EvalSymlinks(wd); err == nil && within(real, base) {
			return real, nil
		}
	}
	return base, nil
}

// repoRoot walks up from dir to the nearest directory holding `.git`.
func repoRoot(dir string) (string, bool) {
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// commonDir is the deepest directory containing both a and b.
func commonDir(a, b string) string {
	for !within(a, b) {
		parent := filepath.Dir(a)
		if parent == a {
			return a
		}
		a = parent
	}
	return a
}

// within reports whether p is dir or below it (both absolute and clean).
func within(dir, p string) bool {
	if dir == p {
		return true
	}
	rel, err := filepath.Rel(dir, p)
	if err != nil {
		return false
	}
	return rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// relTo is p relative to root with forward slashes ("" for the root itself).
func relTo(root, p string) string {
	rel, err := filepath.Rel(root, p)
	if err != nil || rel == "." {
		return ""
	}
	return filepath.ToSlash(rel)
}

// unwrapPath drops the absolute path an *os.PathError carries, so that
// messages built from it are the same on every machine.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
