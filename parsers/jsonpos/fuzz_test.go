package jsonpos

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/corslint/corslint/policy"
)

// FuzzParse checks that Parse never panics, agrees with encoding/json on what
// is valid JSON, and that every span it reports covers exactly the text of
// its value.
func FuzzParse(f *testing.F) {
	seeds := []string{
		`{"origin": ["https://a.example", true], "credentials": true, "maxAge": 600}`,
		"{\r\n \"a\": \"\\u00e9\\ud83d\\ude00\"\r\n}",
		`[1, -0.5e+3, null, false, {"": []}]`,
		`{"a": 1,}`, `"\ud800"`, "\xff", "[[[[[", `{"a" "b"}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "express", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse("f.json", data)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Pos.Line < 1 || se.Pos.Col < 1 {
				t.Fatalf("error %v is not a positioned *SyntaxError", err)
			}
			if strings.Contains(se.Msg, "nesting deeper") {
				return
			}
		}
		// encoding/json does not check UTF-8 and knows no byte-order mark,
		// so compare only where both apply.
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\uFEFF")) {
			if valid := json.Valid(data); valid != (err == nil) {
				t.Fatalf("Parse error %v, but encoding/json Valid = %v", err, valid)
			}
		}
		if err == nil {
			checkSpans(t, data, n)
		}
	})
}

// checkSpans verifies that every node's span slices the source to text that
// decodes to the same value.
func checkSpans(t *testing.T, data []byte, n *Node) {
	lineStarts := []int{0}
	for i, c := range data {
		if c == '\n' {
			lineStarts = append(lineStarts, i+1)
		}
	}
	offset := func(p policy.Pos) int {
		if p.Line < 1 || p.Line > len(lineStarts) || p.Col < 1 {
			t.Fatalf("position %+v out of range", p)
		}
		return lineStarts[p.Line-1] + p.Col - 1
	}
	text := func(s policy.Span) []byte {
		from, to := offset(s.Start), offset(s.End)
		if from >= to || to > len(data) {
			t.Fatalf("span %+v gives offsets %d..%d of %d bytes", s, from, to, len(data))
		}
		return data[from:to]
	}
	var walk func(n *Node)
	walk = func(n *Node) {
		raw := text(n.Span)
		switch n.Kind {
		case String:
			var s string
			if err := json.Unmarshal(raw, &s); err != nil || s != n.Text {
				t.Fatalf("string span text %q decodes to %q (%v), node has %q", raw, s, err, n.Text)
			}
		case Number, Bool, Null:
			if string(raw) != n.Text {
				t.Fatalf("span text %q, node text %q", raw, n.Text)
			}
		case Array:
			if raw[0] != '[' || raw[len(raw)-1] != ']' {
				t.Fatalf("array span text %q", raw)
			}
			for _, it := range n.Items {
				walk(it)
			}
		case Object:
			if raw[0] != '{' || raw[len(raw)-1] != '}' {
				t.Fatalf("object span text %q", raw)
			}
			for _, m := range n.Members {
				var k string
				if err := json.Unmarshal(text(m.KeySpan), &k); err != nil || k != m.Key {
					t.Fatalf("key span text %q decodes to %q (%v), member key %q", text(m.KeySpan), k, err, m.Key)
				}
				walk(m.Value)
			}
		}
	}
	walk(n)
}
