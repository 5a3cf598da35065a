package yamlconf

import (
	"bytes"
	"sort"
)

// span is a byte range [start, end) of the file.
type span struct{ start, end int }

// maskTemplates hides Helm/Go-template actions (`{{ ... }}`) so the rest
// of the file parses as YAML (design.md, Detection). Every byte keeps its
// offset: an action alone on its lines (`{{- if .Values.x }}`) becomes
// spaces, so it leaves a blank line; an action inside a value becomes
// `x`s, a plain scalar the real text is restored over afterwards. It
// returns the masked copy (always a copy: callers edit it) and the masked
// ranges.
func maskTemplates(src []byte) ([]byte, []span) {
	out := append([]byte(nil), src...)
	if !bytes.Contains(src, []byte("{{")) {
		return out, nil
	}
	var spans []span
	for i := 0; i+1 < len(src); {
		start := bytes.Index(src[i:], []byte("{{"))
		if start < 0 {
			break
		}
		start += i
		end := bytes.Index(src[start+2:], []byte("}}"))
		if end < 0 {
			end = len(src)
		} else {
			end += start + 4
		}
		spans = append(spans, span{start, end})
		i = end
	}
	// An action is standalone when its first and last lines hold nothing
	// but blanks and actions.
	for _, s := range spans {
		fill := byte('x')
		if alone(src, spans, s) {
			fill = ' '
		}
		for j := s.start; j < s.end; j++ {
			if src[j] != '\n' && src[j] != '\r' {
				out[j] = fill
			}
		}
	}
	return out, spans
}

// alone reports whether the lines of s contain only blanks and actions.
func alone(src []byte, spans []span, s span) bool {
	ls := bytes.LastIndexByte(src[:s.start], '\n') + 1
	le := len(src)
	if k := bytes.IndexByte(src[s.end:], '\n'); k >= 0 {
		le = s.end + k
	}
	for j := ls; j < le; j++ {
		if inSpans(spans, j) {
			continue
		}
		switch src[j] {
		case ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return true
}

// inSpans reports whether off is inside one of spans (sorted).
func inSpans(spans []span, off int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > off })
	return i < len(spans) && spans[i].start <= off
}

// overlaps reports whether [start, end) touches a masked range.
func overlaps(spans []span, start, end int) bool {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].end > start })
	return i < len(spans) && spans[i].start < end
}
