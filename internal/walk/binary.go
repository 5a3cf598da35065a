package walk

import (
	"bytes"
	"unicode/utf8"
)

// sniffLen is how much of a file IsBinary looks at (what git and grep use).
const sniffLen = 8 << 10

// IsBinary reports whether data looks like a binary file: a NUL byte in the
// first 8 KiB, or more than one byte in ten of it not valid UTF-8. A few stray
// Latin-1 bytes in a comment do not make a config file binary; parsers cope
// with them, so only files that are mostly not text are skipped.
func IsBinary(data []byte) bool {
	head := data
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		r, size := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && size <= 1 {
			if len(head) < len(data) && !utf8.FullRune(head[i:]) {
				break // a rune cut by the sniff window, not an error
			}
			bad++
		}
		i += size
	}
	return bad*10 > len(head)
}
