package python

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// decodeString turns the source text of one string literal (prefix, quotes
// and all) into its value. ok is false for f-strings with replacement fields,
// whose value is not known statically.
func decodeString(lit string, hasInterpolation bool) (val string, ok bool) {
	i := 0
	raw, fstr := false, false
	for i < len(lit) && strings.ContainsRune("rRbBuUfF", rune(lit[i])) {
		switch lit[i] {
		case 'r', 'R':
			raw = true
		case 'f', 'F':
			fstr = true
		}
		i++
	}
	body := lit[i:]
	q := ""
	for _, cand := range []string{`"""`, `'''`, `"`, `'`} {
		if strings.HasPrefix(body, cand) {
			q = cand
			break
		}
	}
	if q == "" || len(body) < 2*len(q) || !strings.HasSuffix(body, q) {
		return "", false
	}
	body = body[len(q) : len(body)-len(q)]
	if fstr {
		if hasInterpolation {
			return "", false
		}
		body = strings.NewReplacer("{{", "{", "}}", "}").Replace(body)
	}
	if raw {
		return body, true
	}
	return unescape(body), true
}

var simpleEscapes = map[byte]string{
	'\\': `\`, '\'': `'`, '"': `"`, 'a': "\a", 'b': "\b", 'f': "\f",
	'n': "\n", 'r': "\r", 't': "\t", 'v': "\v", '\n': "",
}

// unescape applies Python's escape sequences; unknown escapes keep their
// backslash, as Python does (`"\."` is a backslash and a dot).
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			sb.WriteByte(c)
			continue
		}
		e := s[i+1]
		if r, ok := simpleEscapes[e]; ok {
			sb.WriteString(r)
			i++
			continue
		}
		if n, adv := numericEscape(s[i+1:]); adv > 0 {
			sb.WriteRune(n)
			i += adv
			continue
		}
		sb.WriteByte(c)
	}
	return sb.String()
}

// numericEscape decodes an octal, \x, \u or \U escape at the start of s (s
// starts after the backslash); adv is how many bytes of s it used, 0 if none.
func numericEscape(s string) (rune, int) {
	width, start, base := 0, 1, 16
	switch s[0] {
	case 'x':
		width = 2
	case 'u':
		width = 4
	case 'U':
		width = 8
	default:
		if s[0] < '0' || s[0] > '7' {
			return 0, 0
		}
		start, base = 0, 8
		width = 1
		for width < 3 && width < len(s) && s[width] >= '0' && s[width] <= '7' {
			width++
		}
	}
	if start+width > len(s) {
		return 0, 0
	}
	v, err := strconv.ParseUint(s[start:start+width], base, 32)
	if err != nil || v > utf8.MaxRune {
		return 0, 0
	}
	return rune(v), start + width
}
