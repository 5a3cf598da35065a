package report

import (
	"bytes"
	"unicode/utf8"
)

// columns converts the UTF-8 byte columns of policy.Span into UTF-16 code
// unit columns, which is what SARIF's run.columnKind "utf16CodeUnits" declares
// and what GitHub counts (integration.md §1, Results). Files are read once per
// report through Input.ReadFile; a file that cannot be read keeps its byte
// columns, which are right for ASCII lines and near for the rest.
type columns struct {
	read  func(rel string) ([]byte, error)
	files map[string][][]byte // lines without their terminators; nil = unreadable
}

func newColumns(read func(rel string) ([]byte, error)) *columns {
	return &columns{read: read, files: map[string][][]byte{}}
}

// lines returns the lines of file, or nil when it cannot be read.
func (c *columns) lines(file string) [][]byte {
	if c.read == nil {
		return nil
	}
	if ls, ok := c.files[file]; ok {
		return ls
	}
	data, err := c.read(file)
	var ls [][]byte
	if err == nil {
		// SARIF's newlineSequences are "\r\n" and "\n", so a line ends at
		// "\n" and a trailing "\r" is part of the terminator.
		ls = bytes.Split(data, []byte("\n"))
		for i, l := range ls {
			ls[i] = bytes.TrimSuffix(l, []byte("\r"))
		}
	}
	c.files[file] = ls
	return ls
}

// convert returns the UTF-16 column for the 1-based byte column col on the
// 1-based line of file. A start column (end=false) inside a multi-byte
// character moves back to that character; an end column (end=true, exclusive)
// moves forward past it, so the region always covers the bytes flagged.
func (c *columns) convert(file string, line, col int, end bool) int {
	ls := c.lines(file)
	if col < 1 || line < 1 || line > len(ls) {
		return col
	}
	return utf16Column(ls[line-1], col, end)
}

// utf16Column converts a 1-based byte column on text into a 1-based UTF-16
// column. Bytes past the end of the line count one unit each, so a column just
// after the last character stays just after it. Invalid UTF-8 bytes count one
// unit each (they decode as U+FFFD, which is one unit).
func utf16Column(text []byte, col int, end bool) int {
	offset := col - 1
	units := 0
	for i := 0; i < len(text) && i < offset; {
		r, size := utf8.DecodeRune(text[i:])
		if i+size > offset && !end {
			// The column falls inside this character: point at its start.
			return units + 1
		}
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		i += size
	}
	if offset > len(text) {
		units += offset - len(text)
	}
	return units + 1
}
