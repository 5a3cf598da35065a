package platform

import (
	"unicode/utf8"

	"github.com/corslint/corslint/policy"
)

// Lines converts between byte offsets and positions of one file. yaml.v3
// reports columns in runes; spans count UTF-8 bytes (policy.Pos).
type Lines struct {
	Src    []byte
	starts []int // byte offset of each line's first byte
}

// NewLines indexes src.
func NewLines(src []byte) *Lines {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &Lines{Src: src, starts: starts}
}

// Offset returns the byte offset of a 1-based line and 1-based rune column.
func (l *Lines) Offset(line, runeCol int) int {
	if line < 1 {
		return 0
	}
	if line > len(l.starts) {
		return len(l.Src)
	}
	off := l.starts[line-1]
	for c := 1; c < runeCol && off < len(l.Src) && l.Src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(l.Src[off:])
		off += size
	}
	return off
}

// Pos returns the position of a byte offset.
func (l *Lines) Pos(off int) policy.Pos {
	if off > len(l.Src) {
		off = len(l.Src)
	}
	lo, hi := 0, len(l.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return policy.Pos{Line: lo + 1, Col: off - l.starts[lo] + 1}
}

// LineEnd returns the offset of the end of the line holding off (before
// any CR/LF).
func (l *Lines) LineEnd(off int) int {
	for off < len(l.Src) && l.Src[off] != '\n' {
		off++
	}
	if off > 0 && l.Src[off-1] == '\r' {
		off--
	}
	return off
}
