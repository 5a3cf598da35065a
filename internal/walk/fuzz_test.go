package walk

import "testing"

func FuzzPatterns(f *testing.F) {
	for _, s := range []string{"*.conf", "a/**/b", "!x", `\#a`, "[!a-z]?", "a+(b)$", "[", "**"} {
		f.Add(s, "a/b/c.conf")
	}
	f.Fuzz(func(t *testing.T, pattern, path string) {
		ps := CompilePatterns([]string{pattern})
		_ = ps.Match(path, false)
		_ = ps.Match(path, true)
		_ = IsBinary([]byte(pattern + path))
	})
}
