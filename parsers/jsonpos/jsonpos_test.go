package jsonpos

import (
	"errors"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

func sp(l1, c1, l2, c2 int) policy.Span {
	return policy.Span{File: "f.json", Start: policy.Pos{Line: l1, Col: c1}, End: policy.Pos{Line: l2, Col: c2}}
}

func mustParse(t *testing.T, src string) *Node {
	t.Helper()
	n, err := Parse("f.json", []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", src, err)
	}
	return n
}

func TestParseSpans(t *testing.T) {
	src := "{\n" +
		"  \"origin\": [\"https://a.example\", true],\n" +
		"  \"maxAge\": -1.5e3,\n" +
		"  \"é\": null,\n" + // é is two bytes: columns count bytes
		"  \"x\": {}\n" +
		"}\n"
	root := mustParse(t, src)
	if root.Kind != Object || len(root.Members) != 4 {
		t.Fatalf("root = %v with %d members", root.Kind, len(root.Members))
	}
	origin := root.Lookup("origin")
	tests := []struct {
		name string
		got  policy.Span
		want policy.Span
	}{
		{"root", root.Span, sp(1, 1, 6, 2)},
		{"origin key", origin.KeySpan, sp(2, 3, 2, 11)},
		{"origin value", origin.Value.Span, sp(2, 13, 2, 40)},
		{"origin[0]", origin.Value.Items[0].Span, sp(2, 14, 2, 33)},
		{"origin[1]", origin.Value.Items[1].Span, sp(2, 35, 2, 39)},
		{"maxAge", root.Get("maxAge").Span, sp(3, 13, 3, 19)},
		{"é key", root.Lookup("é").KeySpan, sp(4, 3, 4, 7)},
		{"é value", root.Get("é").Span, sp(4, 9, 4, 13)},
		{"x value", root.Get("x").Span, sp(5, 8, 5, 10)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: span %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
	if got := root.Get("maxAge").Text; got != "-1.5e3" {
		t.Errorf("number text = %q, want the literal as written", got)
	}
}

func TestParseValues(t *testing.T) {
	tests := []struct {
		src  string
		kind Kind
		text string
	}{
		{`"a\"b\\c\/d\b\f\n\r\t"`, String, "a\"b\\c/d\b\f\n\r\t"},
		{`"\u00e9\u20AC"`, String, "é€"},
		{`"\ud83d\ude00"`, String, "😀"},
		{`"\ud83d"`, String, "\uFFFD"},        // lone high surrogate
		{`"\ude00x"`, String, "\uFFFDx"},      // lone low surrogate
		{`"\ud83d\u0041"`, String, "\uFFFDA"}, // high surrogate then a non-surrogate
		{`"日本"`, String, "日本"},                // raw multi-byte UTF-8
		{`0`, Number, "0"},
		{`-0.0E+10`, Number, "-0.0E+10"},
		{`true`, Bool, "true"},
		{`false`, Bool, "false"},
		{` null `, Null, "null"},
		{"\uFEFF{}", Object, ""}, // byte-order mark tolerated
	}
	for _, tt := range tests {
		n := mustParse(t, tt.src)
		if n.Kind != tt.kind || n.Text != tt.text {
			t.Errorf("Parse(%q) = %v %q, want %v %q", tt.src, n.Kind, n.Text, tt.kind, tt.text)
		}
	}
}

func TestLookupLastWins(t *testing.T) {
	n := mustParse(t, `{"a": 1, "b": 2, "a": 3}`)
	if got := n.Get("a").Text; got != "3" {
		t.Errorf(`Get("a") = %s, want the last duplicate 3`, got)
	}
	if len(n.Members) != 3 {
		t.Errorf("members = %d, want all 3 kept", len(n.Members))
	}
	if n.Get("zz") != nil || n.Get("a").Get("x") != nil {
		t.Error("Get of a missing key or on a non-object must be nil")
	}
	var nilNode *Node
	if nilNode.Get("a") != nil {
		t.Error("Get on a nil node must be nil")
	}
}

func TestCRLFAndBOMPositions(t *testing.T) {
	n := mustParse(t, "\uFEFF{\r\n  \"a\": 1\r\n}")
	if got, want := n.Span, sp(1, 4, 3, 2); got != want {
		t.Errorf("root span %+v, want %+v (BOM bytes counted on line 1)", got, want)
	}
	if got, want := n.Get("a").Span, sp(2, 8, 2, 9); got != want {
		t.Errorf("a span %+v, want %+v", got, want)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
		msg       string
	}{
		{"empty", "", 1, 1, "end of input"},
		{"spaces only", "  \n ", 2, 2, "end of input"},
		{"trailing comma object", "{\"a\": 1,\n}", 2, 1, "expected a string key"},
		{"trailing comma array", "[1, ]", 1, 5, "expected a value"},
		{"missing colon", `{"a" 1}`, 1, 6, "expected ':'"},
		{"missing comma", "{\"a\": 1\n \"b\": 2}", 2, 2, "expected ',' or '}'"},
		{"unterminated string", `{"a": "xy`, 1, 10, "unterminated string"},
		{"unterminated object", `{"a": 1`, 1, 8, "expected ',' or '}'"},
		{"raw newline in string", "\"a\nb\"", 1, 3, "control character"},
		{"bad escape", `"a\x"`, 1, 3, "invalid escape"},
		{"short unicode escape", `"\u12"`, 1, 2, "four hex digits"},
		{"leading zero", `01`, 1, 2, "after the top-level value"},
		{"lone minus", `-`, 1, 2, "expected a digit"},
		{"bare dot", `1.`, 1, 3, "after '.'"},
		{"empty exponent", `1e+`, 1, 4, "exponent"},
		{"single quotes", `{'a': 1}`, 1, 2, "expected a string key"},
		{"comment", "{\n  // no\n}", 2, 3, "expected a string key"},
		{"bad literal", `tru`, 1, 1, `expected "true"`},
		{"NaN", `NaN`, 1, 1, "expected a value"},
		{"two values", `{} {}`, 1, 4, "after the top-level value"},
		{"invalid UTF-8 in string", "{\"a\": \"x\xff\"}", 1, 9, "invalid UTF-8 byte 0xFF"},
		{"invalid UTF-8 outside string", "\xfe", 1, 1, "byte 0xFE"},
		{"BOM in the middle", "[\uFEFF]", 1, 2, "byte 0xEF"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("f.json", []byte(tt.src))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error = %v, want a *SyntaxError", err)
			}
			if se.Pos.Line != tt.line || se.Pos.Col != tt.col || !strings.Contains(se.Msg, tt.msg) {
				t.Errorf("error %d:%d %q, want %d:%d containing %q", se.Pos.Line, se.Pos.Col, se.Msg, tt.line, tt.col, tt.msg)
			}
			if se.File != "f.json" || !strings.HasPrefix(se.Error(), "f.json:") {
				t.Errorf("error %q does not name the file", se.Error())
			}
		})
	}
}

func TestDepthLimit(t *testing.T) {
	ok := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	if _, err := Parse("f.json", []byte(ok)); err != nil {
		t.Fatalf("depth %d must parse: %v", MaxDepth, err)
	}
	for _, open := range []string{"[", `{"a":`} {
		deep := strings.Repeat(open, 100000)
		_, err := Parse("f.json", []byte(deep))
		var se *SyntaxError
		if !errors.As(err, &se) || !strings.Contains(se.Msg, "nesting deeper") {
			t.Fatalf("deep %q input: error %v, want a nesting error", open, err)
		}
		if want := MaxDepth*len(open) + 1; se.Pos.Col != want {
			t.Errorf("nesting error at column %d, want %d", se.Pos.Col, want)
		}
	}
}
