package tomlconf

import (
	"fmt"
	"strconv"
	"strings"
)

// simpleEscapes and hexEscapeSize are TOML's escapes (1.1 adds \e and \x).
var (
	simpleEscapes = map[byte]byte{'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\', 'e': 0x1b}
	hexEscapeSize = map[byte]int{'u': 4, 'U': 8, 'x': 2}
)

// str reads a basic, literal or multi-line string at r.off and returns its
// decoded value.
func (r *reader) str() (string, error) {
	q := r.peek(0)
	multi := r.peek(1) == q && r.peek(2) == q
	if multi {
		r.off += 3
		// A newline right after the opening delimiter is trimmed.
		if r.peek(0) == '\r' && r.peek(1) == '\n' {
			r.off += 2
		} else if r.peek(0) == '\n' {
			r.off++
		}
	} else {
		r.off++
	}
	var b strings.Builder
	for r.off < len(r.src()) {
		c := r.src()[r.off]
		if c == q {
			if !multi {
				r.off++
				return b.String(), nil
			}
			if r.peek(1) == q && r.peek(2) == q {
				// Up to two extra quotes before the closing delimiter
				// belong to the string.
				extra := 0
				for extra < 2 && r.peek(3+extra) == q {
					extra++
				}
				for i := 0; i < extra; i++ {
					b.WriteByte(q)
				}
				r.off += 3 + extra
				return b.String(), nil
			}
		}
		if c == '\\' && q == '"' {
			if err := r.escape(&b, multi); err != nil {
				return "", err
			}
			continue
		}
		if c == '\n' && !multi {
			return "", fmt.Errorf("newline in string")
		}
		b.WriteByte(c)
		r.off++
	}
	return "", fmt.Errorf("unterminated string")
}

// escape decodes one backslash escape of a basic string.
func (r *reader) escape(b *strings.Builder, multi bool) error {
	r.off++ // the backslash
	c := r.peek(0)
	if v, ok := simpleEscapes[c]; ok {
		b.WriteByte(v)
		r.off++
		return nil
	}
	switch c {
	case 'u', 'U', 'x':
		size := hexEscapeSize[c]
		if r.off+1+size > len(r.src()) {
			return fmt.Errorf("short escape")
		}
		v, err := strconv.ParseUint(string(r.src()[r.off+1:r.off+1+size]), 16, 32)
		if err != nil {
			return fmt.Errorf("bad escape: %w", err)
		}
		b.WriteRune(rune(v))
		r.off += 1 + size
		return nil
	}
	if multi {
		// A line-ending backslash trims the line break and the blanks
		// that follow it.
		for r.off < len(r.src()) {
			switch r.src()[r.off] {
			case ' ', '\t', '\n', '\r':
				r.off++
				continue
			}
			break
		}
		return nil
	}
	return fmt.Errorf("bad escape \\%c", c)
}
