package walk

import "testing"

func TestPatterns(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		path  string
		isDir bool
		want  bool
	}{
		{"plain name anywhere", []string{"secret.conf"}, "a/b/secret.conf", false, true},
		{"plain name top", []string{"secret.conf"}, "secret.conf", false, true},
		{"star ext", []string{"*.log"}, "x/y.log", false, true},
		{"star ext no match", []string{"*.log"}, "x/y.conf", false, false},
		{"middle slash anchors", []string{"legacy/*.conf"}, "legacy/a.conf", false, true},
		{"middle slash not deeper", []string{"legacy/*.conf"}, "x/legacy/a.conf", false, false},
		{"star stays in segment", []string{"legacy/*.conf"}, "legacy/sub/a.conf", false, false},
		{"plain middle slash anchors", []string{"config/nginx.conf"}, "old/config/nginx.conf", false, false},
		{"leading slash anchors", []string{"/build"}, "build", true, true},
		{"leading slash not deeper", []string{"/build"}, "src/build", true, false},
		{"dir only matches dir", []string{"out/"}, "out", true, true},
		{"dir only not file", []string{"out/"}, "out", false, false},
		{"dir only covers contents", []string{"out/"}, "out/a.conf", false, true},
		{"double star prefix", []string{"**/gen/*.yaml"}, "a/b/gen/x.yaml", false, true},
		{"double star suffix", []string{"vendor/**"}, "vendor/x/y.js", false, true},
		{"double star suffix anchored", []string{"vendor/**"}, "a/vendor/x/y.js", false, false},
		{"double star middle", []string{"a/**/z.conf"}, "a/b/c/z.conf", false, true},
		{"double star middle zero dirs", []string{"a/**/z.conf"}, "a/z.conf", false, true},
		{"question mark one char", []string{"v?.conf"}, "v1.conf", false, true},
		{"question mark not slash", []string{"a?b"}, "a/b", false, false},
		{"question mark not two", []string{"v?.conf"}, "v12.conf", false, false},
		{"plus is literal", []string{"a+b.conf"}, "a+b.conf", false, true},
		{"plus not regex", []string{"a+b.conf"}, "aab.conf", false, false},
		{"parens literal", []string{"(old).conf"}, "(old).conf", false, true},
		{"dollar literal", []string{"$x.conf"}, "$x.conf", false, true},
		{"char class", []string{"v[12].conf"}, "v2.conf", false, true},
		{"negated char class", []string{"v[!12].conf"}, "v2.conf", false, false},
		{"negated char class other", []string{"v[!12].conf"}, "v3.conf", false, true},
		{"negation last wins", []string{"*.conf", "!keep.conf"}, "keep.conf", false, false},
		{"negation then re-ignore", []string{"*.conf", "!keep.conf", "keep.conf"}, "keep.conf", false, true},
		{"comment and blank", []string{"# *.conf", "", "  "}, "a.conf", false, false},
		{"escaped hash", []string{`\#x`}, "#x", false, true},
		{"escaped bang", []string{`\!x`}, "!x", false, true},
		{"escaped star literal", []string{`a\*`}, "a*", false, true},
		{"escaped star not glob", []string{`a\*`}, "ab", false, false},
		{"trailing spaces trimmed", []string{"a.conf   "}, "a.conf", false, true},
		{"crlf line", []string{"a.conf\r"}, "a.conf", false, true},
		{"dot is literal", []string{"a.conf"}, "axconf", false, false},
		{"unbalanced class matches nothing", []string{"a[b"}, "a[b", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := CompilePatterns(tt.lines)
			if got := ps.Match(tt.path, tt.isDir); got != tt.want {
				t.Errorf("CompilePatterns(%q).Match(%q, %v) = %v, want %v", tt.lines, tt.path, tt.isDir, got, tt.want)
			}
		})
	}
}

func TestPatternsNilAndLen(t *testing.T) {
	var ps *Patterns
	if ps.Match("a", false) || ps.Len() != 0 {
		t.Fatal("nil Patterns must match nothing")
	}
	if n := CompilePatterns([]string{"# c", "", "a", "!b"}).Len(); n != 2 {
		t.Fatalf("Len = %d, want 2", n)
	}
}
