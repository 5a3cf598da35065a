package config

import (
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// keyLines maps a key path (toml.Key.String form, no array indices) to the
// lines where it is written, in file order. BurntSushi/toml v1.6 records key
// positions only privately (MetaData.keyInfo, one per key, so repeated
// `[[ignore]]` headers overwrite each other), so config errors find their line
// here. The input has already been accepted by the TOML decoder; on anything
// unexpected the locator stops and errors fall back to a parent key's line.
type keyLines map[string][]int

func locateKeys(src string) keyLines {
	l := &locator{src: src, line: 1, lines: keyLines{}}
	l.document()
	return l.lines
}

// line returns the line of the n-th (0-based) occurrence of key, or of its
// nearest parent key when the key itself was not located; 0 when nothing is.
func (kl keyLines) line(key []string, n int) int {
	for k := len(key); k > 0; k-- {
		ls := kl[toml.Key(key[:k]).String()]
		if len(ls) == 0 {
			continue
		}
		if k == len(key) && n < len(ls) {
			return ls[n]
		}
		if k == len(key) {
			return ls[len(ls)-1]
		}
		return ls[0]
	}
	return 0
}

// within returns the line of key inside the n-th `[[array]]` element: the
// first occurrence of key at or after that element's header.
func (kl keyLines) within(array string, n int, key []string) int {
	start := kl.line([]string{array}, n)
	end := 0
	if hs := kl[toml.Key{array}.String()]; n+1 < len(hs) {
		end = hs[n+1]
	}
	full := append([]string{array}, key...)
	for _, ln := range kl[toml.Key(full).String()] {
		if ln >= start && (end == 0 || ln < end) {
			return ln
		}
	}
	return start
}

type locator struct {
	src   string
	i     int
	line  int
	lines keyLines
}

func (l *locator) record(key []string, line int) {
	if len(key) == 0 {
		return
	}
	s := toml.Key(key).String()
	l.lines[s] = append(l.lines[s], line)
}

func (l *locator) eof() bool { return l.i >= len(l.src) }

func (l *locator) peek(s string) bool { return strings.HasPrefix(l.src[l.i:], s) }

// skipSpace skips blanks, and with newlines also line breaks and comments.
func (l *locator) skipSpace(newlines bool) {
	for !l.eof() {
		switch c := l.src[l.i]; {
		case c == ' ' || c == '\t' || c == '\r':
			l.i++
		case c == '\n' && newlines:
			l.line++
			l.i++
		case c == '#' && newlines:
			for !l.eof() && l.src[l.i] != '\n' {
				l.i++
			}
		default:
			return
		}
	}
}

func (l *locator) document() {
	var table []string
	for {
		l.skipSpace(true)
		if l.eof() {
			return
		}
		line := l.line
		if l.src[l.i] == '[' {
			array := l.peek("[[")
			l.i++
			if array {
				l.i++
			}
			key, ok := l.key()
			if !ok {
				return
			}
			table = key
			l.record(table, line)
		} else {
			key, ok := l.key()
			if !ok || l.eof() || l.src[l.i] != '=' {
				return
			}
			l.i++
			full := append(append([]string{}, table...), key...)
			l.record(full, line)
			if !l.value(full) {
				return
			}
		}
		// The rest of the line: closing brackets, a comment, or the time
		// part of a date-time; none of it holds keys.
		for !l.eof() && l.src[l.i] != '\n' {
			l.i++
		}
	}
}

// key reads a dotted key and the blanks after it.
func (l *locator) key() ([]string, bool) {
	var parts []string
	for {
		l.skipSpace(false)
		if l.eof() {
			return nil, false
		}
		var part string
		switch l.src[l.i] {
		case '"':
			s, ok := l.basicString()
			if !ok {
				return nil, false
			}
			part = s
		case '\'':
			end := strings.IndexByte(l.src[l.i+1:], '\'')
			if end < 0 {
				return nil, false
			}
			part = l.src[l.i+1 : l.i+1+end]
			l.i += end + 2
		default:
			start := l.i
			for !l.eof() && isBare(l.src[l.i]) {
				l.i++
			}
			if l.i == start {
				return nil, false
			}
			part = l.src[start:l.i]
		}
		parts = append(parts, part)
		l.skipSpace(false)
		if l.eof() || l.src[l.i] != '.' {
			return parts, true
		}
		l.i++
	}
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// basicString reads a single-line "..." string and decodes its escapes.
func (l *locator) basicString() (string, bool) {
	start := l.i
	l.i++
	for !l.eof() {
		switch l.src[l.i] {
		case '\\':
			l.i += 2
			continue
		case '\n':
			return "", false
		case '"':
			l.i++
			raw := l.src[start:l.i]
			if s, err := strconv.Unquote(raw); err == nil {
				return s, true
			}
			return raw[1 : len(raw)-1], true
		}
		l.i++
	}
	return "", false
}

// value skips one value; keys inside inline tables are recorded under path.
func (l *locator) value(path []string) bool {
	l.skipSpace(false)
	if l.eof() {
		return false
	}
	switch {
	case l.peek(`"""`):
		return l.multiline(`"""`, true)
	case l.peek(`'''`):
		return l.multiline(`'''`, false)
	case l.src[l.i] == '"':
		_, ok := l.basicString()
		return ok
	case l.src[l.i] == '\'':
		end := strings.IndexByte(l.src[l.i+1:], '\'')
		if end < 0 {
			return false
		}
		l.i += end + 2
		return true
	case l.src[l.i] == '[':
		return l.array(path)
	case l.src[l.i] == '{':
		return l.inlineTable(path)
	}
	start := l.i
	for !l.eof() && strings.IndexByte(" \t\r\n,]}#", l.src[l.i]) < 0 {
		l.i++
	}
	return l.i > start
}

func (l *locator) multiline(delim string, escapes bool) bool {
	l.i += len(delim)
	for !l.eof() {
		c := l.src[l.i]
		switch {
		case escapes && c == '\\':
			if l.i+1 < len(l.src) && l.src[l.i+1] == '\n' {
				l.line++
			}
			l.i += 2
			continue
		case c == '\n':
			l.line++
		case l.peek(delim):
			l.i += len(delim)
			// Up to two more quotes belong to the content.
			for n := 0; n < 2 && !l.eof() && l.src[l.i] == delim[0]; n++ {
				l.i++
			}
			return true
		}
		l.i++
	}
	return false
}

func (l *locator) array(path []string) bool {
	l.i++
	for {
		l.skipSpace(true)
		if l.eof() {
			return false
		}
		if l.src[l.i] == ']' {
			l.i++
			return true
		}
		if !l.value(path) {
			return false
		}
		l.skipSpace(true)
		if !l.eof() && l.src[l.i] == ',' {
			l.i++
		}
	}
}

func (l *locator) inlineTable(path []string) bool {
	l.i++
	for {
		// TOML 1.1 allows newlines and comments in inline tables.
		l.skipSpace(true)
		if l.eof() {
			return false
		}
		switch l.src[l.i] {
		case '}':
			l.i++
			return true
		case ',':
			l.i++
			continue
		}
		line := l.line
		key, ok := l.key()
		if !ok || l.eof() || l.src[l.i] != '=' {
			return false
		}
		l.i++
		full := append(append([]string{}, path...), key...)
		l.record(full, line)
		if !l.value(full) {
			return false
		}
	}
}
