package walk

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// ErrOutsideRoot is returned for a path that is absolute, climbs out of the
// root with `..`, or resolves (through symlinks) outside it. Callers turn it
// into a notice: nothing outside the scan root is read (design.md, "Bad input").
var ErrOutsideRoot = errors.New("path is outside the scan root")

// ErrTooLarge is returned by Read for a file over the size limit.
var ErrTooLarge = errors.New("file is over the size limit")

// Sandbox reads files under one root and nowhere else; the nginx parser uses it
// to follow `include`. It is safe for concurrent use (it holds no mutable
// state).
type Sandbox struct {
	root    string // real absolute path
	maxSize int64
}

// NewSandbox confines reads to root. maxSize as in Options.MaxFileSize.
func NewSandbox(root string, maxSize int64) (*Sandbox, error) {
	real, err := realPath(root)
	if err != nil {
		return nil, fmt.Errorf("sandbox root: %w", err)
	}
	if maxSize == 0 {
		maxSize = DefaultMaxFileSize
	}
	return &Sandbox{root: real, maxSize: maxSize}, nil
}

// Root is the sandbox's real absolute root.
func (s *Sandbox) Root() string { return s.root }

// Resolve checks rel (slash-separated, relative to the root) and returns its
// real absolute path and its real path relative to the root.
func (s *Sandbox) Resolve(rel string) (abs, realRel string, err error) {
	clean, err := cleanRel(rel)
	if err != nil {
		return "", "", err
	}
	real, err := filepath.EvalSymlinks(filepath.Join(s.root, filepath.FromSlash(clean)))
	if err != nil {
		return "", "", fmt.Errorf("%s: %w", clean, unwrapPath(err))
	}
	if !within(s.root, real) {
		return "", "", fmt.Errorf("%s: %w", clean, ErrOutsideRoot)
	}
	return real, relTo(s.root, real), nil
}

// Read returns the contents of the regular file rel.
func (s *Sandbox) Read(rel string) ([]byte, error) {
	abs, realRel, err := s.Resolve(rel)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(abs)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", realRel, unwrapPath(err))
	}
	defer func() { _ = f.Close() }() // read-only: a close error loses nothing
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", realRel, unwrapPath(err))
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", realRel)
	}
	if s.maxSize > 0 && info.Size() > s.maxSize {
		return nil, fmt.Errorf("%s is %s: %w (%s)", realRel, humanSize(info.Size()), ErrTooLarge, humanSize(s.maxSize))
	}
	limit := info.Size() + 1
	if s.maxSize > 0 {
		limit = s.maxSize + 1 // the file may grow between Stat and Read
	}
	data, err := io.ReadAll(io.LimitReader(f, limit))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", realRel, unwrapPath(err))
	}
	if s.maxSize > 0 && int64(len(data)) > s.maxSize {
		return nil, fmt.Errorf("%s: %w (%s)", realRel, ErrTooLarge, humanSize(s.maxSize))
	}
	return data, nil
}

// Glob expands a path.Match pattern relative to the root (nginx `include
// conf.d/*.conf`) and returns the matching regular files as real
// root-relative paths, sorted and without duplicates. Matches that resolve
// outside the root are left out; a pattern that is itself absolute or climbs
// out of the root is ErrOutsideRoot.
func (s *Sandbox) Glob(pattern string) ([]string, error) {
	clean, err := cleanRel(pattern)
	if err != nil {
		return nil, err
	}
	if _, err := path.Match(clean, ""); err != nil {
		return nil, fmt.Errorf("glob %q: %w", pattern, err)
	}
	matches, err := filepath.Glob(filepath.Join(s.root, filepath.FromSlash(clean)))
	if err != nil {
		return nil, fmt.Errorf("glob %q: %w", pattern, err)
	}
	seen := map[string]bool{}
	var out []string
	for _, m := range matches {
		real, err := filepath.EvalSymlinks(m)
		if err != nil || !within(s.root, real) {
			continue
		}
		info, err := os.Stat(real)
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		rel := relTo(s.root, real)
		if !seen[rel] {
			seen[rel] = true
			out = append(out, rel)
		}
	}
	sort.Strings(out)
	return out, nil
}

// cleanRel rejects absolute paths and `..` escapes, and cleans the rest.
func cleanRel(rel string) (string, error) {
	if rel == "" {
		return "", fmt.Errorf("empty path: %w", ErrOutsideRoot)
	}
	if path.IsAbs(rel) || filepath.IsAbs(rel) || filepath.VolumeName(rel) != "" {
		return "", fmt.Errorf("%s: %w", rel, ErrOutsideRoot)
	}
	clean := path.Clean(rel)
	if clean == ".." || strings.HasPrefix(clean, "../") {
		return "", fmt.Errorf("%s: %w", rel, ErrOutsideRoot)
	}
	return clean, nil
}
