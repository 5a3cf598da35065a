package walk

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/corslint/corslint/policy"
)

// level is the patterns of one ignore file and the directory (relative to the
// root, "" for the root) its patterns are relative to.
type level struct {
	dir  string
	pats *Patterns
}

// ignored applies git's precedence: a deeper .gitignore overrides a shallower
// one, and within one file the last matching line wins.
func (w *walker) ignored(stack []level, rel string, isDir bool) bool {
	if w.opt.NoGitignore {
		return false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		sub := rel
		if d := stack[i].dir; d != "" {
			sub = strings.TrimPrefix(rel, d+"/")
		}
		switch stack[i].pats.decide(sub, isDir) {
		case matchIgnore:
			return true
		case matchKeep:
			return false
		}
	}
	return false
}

// push adds the .gitignore of directory abs (relative rel), if it has one.
// The result never shares its backing array with stack, so sibling
// directories cannot overwrite each other's levels.
func (w *walker) push(stack []level, abs, rel string) []level {
	if w.opt.NoGitignore {
		return stack
	}
	pats := w.readIgnore(filepath.Join(abs, ".gitignore"), path.Join(rel, ".gitignore"))
	if pats.Len() == 0 {
		return stack
	}
	return append(stack[:len(stack):len(stack)], level{dir: rel, pats: pats})
}

// stackFor builds the ignore levels that apply inside directory rel: the
// repository's .git/info/exclude, then every .gitignore from the root down to
// rel itself. For a directory named on the command line (named), patterns
// that ignore that directory itself are dropped: naming it overrides them.
func (w *walker) stackFor(rel string, named bool) []level {
	if w.opt.NoGitignore {
		return nil
	}
	var stack []level
	if p := w.readIgnore(filepath.Join(w.root, ".git", "info", "exclude"), ".git/info/exclude"); p.Len() > 0 {
		stack = append(stack, level{dir: "", pats: p})
	}
	stack = w.push(stack, w.root, "")
	if rel != "" {
		parts := strings.Split(rel, "/")
		for i := range parts {
			sub := strings.Join(parts[:i+1], "/")
			stack = w.push(stack, filepath.Join(w.root, filepath.FromSlash(sub)), sub)
		}
	}
	if named && rel != "" {
		for i := range stack {
			if stack[i].dir == rel {
				continue // the directory's own file cannot name it
			}
			sub := rel
			if stack[i].dir != "" {
				sub = strings.TrimPrefix(rel, stack[i].dir+"/")
			}
			stack[i].pats = stack[i].pats.without(sub)
		}
	}
	return stack
}

// readIgnore reads an ignore file; a missing file is no patterns, an
// unreadable one a notice.
func (w *walker) readIgnore(abs, rel string) *Patterns {
	data, err := os.ReadFile(abs)
	if err != nil {
		// ENOTDIR: `.git` is a file in worktrees and submodules, so
		// `.git/info/exclude` does not exist there.
		if !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
			w.notice(policy.LevelWarning, rel, fmt.Sprintf("cannot read ignore file: %v", unwrapPath(err)))
		}
		return nil
	}
	return CompilePatterns(strings.Split(string(data), "\n"))
}
