package nginx

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

// tokKind is what the tokenizer found.
type tokKind int

const (
	tokWord  tokKind = iota // a directive name or argument
	tokSemi                 // ;
	tokOpen                 // {
	tokClose                // }
	tokEOF
)

// token is one lexical unit with its exact position.
type token struct {
	kind tokKind
	// text is the word as nginx sees it: quotes removed and \" \' \\ \t \r \n
	// unescaped (every other backslash pair is kept, as ngx_conf_read_token
	// does).
	text   string
	raw    string // the source bytes, quotes included
	quoted bool
	bad    bool // an unterminated quoted string: the rest of the file
	start  policy.Pos
	end    policy.Pos // just after the last byte
}

// syntaxError is a tokenizer or parser complaint at a position.
type syntaxError struct {
	pos policy.Pos
	msg string
}

// lexer follows nginx's ngx_conf_read_token state machine: whitespace, `;`,
// `{` and `}` separate tokens; `#` starts a comment only where a token could
// start; a quote opens a quoted token only at the start of a token and must be
// followed by a separator; `${` keeps the brace inside a word; a backslash
// protects the next byte. Unlike nginx it never stops at an error: it records
// it and goes on, so a scan gets whatever can be read.
type lexer struct {
	data []byte
	off  int
	line int
	col  int
	errs []syntaxError
}

func newLexer(data []byte) *lexer {
	l := &lexer{data: data, line: 1, col: 1}
	// A UTF-8 byte order mark (Windows editors) is not part of the first
	// directive name; columns still count its bytes.
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		l.off, l.col = 3, 4
	}
	return l
}

func (l *lexer) pos() policy.Pos { return policy.Pos{Line: l.line, Col: l.col} }

// advance consumes one byte, keeping line and column.
func (l *lexer) advance() byte {
	c := l.data[l.off]
	l.off++
	if c == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return c
}

func (l *lexer) errorf(p policy.Pos, format string, args ...any) {
	l.errs = append(l.errs, syntaxError{pos: p, msg: fmt.Sprintf(format, args...)})
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// next returns the next token.
func (l *lexer) next() token {
	for {
		for l.off < len(l.data) && isSpace(l.data[l.off]) {
			l.advance()
		}
		if l.off >= len(l.data) {
			p := l.pos()
			return token{kind: tokEOF, start: p, end: p}
		}
		start := l.pos()
		switch c := l.data[l.off]; c {
		case '#':
			for l.off < len(l.data) && l.data[l.off] != '\n' {
				l.advance()
			}
			continue
		case ';', '{', '}':
			l.advance()
			kind := tokSemi
			switch c {
			case '{':
				kind = tokOpen
			case '}':
				kind = tokClose
			}
			return token{kind: kind, text: string(c), raw: string(c), start: start, end: l.pos()}
		case '"', '\'':
			return l.quoted(c, start)
		default:
			return l.word(start)
		}
	}
}

// quoted reads a quoted token starting at the opening quote q.
func (l *lexer) quoted(q byte, start policy.Pos) token {
	from := l.off
	l.advance()
	closed := false
	for l.off < len(l.data) {
		c := l.advance()
		if c == '\\' && l.off < len(l.data) {
			l.advance()
			continue
		}
		if c == q {
			closed = true
			break
		}
	}
	raw := string(l.data[from:l.off])
	body := raw[1:]
	if closed {
		body = body[:len(body)-1]
	} else {
		l.errorf(start, "unterminated quoted string")
	}
	// nginx wants a separator after the closing quote; `)` is allowed
	// because `if ("$a" = "b")` ends that way.
	if closed && l.off < len(l.data) {
		if c := l.data[l.off]; !isSpace(c) && c != ';' && c != '{' && c != ')' {
			l.errorf(l.pos(), "unexpected %q after quoted string", string(c))
		}
	}
	return token{kind: tokWord, text: unescape(body), raw: raw, quoted: true, bad: !closed, start: start, end: l.pos()}
}

// word reads an unquoted token: it ends at whitespace, `;` or `{` (but `${`
// stays inside, as a variable brace). `}`, quotes and `#` inside a word are
// ordinary bytes in nginx.
func (l *lexer) word(start policy.Pos) token {
	from := l.off
	variable := false
	for l.off < len(l.data) {
		c := l.data[l.off]
		if c == '{' && variable {
			l.advance()
			variable = false
			continue
		}
		variable = false
		if c == '\\' {
			l.advance()
			if l.off < len(l.data) {
				l.advance()
			}
			continue
		}
		if isSpace(c) || c == ';' || c == '{' {
			break
		}
		if c == '$' {
			variable = true
		}
		l.advance()
	}
	raw := string(l.data[from:l.off])
	return token{kind: tokWord, text: unescape(raw), raw: raw, start: start, end: l.pos()}
}

// unescape applies nginx's word unescaping: \" \' \\ lose the backslash, \t
// \r \n become control bytes, every other pair (\. \$ \d) is kept as written
// so regexes and escaped dollars reach their consumers intact.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			b.WriteByte(c)
			continue
		}
		switch s[i+1] {
		case '"', '\'', '\\':
			b.WriteByte(s[i+1])
			i++
		case 't':
			b.WriteByte('\t')
			i++
		case 'r':
			b.WriteByte('\r')
			i++
		case 'n':
			b.WriteByte('\n')
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// skipLua skips the body of a `*_by_lua_block { ... }` after its `{`,
// counting braces outside Lua strings and comments, and returns the position
// just after the closing `}`. ok is false at end of file.
func (l *lexer) skipLua() (end policy.Pos, ok bool) {
	depth := 1
	for l.off < len(l.data) {
		c := l.data[l.off]
		switch {
		case c == '{':
			depth++
			l.advance()
		case c == '}':
			depth--
			l.advance()
			if depth == 0 {
				return l.pos(), true
			}
		case c == '"' || c == '\'':
			l.advance()
			for l.off < len(l.data) {
				d := l.advance()
				if d == '\\' && l.off < len(l.data) {
					l.advance()
				} else if d == c || d == '\n' {
					break
				}
			}
		case c == '-' && l.peek(1) == '-':
			l.advance()
			l.advance()
			if l.peek(0) == '[' && l.longBracket() {
				continue
			}
			for l.off < len(l.data) && l.data[l.off] != '\n' {
				l.advance()
			}
		case c == '[' && (l.peek(1) == '[' || l.peek(1) == '='):
			if !l.longBracket() {
				l.advance()
			}
		default:
			l.advance()
		}
	}
	return l.pos(), false
}

func (l *lexer) peek(n int) byte {
	if l.off+n < len(l.data) {
		return l.data[l.off+n]
	}
	return 0
}

// longBracket skips a Lua long string or comment `[==[ ... ]==]` starting at
// the current `[`; false when it is not one (the lexer has not moved).
func (l *lexer) longBracket() bool {
	i := l.off + 1
	level := 0
	for i < len(l.data) && l.data[i] == '=' {
		level++
		i++
	}
	if i >= len(l.data) || l.data[i] != '[' {
		return false
	}
	closing := []byte("]" + strings.Repeat("=", level) + "]")
	n := bytes.Index(l.data[i+1:], closing)
	stop := len(l.data)
	if n >= 0 {
		stop = i + 1 + n + len(closing)
	}
	for l.off < stop {
		l.advance()
	}
	return true
}
