package report

import (
	"fmt"
	"strings"
	"unicode"
)

// printable makes s safe to print on one terminal line. Messages quote values
// from the scanned files, and a hostile config must not be able to move the
// cursor, recolour the terminal or forge extra output lines with control
// characters; they are shown escaped (\n, \x1b, \u2028) instead.
func printable(s string) string {
	if !strings.ContainsFunc(s, needsEscape) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x80 && needsEscape(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		case needsEscape(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// needsEscape reports control characters (C0, DEL, C1), line and paragraph
// separators and bidirectional overrides, which can disguise what a line says.
func needsEscape(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r == '\u2028' || r == '\u2029':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// mdText escapes s for use as plain text inside Markdown, table cells
// included. Characters that start emphasis, code, links, HTML, entities,
// strikethrough or a cell boundary get a backslash (CommonMark allows one
// before any ASCII punctuation); a leading '#', '+' or '-' would start a
// heading or list. Control characters and line breaks are escaped by
// printable, so a quoted value cannot end its table row.
func mdText(s string) string {
	s = printable(s)
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune("\\`*_[]<>|~&", r) || (i == 0 && strings.ContainsRune("#+-", r)) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdCode renders s as a Markdown code span: the fence is one backtick longer
// than the longest backtick run inside, padded when s starts or ends with a
// backtick. In a table cell (inTable) pipes are escaped, because GitHub splits
// rows on them even inside code spans and renders `\|` there as `|`; outside
// a table the backslash would show, so they stay.
func mdCode(s string, inTable bool) string {
	s = printable(s)
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || s == "" {
		pad = " "
	}
	if inTable {
		s = strings.ReplaceAll(s, "|", `\|`)
	}
	return fence + pad + s + pad + fence
}
