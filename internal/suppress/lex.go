package suppress

import (
	"path"
	"strings"
)

// syntax is what a file's comments and strings look like, as far as finding
// comments goes. It is deliberately a line lexer, not a parser: it only has to
// tell a comment from a string that contains a comment marker.
type syntax struct {
	hash  bool // `#` comments
	slash bool // `//` and `/* */` comments
	// code: a language where a quote always opens a string and `#` starts a
	// comment anywhere outside one (Python, JS/TS). Elsewhere (nginx, YAML,
	// TOML) both count only at the start of a token, so `it's` in a plain
	// YAML value opens nothing and `a#b` is one nginx word.
	code     bool
	triple   bool // Python `"""` / `'''` strings span lines
	backtick bool // JS template literals span lines
}

// syntaxFor picks the comment syntax from the file name (integration.md §7:
// `#` for nginx, YAML, TOML and Python; `//` and `/* */` for JS/TS; JSON has no
// comments and is suppressed through the config only).
func syntaxFor(name string) (syntax, bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".json":
		return syntax{}, false
	case ".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx":
		return syntax{slash: true, code: true, backtick: true}, true
	case ".py", ".pyi":
		return syntax{hash: true, code: true, triple: true}, true
	}
	// nginx (often extensionless), YAML, TOML and anything else a parser
	// claims: shell-style comments.
	return syntax{hash: true}, true
}

// comment is the text of one comment on one line.
type comment struct {
	text string // without the marker (and without `*/`)
	col  int    // 0-based byte offset of text in the line
}

// lineInfo is what the lexer learns about one line.
type lineInfo struct {
	comments []comment
	code     bool // something other than comments and blanks
	blank    bool // nothing at all
}

// lexer carries the state that crosses line ends.
type lexer struct {
	syn      syntax
	inBlock  bool   // inside /* */
	inString string // closing delimiter of a multi-line string, "" if none
}

func (lx *lexer) line(s string) lineInfo {
	var info lineInfo
	i := 0
	for i < len(s) {
		if lx.inBlock {
			end := strings.Index(s[i:], "*/")
			text := s[i:]
			if end >= 0 {
				text = s[i : i+end]
			}
			info.comments = append(info.comments, comment{text: text, col: i})
			if end < 0 {
				return info
			}
			lx.inBlock = false
			i += end + 2
			continue
		}
		if lx.inString != "" {
			info.code = true
			end := closeQuote(s, i, lx.inString)
			if end < 0 {
				return info
			}
			lx.inString = ""
			i = end
			continue
		}
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
		case lx.syn.hash && c == '#' && (lx.syn.code || tokenStart(s, i)):
			info.comments = append(info.comments, comment{text: s[i+1:], col: i + 1})
			return info
		case lx.syn.slash && strings.HasPrefix(s[i:], "//"):
			info.comments = append(info.comments, comment{text: s[i+2:], col: i + 2})
			return info
		case lx.syn.slash && strings.HasPrefix(s[i:], "/*"):
			lx.inBlock = true
			i += 2
		case isQuote(c, lx.syn) && (lx.syn.code || tokenStart(s, i)):
			info.code = true
			delim := string(c)
			if lx.syn.triple && (strings.HasPrefix(s[i:], `"""`) || strings.HasPrefix(s[i:], `'''`)) {
				delim = s[i : i+3]
			}
			end := closeQuote(s, i+len(delim), delim)
			if end < 0 {
				if len(delim) == 3 || c == '`' {
					lx.inString = delim
				}
				// Other strings end at the line (an unterminated one is
				// the parser's problem, not ours).
				return info
			}
			i = end
		default:
			info.code = true
			i++
		}
	}
	return info
}

func isQuote(c byte, syn syntax) bool {
	return c == '"' || c == '\'' || (c == '`' && syn.backtick)
}

// tokenStart: position i begins a token (line start, after a blank or after
// punctuation that ends a key or opens a value).
func tokenStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	return strings.IndexByte(" \t=:,[{(", s[i-1]) >= 0
}

// closeQuote returns the index just after the delimiter that closes a string
// begun before from, or -1 when the line ends first. A backslash escapes the
// next byte (single-quoted YAML/TOML strings have no escapes, but a
// backslash before a closing quote there is rare enough not to matter).
func closeQuote(s string, from int, delim string) int {
	for i := from; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], delim) {
			return i + len(delim)
		}
	}
	return -1
}
