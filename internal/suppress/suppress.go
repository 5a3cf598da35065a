// Package suppress reads inline suppression comments and applies them to
// findings (integration.md §7):
//
//	# corslint:ignore CORS012 the CDN caches preflights on purpose
//	add_header Access-Control-Max-Age 86400;
//	app.use(cors(opts)) // corslint:ignore CORS001,CORS004 -- reviewed in SEC-12
//
// A directive sits in a comment on the flagged line, or alone on its line
// directly above it. It names at least one rule (there is no blanket ignore)
// and gives a reason. Malformed directives, unknown IDs and directives that
// suppress nothing become notices, so stale suppressions do not pile up. JSON
// has no comments: JSON files are suppressed through the config's [[ignore]].
//
// The package only reads comments; it never decides what a finding is.
package suppress

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Directive is one valid `corslint:ignore` comment.
type Directive struct {
	Line   int      // line of the comment, 1-based
	IDs    []string // upper case, at least one
	Reason string
	// Span covers the directive text, from `corslint:ignore` to the end of
	// the comment on that line.
	Span policy.Span
	// AppliesTo lists the lines it suppresses: its own line and, when the
	// comment stands alone, the next line holding code (see Parse).
	AppliesTo []int
}

const keyword = "corslint:ignore"

// Parse finds the directives in one file, accepting any well-formed rule ID
// (CORS and three digits); see ParseWith.
func Parse(path string, data []byte) ([]Directive, []policy.Notice) {
	return ParseWith(path, data, nil)
}

// ParseWith finds the directives in one file. path is the root-relative path
// used in spans (and, by its extension, picks the comment syntax). known tells
// which rule IDs exist, so that a typo such as CORS102 is reported instead of
// silently suppressing nothing; nil accepts any well-formed ID.
//
// A directive must start its comment (after the marker and blanks; a leading
// `*` of a block-comment line is skipped too): `# TODO corslint:ignore` is
// prose, not a directive. A directive alone on its line also covers the next
// line holding code; other comment lines (further directives, a JSDoc body)
// may come between, a blank line may not.
//
// A directive without a reason is reported and not applied: the reason is
// required, and applying it anyway would make the requirement advisory.
func ParseWith(path string, data []byte, known func(id string) bool) ([]Directive, []policy.Notice) {
	syn, ok := syntaxFor(path)
	if !ok {
		return nil, nil
	}
	lines := strings.Split(string(data), "\n")
	infos := make([]lineInfo, len(lines))
	lx := &lexer{syn: syn}
	for i, l := range lines {
		infos[i] = lx.line(l)
		infos[i].blank = !infos[i].code && len(infos[i].comments) == 0
	}
	p := &parser{path: path, known: known}
	for i, info := range infos {
		for _, c := range info.comments {
			d, ok := p.directive(i+1, c)
			if !ok {
				continue
			}
			d.AppliesTo = []int{i + 1}
			if !info.code {
				if next := nextCodeLine(infos, i+1); next > 0 {
					d.AppliesTo = append(d.AppliesTo, next)
				}
			}
			p.dirs = append(p.dirs, d)
		}
	}
	return p.dirs, p.notices
}

// nextCodeLine is the 1-based number of the first line from index from on
// that holds code, skipping comment-only lines; 0 if a blank line or the end
// of the file comes first.
func nextCodeLine(infos []lineInfo, from int) int {
	for j := from; j < len(infos); j++ {
		switch {
		case infos[j].blank:
			return 0
		case infos[j].code:
			return j + 1
		}
	}
	return 0
}

type parser struct {
	path    string
	known   func(string) bool
	dirs    []Directive
	notices []policy.Notice
}

func (p *parser) notice(line, col, endCol int, format string, args ...any) {
	p.notices = append(p.notices, policy.Notice{
		Level:   policy.LevelWarning,
		Message: fmt.Sprintf(format, args...),
		Span: policy.Span{
			File:  p.path,
			Start: policy.Pos{Line: line, Col: col},
			End:   policy.Pos{Line: line, Col: endCol},
		},
	})
}

// directive parses one comment; ok is false when it holds no valid directive.
func (p *parser) directive(line int, c comment) (Directive, bool) {
	text := c.text
	start := c.col
	// Skip blanks, then one `*` (block comment body) and blanks again.
	trimmed := strings.TrimLeft(text, " \t")
	if strings.HasPrefix(trimmed, "*") {
		trimmed = strings.TrimLeft(trimmed[1:], " \t")
	}
	start += len(text) - len(trimmed)
	text = strings.TrimRight(trimmed, " \t\r")
	if !strings.HasPrefix(text, "corslint:") {
		return Directive{}, false
	}
	col := start + 1
	endCol := start + len(text) + 1
	word := text[len("corslint:"):]
	n := 0
	for n < len(word) && isLetter(word[n]) {
		n++
	}
	word = word[:n]
	if word == "" {
		return Directive{}, false // "corslint: see the docs" is prose
	}
	if word != "ignore" {
		p.notice(line, col, endCol, "unknown directive %q; the only inline directive is %q", "corslint:"+word, keyword)
		return Directive{}, false
	}
	ids, rest, ok := p.ids(line, col, endCol, text[len(keyword):])
	if !ok {
		return Directive{}, false
	}
	reason := strings.TrimSpace(rest)
	if strings.HasPrefix(reason, "--") {
		reason = strings.TrimSpace(reason[2:])
	}
	if reason == "" {
		p.notice(line, col, endCol, "%s %s has no reason and is not applied; add why the finding is acceptable", keyword, strings.Join(ids, ","))
		return Directive{}, false
	}
	return Directive{
		Line:   line,
		IDs:    ids,
		Reason: reason,
		Span: policy.Span{
			File:  p.path,
			Start: policy.Pos{Line: line, Col: col},
			End:   policy.Pos{Line: line, Col: endCol},
		},
	}, true
}

// ids reads the rule list after the keyword: IDs separated by commas and/or
// blanks. It stops at the first word that is not an ID, which starts the
// reason. Malformed and unknown IDs are reported and dropped.
func (p *parser) ids(line, col, endCol int, s string) (ids []string, rest string, ok bool) {
	if s != "" && s[0] != ' ' && s[0] != '\t' {
		// "corslint:ignoreCORS001" or "corslint:ignore,..." is a typo.
		p.notice(line, col, endCol, "malformed %s directive; write %q", keyword, keyword+" CORS012 reason")
		return nil, "", false
	}
	seen := 0
	afterComma := false
	for {
		s = strings.TrimLeft(s, " \t")
		end := 0
		for end < len(s) && (isLetter(s[end]) || isDigit(s[end])) {
			end++
		}
		tok := s[:end]
		switch {
		case looksLikeID(tok):
			seen++
			id := strings.ToUpper(tok)
			if !wellFormed(id) {
				p.notice(line, col, endCol, "%s: malformed rule ID %q (rule IDs look like CORS012)", keyword, tok)
			} else if p.known != nil && !p.known(id) {
				p.notice(line, col, endCol, "%s: unknown rule ID %s", keyword, id)
			} else if !containsStr(ids, id) {
				ids = append(ids, id)
			}
		case afterComma && tok != "":
			seen++
			p.notice(line, col, endCol, "%s: malformed rule ID %q (rule IDs look like CORS012)", keyword, tok)
		default:
			// The reason starts here.
			if afterComma {
				p.notice(line, col, endCol, "%s: missing rule ID after a comma", keyword)
			}
			if seen == 0 {
				p.notice(line, col, endCol, "%s needs at least one rule ID (there is no blanket ignore), for example %q", keyword, keyword+" CORS012 reason")
				return nil, "", false
			}
			return ids, s, len(ids) > 0
		}
		s = strings.TrimLeft(s[end:], " \t")
		afterComma = strings.HasPrefix(s, ",")
		if afterComma {
			s = s[1:]
		}
	}
}

// looksLikeID: a word meant as a rule ID, well formed or not (cors12, CORS0012).
func looksLikeID(tok string) bool {
	return len(tok) > 4 && strings.EqualFold(tok[:4], "CORS") && isDigit(tok[4])
}

// wellFormed: CORS and three digits.
func wellFormed(id string) bool {
	if len(id) != 7 || id[:4] != "CORS" {
		return false
	}
	for i := 4; i < 7; i++ {
		if !isDigit(id[i]) {
			return false
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigit(c byte) bool  { return c >= '0' && c <= '9' }

func containsStr(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
