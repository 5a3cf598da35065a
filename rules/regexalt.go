package rules

import "strings"

// maxAlternatives bounds how many spellings one pattern expands to.
const maxAlternatives = 16

// regexAlternatives spells out the literal alternatives of a pattern:
// `https://(app|admin).example.com` becomes `https://app.example.com` and
// `https://admin.example.com`, and an optional literal group
// (`(www\.)?`) is taken with and without its text. Without this the host
// before a group is lost from the witnesses: the unescaped dot after
// `(app|admin)` is only probed once the group is written out
// (`https://appxexample.com`). Groups holding anything but literal text
// are left as they are; regexLiterals turns them into spaces. The first
// result is the pattern itself.
func regexAlternatives(s string) []string {
	out := []string{s}
	var expand func(prefix, rest string)
	expand = func(prefix, rest string) {
		if len(out) >= maxAlternatives {
			return
		}
		open, end, alts, ok := literalGroup(rest)
		if !ok {
			if prefix != "" {
				out = append(out, prefix+rest)
			}
			return
		}
		for _, a := range alts {
			expand(prefix+rest[:open]+a, rest[end:])
		}
	}
	expand("", s)
	return dedupe(out)
}

// literalGroup finds the first group in s whose alternatives are literal
// text (letters, digits, `-`, `_`, dots), returning where it starts, where
// it ends (after a `?` that makes it optional) and its alternatives.
func literalGroup(s string) (open, end int, alts []string, ok bool) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
			continue
		case '[':
			i = skipClass(s, i)
			continue
		case '(':
		default:
			continue
		}
		j := strings.IndexAny(s[i+1:], "()")
		if j < 0 || s[i+1+j] != ')' {
			continue
		}
		body := strings.TrimPrefix(s[i+1:i+1+j], "?:")
		end := i + 2 + j
		alts = strings.Split(body, "|")
		if !literalAlternatives(alts) {
			continue
		}
		if end < len(s) && s[end] == '?' {
			alts = append(alts, "")
			end++
		}
		if end < len(s) && strings.IndexByte("*+{", s[end]) >= 0 {
			// Repeated: not one spelling per alternative.
			continue
		}
		return i, end, alts, true
	}
	return 0, 0, nil, false
}

func literalAlternatives(alts []string) bool {
	for _, a := range alts {
		if a == "" {
			return false
		}
		for k := 0; k < len(a); k++ {
			c := a[k]
			switch {
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
			case c == '\\' && k+1 < len(a) && strings.IndexByte(".-", a[k+1]) >= 0:
				k++
			default:
				return false
			}
		}
	}
	return true
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}
