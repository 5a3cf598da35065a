package tomlconf

import (
	"testing"

	"github.com/corslint/corslint/parsers/platform"
	"github.com/corslint/corslint/policy"
)

func TestReadValues(t *testing.T) {
	src := `# comment
title = "a \"quoted\" \u00e9 value"
lit = 'C:\path'
multi = """
one \
  two"""
num = 1_000
when = 1979-05-27 07:32:00Z
list = [
  "https://a.example.com", # trailing comment
  'https://b.example.com',
]
inline = { a.b = true, c = [1, 2] }
[t."quoted key".sub]
x = 1
[[arr]]
n = 1
[[arr]]
n = 2
[arr.child]
y = "z"
`
	root, n := Read("t.toml", []byte(src))
	if n != nil {
		t.Fatalf("notice: %+v", n)
	}
	tests := []struct {
		path []string
		kind platform.Kind
		want string
	}{
		{[]string{"title"}, platform.String, "a \"quoted\" é value"},
		{[]string{"lit"}, platform.String, `C:\path`},
		{[]string{"multi"}, platform.String, "one two"},
		{[]string{"num"}, platform.Number, "1000"},
		{[]string{"when"}, platform.String, "1979-05-27 07:32:00Z"},
		{[]string{"inline", "a", "b"}, platform.Bool, "true"},
		{[]string{"t", "quoted key", "sub", "x"}, platform.Number, "1"},
	}
	for _, tt := range tests {
		got := root.Path(tt.path...)
		if got == nil || got.Kind != tt.kind || got.Value != tt.want {
			t.Errorf("%v = %+v, want %v %q", tt.path, got, tt.kind, tt.want)
		}
	}
	list := root.Get("list")
	if list == nil || len(list.Items) != 2 {
		t.Fatalf("list = %+v", list)
	}
	wantSpan := policy.Span{File: "t.toml", Start: policy.Pos{Line: 10, Col: 3}, End: policy.Pos{Line: 10, Col: 26}}
	if list.Items[0].Span != wantSpan || list.Items[0].Literal != (policy.Pos{Line: 10, Col: 4}) {
		t.Errorf("item span = %+v literal %+v", list.Items[0].Span, list.Items[0].Literal)
	}
	arr := root.Get("arr")
	if arr == nil || len(arr.Items) != 2 || arr.Items[1].Path("child", "y").Text() != "z" || arr.Items[0].Get("n").Text() != "1" {
		t.Errorf("array of tables = %+v", arr)
	}
	if c := root.Path("inline", "c"); c == nil || len(c.Items) != 2 {
		t.Errorf("inline array = %+v", c)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		line int
	}{
		{"unterminated array", "[cors]\norigins = [\"a\"\ncredentials = true\n", 3},
		{"duplicate table", "[cors]\na = 1\n[cors]\na = 2\n", 3},
		{"bad value", "a = nope\n", 1},
		{"invalid utf-8", "a = \"\xff\"\n", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, n := Read("t.toml", []byte(tt.src))
			if root != nil || n == nil {
				t.Fatalf("root %+v notice %+v", root, n)
			}
			if n.Level != policy.LevelWarning || n.Span.Start.Line != tt.line || n.Span.File != "t.toml" {
				t.Errorf("notice = %+v", n)
			}
		})
	}
}
