package jsonpos

import (
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/corslint/corslint/policy"
)

// parser is a hand-written recursive-descent reader. encoding/json's token
// stream does not give the start of each token, and a single pass here is
// both simpler and exact. Tokens never span lines (raw newlines are invalid
// inside strings), so only skipSpace moves to a new line.
type parser struct {
	file      string
	data      []byte
	off       int
	line      int // current line, 1-based
	lineStart int // offset of the first byte of the current line
}

func (p *parser) pos() policy.Pos {
	return policy.Pos{Line: p.line, Col: p.off - p.lineStart + 1}
}

func (p *parser) errorf(format string, args ...any) error {
	return &SyntaxError{File: p.file, Pos: p.pos(), Msg: fmt.Sprintf(format, args...)}
}

// describe names the byte at the current offset for error messages.
func (p *parser) describe() string {
	if p.off >= len(p.data) {
		return "end of input"
	}
	c := p.data[p.off]
	if c >= 0x20 && c < 0x7F {
		return fmt.Sprintf("character %q", rune(c))
	}
	return fmt.Sprintf("byte 0x%02X", c)
}

func (p *parser) skipSpace() {
	for p.off < len(p.data) {
		switch p.data[p.off] {
		case ' ', '\t', '\r':
			p.off++
		case '\n':
			p.off++
			p.line++
			p.lineStart = p.off
		default:
			return
		}
	}
}

// value reads one value starting at the current (non-space) byte.
func (p *parser) value(depth int) (*Node, error) {
	if p.off >= len(p.data) {
		return nil, p.errorf("unexpected end of input, expected a value")
	}
	switch c := p.data[p.off]; {
	case c == '{':
		return p.object(depth + 1)
	case c == '[':
		return p.array(depth + 1)
	case c == '"':
		start := p.pos()
		s, err := p.str()
		if err != nil {
			return nil, err
		}
		return &Node{Kind: String, Text: s, Span: p.span(start)}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true", Bool)
	case c == 'f':
		return p.literal("false", Bool)
	case c == 'n':
		return p.literal("null", Null)
	}
	return nil, p.errorf("unexpected %s, expected a value", p.describe())
}

func (p *parser) span(start policy.Pos) policy.Span {
	return policy.Span{File: p.file, Start: start, End: p.pos()}
}

func (p *parser) literal(word string, kind Kind) (*Node, error) {
	start := p.pos()
	if !strings.HasPrefix(string(p.data[p.off:min(len(p.data), p.off+len(word))]), word) {
		return nil, p.errorf("invalid literal, expected %q", word)
	}
	p.off += len(word)
	return &Node{Kind: kind, Text: word, Span: p.span(start)}, nil
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// number reads -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *parser) number() (*Node, error) {
	start, from := p.pos(), p.off
	if p.peek() == '-' {
		p.off++
	}
	switch {
	case p.peek() == '0':
		p.off++
	case isDigit(p.peek()):
		p.digits()
	default:
		return nil, p.errorf("invalid number: expected a digit, found %s", p.describe())
	}
	if p.peek() == '.' {
		p.off++
		if !isDigit(p.peek()) {
			return nil, p.errorf("invalid number: expected a digit after '.', found %s", p.describe())
		}
		p.digits()
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.off++
		if c := p.peek(); c == '+' || c == '-' {
			p.off++
		}
		if !isDigit(p.peek()) {
			return nil, p.errorf("invalid number: expected a digit in the exponent, found %s", p.describe())
		}
		p.digits()
	}
	return &Node{Kind: Number, Text: string(p.data[from:p.off]), Span: p.span(start)}, nil
}

// peek returns the current byte, or 0 at the end of input (0 is never valid
// where peek is used, so it needs no separate end check).
func (p *parser) peek() byte {
	if p.off < len(p.data) {
		return p.data[p.off]
	}
	return 0
}

func (p *parser) digits() {
	for isDigit(p.peek()) {
		p.off++
	}
}

// str reads a string token at the current '"' and returns its decoded value.
func (p *parser) str() (string, error) {
	p.off++ // opening quote
	var b strings.Builder
	for {
		if p.off >= len(p.data) {
			return "", p.errorf("unterminated string")
		}
		c := p.data[p.off]
		switch {
		case c == '"':
			p.off++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c < 0x20:
			return "", p.errorf("control character 0x%02X in string (escape it)", c)
		case c < utf8.RuneSelf:
			b.WriteByte(c)
			p.off++
		default:
			r, size := utf8.DecodeRune(p.data[p.off:])
			if r == utf8.RuneError && size <= 1 {
				return "", p.errorf("invalid UTF-8 byte 0x%02X in string", c)
			}
			b.Write(p.data[p.off : p.off+size])
			p.off += size
		}
	}
}

// simpleEscape decodes the one-letter escapes; 0 means c is not one.
func simpleEscape(c byte) byte {
	switch c {
	case '"', '\\', '/':
		return c
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	}
	return 0
}

// escape decodes one backslash escape at the current offset.
func (p *parser) escape(b *strings.Builder) error {
	if p.off+1 >= len(p.data) {
		return p.errorf("unterminated string")
	}
	c := p.data[p.off+1]
	if c != 'u' {
		if r := simpleEscape(c); r != 0 {
			b.WriteByte(r)
			p.off += 2
			return nil
		}
		return p.errorf("invalid escape sequence in string")
	}
	r, ok := p.hex4(p.off + 2)
	if !ok {
		return p.errorf("invalid \\u escape in string: expected four hex digits")
	}
	p.off += 6
	if utf16.IsSurrogate(r) {
		// A high surrogate followed by a low one is one character; anything
		// else is a lone surrogate, which UTF-8 cannot hold: it becomes
		// U+FFFD, as encoding/json does.
		if p.peek() == '\\' && p.off+1 < len(p.data) && p.data[p.off+1] == 'u' {
			if r2, ok := p.hex4(p.off + 2); ok {
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					b.WriteRune(dec)
					p.off += 6
					return nil
				}
			}
		}
		r = utf8.RuneError
	}
	b.WriteRune(r)
	return nil
}

// hex4 decodes four hex digits at offset at.
func (p *parser) hex4(at int) (rune, bool) {
	if at+4 > len(p.data) {
		return 0, false
	}
	var r rune
	for _, c := range p.data[at : at+4] {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

func (p *parser) checkDepth(depth int) error {
	if depth > MaxDepth {
		return p.errorf("nesting deeper than %d levels", MaxDepth)
	}
	return nil
}

func (p *parser) array(depth int) (*Node, error) {
	if err := p.checkDepth(depth); err != nil {
		return nil, err
	}
	n := &Node{Kind: Array}
	start := p.pos()
	p.off++ // '['
	p.skipSpace()
	if p.peek() == ']' {
		p.off++
		n.Span = p.span(start)
		return n, nil
	}
	for {
		item, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		n.Items = append(n.Items, item)
		p.skipSpace()
		switch p.peek() {
		case ',':
			p.off++
			p.skipSpace()
		case ']':
			p.off++
			n.Span = p.span(start)
			return n, nil
		default:
			return nil, p.errorf("unexpected %s in array, expected ',' or ']'", p.describe())
		}
	}
}

func (p *parser) object(depth int) (*Node, error) {
	if err := p.checkDepth(depth); err != nil {
		return nil, err
	}
	n := &Node{Kind: Object}
	start := p.pos()
	p.off++ // '{'
	p.skipSpace()
	if p.peek() == '}' {
		p.off++
		n.Span = p.span(start)
		return n, nil
	}
	for {
		if p.peek() != '"' {
			return nil, p.errorf("unexpected %s in object, expected a string key", p.describe())
		}
		keyStart := p.pos()
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		keySpan := p.span(keyStart)
		p.skipSpace()
		if p.peek() != ':' {
			return nil, p.errorf("unexpected %s after object key, expected ':'", p.describe())
		}
		p.off++
		p.skipSpace()
		val, err := p.value(depth)
		if err != nil {
			return nil, err
		}
		n.Members = append(n.Members, Member{Key: key, KeySpan: keySpan, Value: val})
		p.skipSpace()
		switch p.peek() {
		case ',':
			p.off++
			p.skipSpace()
		case '}':
			p.off++
			n.Span = p.span(start)
			return n, nil
		default:
			return nil, p.errorf("unexpected %s in object, expected ',' or '}'", p.describe())
		}
	}
}
