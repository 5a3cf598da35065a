package tomlconf

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

// maxDepth bounds nested arrays and inline tables.
const maxDepth = 200

// Read parses a TOML document into a platform tree. BurntSushi/toml checks
// the syntax first (its errors carry positions, but its results carry none
// for values, as of v1.6.0); a document that passes is then read again by
// a small scanner that records byte spans, and which can rely on the input
// being valid. Bad input yields a notice, never a panic.
func Read(file string, data []byte) (*platform.Node, *policy.Notice) {
	if !utf8.Valid(data) {
		return nil, &policy.Notice{Level: policy.LevelWarning, Message: "file is not valid UTF-8; skipped", Span: policy.Span{File: file}}
	}
	if n := validate(file, data); n != nil {
		return nil, n
	}
	r := &reader{file: file, lines: platform.NewLines(data), index: map[*platform.Node]map[string]int{}}
	root, err := r.document()
	if err != nil {
		p := r.lines.Pos(r.off)
		return nil, &policy.Notice{Level: policy.LevelWarning, Message: "TOML could not be read: " + err.Error(),
			Span: policy.Span{File: file, Start: p, End: policy.Pos{Line: p.Line, Col: p.Col + 1}}}
	}
	return root, nil
}

// validate runs BurntSushi/toml and turns its error into a notice.
func validate(file string, data []byte) (n *policy.Notice) {
	defer func() {
		if r := recover(); r != nil {
			n = &policy.Notice{Level: policy.LevelWarning, Message: fmt.Sprintf("TOML parser failed: %v", r), Span: policy.Span{File: file}}
		}
	}()
	var v map[string]any
	_, err := toml.Decode(string(data), &v)
	if err == nil {
		return nil
	}
	n = &policy.Notice{Level: policy.LevelWarning, Message: "TOML syntax error: " + err.Error(), Span: policy.Span{File: file}}
	var pe toml.ParseError
	if errors.As(err, &pe) {
		n.Message = "TOML syntax error: " + pe.Message
		line, col := pe.Position.Line, pe.Position.Col
		if line < 1 {
			line = 1
		}
		if col < 1 {
			col = 1
		}
		n.Span.Start = policy.Pos{Line: line, Col: col}
		n.Span.End = policy.Pos{Line: line, Col: col + 1}
	}
	return n
}

// reader scans valid TOML, keeping spans.
type reader struct {
	file  string
	lines *platform.Lines
	off   int
	// index finds a table's keys without a linear scan, so a file with
	// very many keys stays linear.
	index map[*platform.Node]map[string]int
}

// lookup returns the pair named key of table t, or nil.
func (r *reader) lookup(t *platform.Node, key string) *platform.Pair {
	if i, ok := r.index[t][key]; ok {
		return &t.Pairs[i]
	}
	return nil
}

// appendPair adds a pair to table t and returns it.
func (r *reader) appendPair(t *platform.Node, p platform.Pair) *platform.Pair {
	if r.index[t] == nil {
		r.index[t] = map[string]int{}
	}
	r.index[t][p.Key] = len(t.Pairs)
	t.Pairs = append(t.Pairs, p)
	return &t.Pairs[len(t.Pairs)-1]
}

type keySeg struct {
	name string
	span policy.Span
}

func (r *reader) src() []byte { return r.lines.Src }

func (r *reader) peek(k int) byte {
	if r.off+k < len(r.src()) {
		return r.src()[r.off+k]
	}
	return 0
}

func (r *reader) span(start, end int) policy.Span {
	return policy.Span{File: r.file, Start: r.lines.Pos(start), End: r.lines.Pos(end)}
}

// skipSpace skips blanks; with newlines also line breaks and comments.
func (r *reader) skipSpace(newlines bool) {
	for r.off < len(r.src()) {
		switch c := r.src()[r.off]; {
		case c == ' ' || c == '\t':
			r.off++
		case c == '#':
			for r.off < len(r.src()) && r.src()[r.off] != '\n' {
				r.off++
			}
		case newlines && (c == '\n' || c == '\r'):
			r.off++
		default:
			return
		}
	}
}

func (r *reader) document() (*platform.Node, error) {
	root := &platform.Node{Kind: platform.Map, Span: r.span(0, 0)}
	cur := root
	for {
		r.skipSpace(true)
		if r.off >= len(r.src()) {
			return root, nil
		}
		if r.peek(0) == '[' {
			start := r.off
			array := r.peek(1) == '['
			if array {
				r.off += 2
			} else {
				r.off++
			}
			segs, err := r.key()
			if err != nil {
				return nil, err
			}
			r.skipSpace(false)
			if array {
				r.off += 2
			} else {
				r.off++
			}
			cur = r.table(root, segs, array, r.span(start, r.off))
			continue
		}
		if err := r.keyValue(cur, 0); err != nil {
			return nil, err
		}
	}
}

// table finds or creates the table a header names; for `[[...]]` it
// appends a new table to the array.
func (r *reader) table(root *platform.Node, segs []keySeg, array bool, at policy.Span) *platform.Node {
	n := root
	last := len(segs) - 1
	for i, s := range segs {
		p := r.lookup(n, s.name)
		if i == last && array {
			t := &platform.Node{Kind: platform.Map, Span: at}
			if p == nil || p.Value.Kind != platform.List {
				p = r.appendPair(n, platform.Pair{Key: s.name, KeySpan: s.span,
					Value: &platform.Node{Kind: platform.List, Span: at}})
			}
			p.Value.Items = append(p.Value.Items, t)
			return t
		}
		if p == nil {
			p = r.appendPair(n, platform.Pair{Key: s.name, KeySpan: s.span, Value: &platform.Node{Kind: platform.Map, Span: at}})
		}
		next := p.Value
		if next.Kind == platform.List && len(next.Items) > 0 {
			next = next.Items[len(next.Items)-1]
		}
		if next.Kind != platform.Map {
			return &platform.Node{Kind: platform.Map, Span: at} // cannot happen in valid TOML
		}
		n = next
	}
	return n
}

// keyValue reads `a.b = value` into table t.
func (r *reader) keyValue(t *platform.Node, depth int) error {
	segs, err := r.key()
	if err != nil {
		return err
	}
	r.skipSpace(false)
	if r.peek(0) != '=' {
		return fmt.Errorf("expected = after key")
	}
	r.off++
	r.skipSpace(false)
	v, err := r.value(depth)
	if err != nil {
		return err
	}
	n := t
	for _, s := range segs[:len(segs)-1] {
		p := r.lookup(n, s.name)
		if p == nil {
			p = r.appendPair(n, platform.Pair{Key: s.name, KeySpan: s.span, Value: &platform.Node{Kind: platform.Map, Span: s.span}})
		}
		if p.Value.Kind != platform.Map {
			return fmt.Errorf("key %q is not a table", s.name)
		}
		n = p.Value
	}
	lastSeg := segs[len(segs)-1]
	r.appendPair(n, platform.Pair{Key: lastSeg.name, KeySpan: lastSeg.span, Value: v})
	return nil
}

func isBare(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// key reads a dotted key.
func (r *reader) key() ([]keySeg, error) {
	var segs []keySeg
	for {
		r.skipSpace(false)
		start := r.off
		var name string
		switch r.peek(0) {
		case '"', '\'':
			s, err := r.str()
			if err != nil {
				return nil, err
			}
			name = s
		default:
			for r.off < len(r.src()) && isBare(r.src()[r.off]) {
				r.off++
			}
			if r.off == start {
				return nil, fmt.Errorf("expected a key")
			}
			name = string(r.src()[start:r.off])
		}
		segs = append(segs, keySeg{name: name, span: r.span(start, r.off)})
		r.skipSpace(false)
		if r.peek(0) != '.' {
			return segs, nil
		}
		r.off++
	}
}

// value reads one value.
func (r *reader) value(depth int) (*platform.Node, error) {
	if depth > maxDepth {
		return nil, fmt.Errorf("nesting deeper than %d", maxDepth)
	}
	start := r.off
	switch c := r.peek(0); c {
	case '"', '\'':
		s, err := r.str()
		if err != nil {
			return nil, err
		}
		n := &platform.Node{Kind: platform.String, Value: s, Span: r.span(start, r.off)}
		if q := r.off - start - 2; q == len(s) && !strings.ContainsAny(s, "\n\r") && r.src()[start+1] != c {
			n.Literal = r.lines.Pos(start + 1)
		}
		return n, nil
	case '[':
		return r.array(depth)
	case '{':
		return r.inlineTable(depth)
	}
	for r.off < len(r.src()) {
		c := r.src()[r.off]
		if c == ' ' && r.dateTimeSpace(start) {
			r.off++
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ']' || c == '}' || c == '#' {
			break
		}
		r.off++
	}
	tok := string(r.src()[start:r.off])
	if tok == "" {
		return nil, fmt.Errorf("expected a value")
	}
	n := &platform.Node{Kind: platform.Number, Value: tok, Span: r.span(start, r.off), Literal: r.lines.Pos(start)}
	switch {
	case tok == "true" || tok == "false":
		n.Kind = platform.Bool
	case strings.Contains(tok, "_") && !strings.ContainsAny(tok, ":T"):
		n.Value = strings.ReplaceAll(tok, "_", "")
		n.Literal = policy.Pos{}
	}
	if _, err := strconv.ParseFloat(n.Value, 64); err != nil && n.Kind == platform.Number {
		n.Kind = platform.String // dates, times, hex/octal/binary integers
	}
	return n, nil
}

// dateTimeSpace reports whether a space at r.off separates the date and
// time of an offset date-time (`1979-05-27 07:32:00Z`).
func (r *reader) dateTimeSpace(start int) bool {
	tok := r.src()[start:r.off]
	return len(tok) == 10 && tok[4] == '-' && tok[7] == '-' && r.peek(1) >= '0' && r.peek(1) <= '9'
}

func (r *reader) array(depth int) (*platform.Node, error) {
	start := r.off
	r.off++
	n := &platform.Node{Kind: platform.List}
	for {
		r.skipSpace(true)
		if r.off >= len(r.src()) {
			return nil, fmt.Errorf("unterminated array")
		}
		if r.peek(0) == ']' {
			r.off++
			n.Span = r.span(start, r.off)
			return n, nil
		}
		v, err := r.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.Items = append(n.Items, v)
		r.skipSpace(true)
		if r.peek(0) == ',' {
			r.off++
		}
	}
}

func (r *reader) inlineTable(depth int) (*platform.Node, error) {
	start := r.off
	r.off++
	n := &platform.Node{Kind: platform.Map}
	for {
		r.skipSpace(true)
		if r.off >= len(r.src()) {
			return nil, fmt.Errorf("unterminated inline table")
		}
		if r.peek(0) == '}' {
			r.off++
			n.Span = r.span(start, r.off)
			return n, nil
		}
		if err := r.keyValue(n, depth+1); err != nil {
			return nil, err
		}
		r.skipSpace(true)
		if r.peek(0) == ',' {
			r.off++
		}
	}
}
