package nginx

import (
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Regex captures in values. After `if ($http_origin ~ re)` matches, nginx
// sets $1..$9 (and `(?<name>...)` variables) from that match, and any later
// regex test clears them, matched or not, with groups or not; other tests
// keep them (measured against nginx 1.22: a following `if ($request_method
// ~ ^GET$)` or a failing `!~` empties $1, `=` does not). Configs rebuild the
// allowed origin from them:
//
//	if ($http_origin ~* ^https://(.+)\.example\.com$) {
//	    set $cors https://$1.example.com;
//	}
//
// When a value spells the pattern back, literal for literal and group for
// group, it is the matched text: the request origin when the match covers
// all of it, and a different string (which no browser accepts) otherwise.
// So it is an echo of the origins the pattern matches in full (fullmatch),
// and the pattern stays the finding's place. Any other use of a capture
// (`set $tenant $1`) stays unknown.

// captures is what $1..$9 hold on a path.
type captures struct {
	// origin is the origin regex whose groups they are; nil when they are
	// unknown or empty.
	origin *policy.Matcher
	// empty: the last regex test did not match, or matched a pattern
	// without groups, so every $N is "" (measured against nginx 1.22,
	// conformance case capture_rebuild).
	empty bool
}

// capturesAfter is what the captures are after the condition c held (yes)
// or failed (no) on a path. Only a regex test touches them; a negated test
// that fails has matched.
func (e *env) capturesAfter(c cond, st *state) (yes, no captures) {
	if !c.isRegex() {
		return st.capture, st.capture
	}
	mm := c.matcher()
	matched := captures{empty: !hasGroups(mm.Value)}
	if !matched.empty {
		if vs := e.eval(c.left, st, 0); len(vs) == 1 && vs[0].v.kind == vEcho {
			matched.origin = &mm
		}
	}
	failed := captures{empty: true}
	if c.negated() {
		return failed, matched
	}
	return matched, failed
}

// hasGroups reports whether a PCRE pattern has a capturing group: an
// unescaped `(` outside a class that is not `(?` unless it names the group.
func hasGroups(pattern string) bool {
	for i := 0; i < len(pattern); i++ {
		switch pattern[i] {
		case '\\':
			i++
		case '[':
			i = classEnd(pattern, i)
		case '(':
			rest := pattern[i+1:]
			if !strings.HasPrefix(rest, "?") {
				return true
			}
			named := strings.HasPrefix(rest, "?P<") || strings.HasPrefix(rest, "?'") ||
				strings.HasPrefix(rest, "?<") && !strings.HasPrefix(rest, "?<=") && !strings.HasPrefix(rest, "?<!")
			if named {
				return true
			}
		}
	}
	return false
}

// captureEcho evaluates a value built from the current origin captures:
// ok when parts spell the pattern back.
func captureEcho(parts []part, capture *policy.Matcher) (vcase, bool) {
	if capture == nil || !usesCapture(parts, capture.Value) || !spellsPattern(parts, capture.Value, capture.IgnoreCase) {
		return vcase{}, false
	}
	full := *capture
	full.Mode = policy.ModeFull
	return vcase{atoms: []atom{{ms: []policy.Matcher{full}}}, v: val{kind: vEcho, text: "$http_origin"}}, true
}

// usesCapture reports whether a value refers to a capture of pattern.
func usesCapture(parts []part, pattern string) bool {
	names := groupNames(pattern)
	for _, p := range parts {
		if p.varRef != "" && (isCapture(p.varRef) || names[p.varRef]) {
			return true
		}
	}
	return false
}

// rxTok is one top-level element of a pattern: a literal byte, a capturing
// group (by number and name), or anything else (opaque).
type rxTok struct {
	lit    byte
	group  int // > 0 for a capturing group
	name   string
	opaque bool
}

// spellsPattern reports whether parts are the pattern's top-level sequence
// with every group replaced by its capture: then the value is the matched
// text. A group may be optional (`(www\.)?`: an unset capture is empty);
// a repeated group, a class, `.` or an alternation at the top level make
// the value something else.
func spellsPattern(parts []part, pattern string, icase bool) bool {
	toks, ok := topLevel(pattern)
	if !ok {
		return false
	}
	var want []part
	for _, t := range toks {
		switch {
		case t.opaque:
			return false
		case t.group > 0:
			want = append(want, part{varRef: strconv.Itoa(t.group), lit: t.name})
		case len(want) > 0 && want[len(want)-1].varRef == "":
			want[len(want)-1].lit += string(t.lit)
		default:
			want = append(want, part{lit: string(t.lit)})
		}
	}
	if len(want) != len(parts) {
		return false
	}
	for i, w := range want {
		p := parts[i]
		if w.varRef == "" {
			if p.varRef != "" || !(p.lit == w.lit || icase && strings.EqualFold(p.lit, w.lit)) {
				return false
			}
			continue
		}
		if p.varRef != w.varRef && (w.lit == "" || p.varRef != strings.ToLower(w.lit)) {
			return false
		}
	}
	return true
}

// topLevel splits a PCRE pattern, without its `^` and `$` anchors, into
// top-level tokens.
func topLevel(pattern string) ([]rxTok, bool) {
	s := strings.TrimPrefix(pattern, "^")
	if strings.HasSuffix(s, "$") && !escaped(s, len(s)-1) {
		s = s[:len(s)-1]
	}
	var out []rxTok
	group := 0
	for i := 0; i < len(s); {
		c := s[i]
		var t rxTok
		next := i + 1
		switch c {
		case '|':
			return nil, false
		case '(':
			end, n, name, capturing, ok := groupAt(s, i, group)
			if !ok {
				return nil, false
			}
			if capturing {
				t = rxTok{group: group + 1, name: name}
			} else {
				t = rxTok{opaque: true}
			}
			group = n
			next = end + 1
		case '\\':
			if i+1 >= len(s) || isVarByte(s[i+1]) {
				t = rxTok{opaque: true}
			} else {
				t = rxTok{lit: s[i+1]}
			}
			next = i + 2
		case '[':
			t = rxTok{opaque: true}
			next = classEnd(s, i) + 1
		case '.', '^', '$', '{', ')', '?', '*', '+':
			t = rxTok{opaque: true}
		default:
			t = rxTok{lit: c}
		}
		// A quantifier: `?` keeps a group (an unset capture is empty);
		// anything else repeats.
		if next < len(s) {
			switch s[next] {
			case '?':
				if t.group == 0 {
					t = rxTok{opaque: true}
				}
				next++
				if next < len(s) && (s[next] == '?' || s[next] == '+') {
					next++
				}
			case '*', '+', '{':
				t = rxTok{opaque: true}
			}
		}
		out = append(out, t)
		i = next
	}
	return out, true
}

// groupAt reads the group opening at s[i]: the index of its `)`, the count
// of capturing groups once past it (n), its name, and whether it captures.
func groupAt(s string, i, before int) (end, n int, name string, capturing, ok bool) {
	capturing = true
	if strings.HasPrefix(s[i:], "(?") {
		rest := s[i+2:]
		switch {
		case strings.HasPrefix(rest, "P<"):
			name = rest[2:]
		case strings.HasPrefix(rest, "<") && !strings.HasPrefix(rest, "<=") && !strings.HasPrefix(rest, "<!"):
			name = rest[1:]
		case strings.HasPrefix(rest, "'"):
			name = rest[1:]
		default:
			capturing = false
		}
		if capturing {
			k := strings.IndexAny(name, ">'")
			if k <= 0 {
				return 0, 0, "", false, false
			}
			name = name[:k]
		}
	}
	n = before
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '[':
			j = classEnd(s, j)
		case '(':
			depth++
			if !strings.HasPrefix(s[j:], "(?") || strings.HasPrefix(s[j:], "(?<") && !strings.HasPrefix(s[j:], "(?<=") && !strings.HasPrefix(s[j:], "(?<!") ||
				strings.HasPrefix(s[j:], "(?P<") || strings.HasPrefix(s[j:], "(?'") {
				n++
			}
		case ')':
			depth--
			if depth == 0 {
				return j, n, name, capturing, true
			}
		}
	}
	return 0, 0, "", false, false
}

// classEnd is the index of the `]` closing the class opening at s[i].
func classEnd(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++
	}
	for ; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case ']':
			return j
		}
	}
	return len(s)
}

// groupNames is the set of named groups of a pattern, lower case (nginx
// variable names are case-insensitive).
func groupNames(pattern string) map[string]bool {
	out := map[string]bool{}
	for _, open := range []string{"(?<", "(?P<", "(?'"} {
		for rest := pattern; ; {
			k := strings.Index(rest, open)
			if k < 0 {
				break
			}
			rest = rest[k+len(open):]
			if e := strings.IndexAny(rest, ">'"); e > 0 && !strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "!") {
				out[strings.ToLower(rest[:e])] = true
			}
		}
	}
	return out
}

// escaped reports whether s[i] is preceded by an odd number of backslashes.
func escaped(s string, i int) bool {
	n := 0
	for j := i - 1; j >= 0 && s[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}
