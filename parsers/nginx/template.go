package nginx

import (
	"bytes"
	"strings"
)

// Repositories keep nginx configuration as templates: Ansible/Jinja
// (`site.conf.j2`), Helm or other Go templates (`files/nginx.conf` with
// `{{ .Values.cors.origin }}`), Chef/Puppet ERB (`nginx.conf.erb`). Their tags
// are not nginx syntax (`{{` opens two blocks), so before tokenizing they are
// rewritten in place, byte for byte, so every span stays where it was
// (design.md: templates are read as far as they parse, without a flood of
// parse errors):
//
//   - an expression (`{{ x }}`, `<%= x %>`) becomes a variable of the same
//     length that nothing defines: an unknown part of a value, which proves
//     nothing on its own (rules.md decisions, template placeholders);
//   - a statement or comment (`{% if %}`, `{{- end }}`, `<% end %>`,
//     `{# #}`) becomes blanks;
//   - the `else`/`elif` branches of a conditional become blanks too: the
//     first branch is read as the configuration, and reading both would
//     invent duplicate headers.

// tagSyntax is one template language's delimiters.
type tagSyntax struct {
	open, close string
	// stmt reports whether the tag's inner text is a statement (or a
	// comment) rather than an expression.
	stmt func(inner string) bool
}

var tagSyntaxes = []tagSyntax{
	{"{{", "}}", goTemplateStmt},
	{"{%", "%}", func(string) bool { return true }},
	{"{#", "#}", func(string) bool { return true }},
	{"<%", "%>", func(inner string) bool { return !strings.HasPrefix(inner, "=") }},
}

// goTemplateStmt recognises Go template and Jinja statements written with
// `{{`: control words and comments.
func goTemplateStmt(inner string) bool {
	s := strings.TrimLeft(inner, "- \t")
	if strings.HasPrefix(s, "/*") {
		return true
	}
	switch firstWord(s) {
	case "if", "else", "end", "range", "with", "define", "block":
		return true
	}
	return false
}

func firstWord(s string) string {
	s = strings.TrimLeft(s, "-=~ \t\r\n")
	end := 0
	for end < len(s) && (s[end] >= 'a' && s[end] <= 'z' || s[end] >= 'A' && s[end] <= 'Z' || s[end] == '_') {
		end++
	}
	return s[:end]
}

// blockRole is what a statement does to the nesting of conditionals.
type blockRole int

const (
	roleNone blockRole = iota
	roleOpen
	roleElse
	roleClose
)

// stmtRole classifies a statement tag's inner text (Jinja, Go templates and
// ERB share the words that matter).
func stmtRole(inner string) blockRole {
	s := strings.TrimSpace(strings.Trim(strings.TrimSpace(inner), "-=~+"))
	w := firstWord(s)
	switch {
	case w == "else" || w == "elif" || w == "elsif":
		return roleElse
	case w == "end" || strings.HasPrefix(w, "end"):
		return roleClose
	}
	switch w {
	case "if", "for", "range", "with", "define", "block", "macro", "filter", "call", "raw", "unless", "case", "while", "until":
		return roleOpen
	}
	// ERB iterators: `<% @origins.each do |o| %>`.
	if strings.HasSuffix(s, " do") || strings.Contains(s, " do |") {
		return roleOpen
	}
	return roleNone
}

// hasTemplateTags is the cheap test before rewriting.
func hasTemplateTags(data []byte) bool {
	for _, t := range tagSyntaxes {
		if bytes.Contains(data, []byte(t.open)) {
			return true
		}
	}
	return false
}

// detemplate rewrites template tags as described above. Data without tags is
// returned as is.
func detemplate(data []byte) []byte {
	if !hasTemplateTags(data) {
		return data
	}
	out := append([]byte(nil), data...)
	depth, skipFrom := 0, -1 // skipFrom: depth whose else-branch is being blanked
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			if out[k] != '\n' {
				out[k] = ' '
			}
		}
	}
	i, plain := 0, 0 // plain: start of the text since the last tag
	for i < len(data) {
		t, ok := tagAt(data, i)
		if !ok {
			i++
			continue
		}
		end := tagEnd(data, i, t)
		if end < 0 {
			i++
			continue
		}
		inner := string(data[i+len(t.open) : end-len(t.close)])
		if skipFrom >= 0 {
			blank(plain, i)
		}
		if t.stmt(inner) {
			blank(i, end)
			switch stmtRole(inner) {
			case roleOpen:
				depth++
			case roleElse:
				if skipFrom < 0 && depth > 0 {
					skipFrom = depth
				}
			case roleClose:
				if skipFrom == depth {
					skipFrom = -1
				}
				if depth > 0 {
					depth--
				}
			}
		} else if skipFrom >= 0 {
			blank(i, end)
		} else {
			placeholder(out[i:end])
		}
		i, plain = end, end
	}
	if skipFrom >= 0 {
		blank(plain, len(data))
	}
	return out
}

// maxTagLen bounds a tag, so an opener without its closer (`server {#
// comment`) cannot blank the rest of a file.
const maxTagLen = 512

// tagEnd returns the offset just after the tag opened at data[i], or -1. A
// `{#` comment must close on its line: nginx allows `{` followed by a `#`
// comment.
func tagEnd(data []byte, i int, t tagSyntax) int {
	from := i + len(t.open)
	rest := data[from:min(len(data), i+maxTagLen)]
	if t.open == "{#" {
		if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
			rest = rest[:nl]
		}
	}
	end := bytes.Index(rest, []byte(t.close))
	if end < 0 {
		return -1
	}
	return from + end + len(t.close)
}

// tagAt returns the tag syntax opening at data[i].
func tagAt(data []byte, i int) (tagSyntax, bool) {
	for _, t := range tagSyntaxes {
		if bytes.HasPrefix(data[i:], []byte(t.open)) {
			return t, true
		}
	}
	return tagSyntax{}, false
}

// placeholder turns an expression tag into `$` and variable-name bytes of
// the same length (newlines kept), so nginx reads one undefined variable.
func placeholder(b []byte) {
	for k := range b {
		switch c := b[k]; {
		case k == 0:
			b[k] = '$'
		case c == '\n':
		case isVarByte(c):
		default:
			b[k] = '_'
		}
	}
}
