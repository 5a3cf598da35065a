package config

import (
	"reflect"
	"testing"
)

func TestLocateKeys(t *testing.T) {
	src := `# comment with key = 1
a = 1
"quoted key" = 'x'
b.c = "str # not a comment"
[t]
d = """
fake = 1
"""
e = [
  1, # comment
  { f = 2, g = { h = 3 } },
]
i = 1979-05-27 07:32:00Z
j = 'lit'
k = '''
also = fake
'''
[[arr]]
x = 1
[[arr]]
x = 2
[ "u v" . w ]
z = { "q\u0041" = 1 }
`
	got := locateKeys(src)
	want := keyLines{
		"a":            {2},
		`"quoted key"`: {3},
		"b.c":          {4},
		"t":            {5},
		"t.d":          {6},
		"t.e":          {9},
		"t.e.f":        {11},
		"t.e.g":        {11},
		"t.e.g.h":      {11},
		"t.i":          {13},
		"t.j":          {14},
		"t.k":          {15},
		"arr":          {18, 20},
		"arr.x":        {19, 21},
		`"u v".w`:      {22},
		`"u v".w.z`:    {23},
		`"u v".w.z.qA`: {23},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("locateKeys:\n got %v\nwant %v", got, want)
	}
	if l := got.line([]string{"arr", "x"}, 1); l != 21 {
		t.Errorf("line(arr.x, 1) = %d, want 21", l)
	}
	if l := got.line([]string{"t", "missing", "deep"}, 0); l != 5 {
		t.Errorf("line falls back to the parent: got %d, want 5", l)
	}
	if l := got.line([]string{"nothing"}, 0); l != 0 {
		t.Errorf("line(nothing) = %d, want 0", l)
	}
	if l := got.within("arr", 1, []string{"x"}); l != 21 {
		t.Errorf("within(arr, 1, x) = %d, want 21", l)
	}
	if l := got.within("arr", 0, []string{"missing"}); l != 18 {
		t.Errorf("within(arr, 0, missing) = %d, want the header 18", l)
	}
}

func TestLocateKeysNeverPanics(t *testing.T) {
	// Truncated and odd inputs: the locator gives up quietly.
	for _, src := range []string{"", "[", "[[", "a", "a =", "a = \"", "a = '''", `a = """`, "a = [", "a = {", "a = { b", "a = { b = ", `"k`, "'k", "a.", "a = \"\\", "[a.\"b"} {
		_ = locateKeys(src)
	}
}
