package walk

import (
	"strings"

	ignore "github.com/sabhiram/go-gitignore"
)

// Patterns is a list of gitignore-style patterns (gitignore(5)) matched against
// slash-separated paths relative to the directory the patterns belong to. It is
// used for .gitignore files and for the config's `exclude` and `[[ignore]]`
// globs, so both behave the same way.
//
// go-gitignore turns a pattern into a regular expression, but it leaves some of
// gitignore's rules out; each line is normalised first so that:
//   - a pattern with a slash at the start or in the middle is anchored to the
//     pattern's directory (`legacy/*.conf` does not match `x/legacy/a.conf`);
//   - `?` matches one character other than `/` (the library makes it literal);
//   - regular-expression characters that are plain in globs (`+ ( ) { } | ^ $`)
//     stay literal;
//   - `!` negation is tracked here, one compiled pattern per line, so that the
//     last matching line decides and "negated" is told apart from "no match".
//
// Like the library, a pattern that matches a directory also matches everything
// below it, which is what excluding a directory means.
type Patterns struct {
	list []pattern
}

type pattern struct {
	re     *ignore.GitIgnore
	negate bool
	text   string // the line as written, for diagnostics and tests
}

// CompilePatterns compiles gitignore-style lines. Blank lines and `#` comments
// are skipped; a line whose generated expression does not compile (an
// unbalanced `[`) matches nothing, as git ignores such patterns too.
func CompilePatterns(lines []string) *Patterns {
	ps := &Patterns{}
	for _, line := range lines {
		p, ok := compileLine(line)
		if ok {
			ps.list = append(ps.list, p)
		}
	}
	return ps
}

// Len is the number of patterns (comments and blank lines excluded).
func (ps *Patterns) Len() int {
	if ps == nil {
		return 0
	}
	return len(ps.list)
}

// Match reports whether rel (slash-separated, relative to the patterns'
// directory) is ignored. isDir marks a directory, which directory-only
// patterns (`build/`) need.
func (ps *Patterns) Match(rel string, isDir bool) bool {
	return ps.decide(rel, isDir) == matchIgnore
}

type decision int

const (
	matchNone decision = iota
	matchIgnore
	matchKeep // a negated pattern matched last: re-included
)

// decide returns the verdict of the last pattern that matches, which is how git
// resolves patterns within one file.
func (ps *Patterns) decide(rel string, isDir bool) decision {
	if ps == nil || len(ps.list) == 0 {
		return matchNone
	}
	subject := strings.TrimSuffix(rel, "/")
	if subject == "" || subject == "." {
		return matchNone
	}
	if isDir {
		subject += "/"
	}
	for i := len(ps.list) - 1; i >= 0; i-- {
		p := ps.list[i]
		if p.re.MatchesPath(subject) {
			if p.negate {
				return matchKeep
			}
			return matchIgnore
		}
	}
	return matchNone
}

// without returns a copy of ps without the patterns that match dir itself.
// When a user names an ignored directory on the command line, the pattern that
// ignores it must not then ignore all of its contents (through the "a match
// on a directory covers everything below" rule).
func (ps *Patterns) without(dir string) *Patterns {
	if ps == nil {
		return nil
	}
	out := &Patterns{}
	for _, p := range ps.list {
		if !p.negate && p.re.MatchesPath(strings.TrimSuffix(dir, "/")+"/") {
			continue
		}
		out.list = append(out.list, p)
	}
	return out
}

func compileLine(line string) (pattern, bool) {
	text := strings.TrimRight(line, "\r")
	l := strings.TrimRight(text, " \t")
	if strings.HasSuffix(l, `\`) && len(l) < len(text) {
		// `foo\ ` keeps one escaped trailing space.
		l += " "
	}
	l = strings.TrimLeft(l, " \t")
	if l == "" || strings.HasPrefix(l, "#") {
		return pattern{}, false
	}
	negate := false
	if strings.HasPrefix(l, "!") {
		negate = true
		l = l[1:]
	}
	body := strings.TrimSuffix(l, "/")
	if body == "" {
		return pattern{}, false
	}
	// gitignore(5): a slash at the beginning or middle anchors the pattern.
	if strings.Contains(body, "/") && !strings.HasPrefix(l, "/") && !strings.HasPrefix(l, "**/") {
		l = "/" + l
	}
	gi := ignore.CompileIgnoreLines(escapeGlob(l))
	return pattern{re: gi, negate: negate, text: text}, true
}

// escapeGlob rewrites glob syntax the library passes to regexp verbatim.
func escapeGlob(l string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(l); i++ {
		c := l[i]
		switch {
		case c == '\\' && i+1 < len(l):
			next := l[i+1]
			if next == '*' || next == '#' || next == '!' || next == '[' || next == ']' || next == '\\' {
				// The library and regexp both understand these escapes.
				b.WriteByte(c)
				b.WriteByte(next)
			} else {
				b.WriteString(quoteByte(next))
			}
			i++
		case inClass:
			if c == ']' {
				inClass = false
			}
			if c == '\\' {
				b.WriteString(`\\`)
				continue
			}
			b.WriteByte(c)
		case c == '[':
			inClass = true
			b.WriteByte(c)
			if i+1 < len(l) && l[i+1] == '!' {
				b.WriteByte('^')
				i++
			}
		case c == '?':
			// `[^\x2f]`, not `[^/]`: the library looks for slashes to
			// decide anchoring and must not see this one.
			b.WriteString(`[^\x2f]`)
		case strings.IndexByte("+(){}|^$", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// quoteByte makes an escaped glob character literal in the library's output.
func quoteByte(c byte) string {
	switch {
	case c == '.' || c == '?':
		// The library escapes every dot and question mark itself.
		return string(c)
	case strings.IndexByte("+()|{}^$", c) >= 0:
		return `\` + string(c)
	}
	return string(c)
}
