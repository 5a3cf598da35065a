package nginx

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// maxDepth bounds block nesting; real configurations stay under ten.
const maxDepth = 100

// arg is one directive argument.
type arg struct {
	text   string // as nginx sees it (unquoted, unescaped)
	raw    string // as written
	quoted bool
	span   policy.Span
}

// directive is one nginx directive with its arguments and, for block
// directives, its children. Included files are spliced in place, so children
// may come from other files: every node carries its own file.
type directive struct {
	name     string
	nameSpan policy.Span
	args     []arg
	// head spans the directive name through its `;` or `{`: the directive
	// itself, or the opening of a block.
	head     policy.Span
	hasBlock bool
	// opaque marks a block whose body was skipped unread (Lua).
	opaque   bool
	children []*directive
}

// argText returns argument i or "".
func (d *directive) argText(i int) string {
	if i < len(d.args) {
		return d.args[i].text
	}
	return ""
}

// headText renders the directive as written, without its block, for scopes.
func (d *directive) headText() string {
	parts := make([]string, 0, len(d.args)+1)
	parts = append(parts, d.name)
	for _, a := range d.args {
		parts = append(parts, a.raw)
	}
	return strings.Join(parts, " ")
}

// isLuaBlock reports whether a block's body is Lua (lua-nginx-module's
// `content_by_lua_block { ... }` and friends), which nginx's own tokenizer
// cannot read.
func isLuaBlock(name string) bool {
	return strings.HasSuffix(name, "_lua_block")
}
