package express

import (
	"context"
	"fmt"
	"path"
	"strings"

	sitter "github.com/smacker/go-tree-sitter"
	"github.com/smacker/go-tree-sitter/javascript"
	"github.com/smacker/go-tree-sitter/typescript/tsx"
	"github.com/smacker/go-tree-sitter/typescript/typescript"

	"github.com/corslint/corslint/policy"
)

const (
	// maxSourceSize bounds the JS/TS source the front end parses; larger
	// files are bundles or generated code and are skipped quietly.
	maxSourceSize = 2 << 20
	// maxNodeDepth bounds the copied tree: deeper nesting is cut, which
	// keeps every later recursion bounded.
	maxNodeDepth = 300
	// maxSyntaxNotices caps the syntax-error notices of one file.
	maxSyntaxNotices = 3
)

// node is one syntax node copied out of tree-sitter, so that the rest of the
// front end works on plain Go values (no cgo lifetimes, parent links).
// Anonymous tokens are kept with named false: operators are read from typ.
type node struct {
	typ        string
	field      string // field name in the parent, or ""
	named      bool
	start, end int // byte offsets
	startPos   policy.Pos
	endPos     policy.Pos
	kids       []*node
	parent     *node
}

// child returns the first child with the given field name, or nil.
func (n *node) child(field string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.kids {
		if c.field == field {
			return c
		}
	}
	return nil
}

// namedKids returns the named children, comments left out.
func (n *node) namedKids() []*node {
	if n == nil {
		return nil
	}
	out := make([]*node, 0, len(n.kids))
	for _, c := range n.kids {
		if c.named && c.typ != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// op returns the operator token of a binary or unary expression.
func (n *node) op() string {
	if c := n.child("operator"); c != nil {
		return c.typ
	}
	return ""
}

// grammarFor picks the tree-sitter grammar of a source file by extension.
func grammarFor(p string) *sitter.Language {
	switch strings.ToLower(path.Ext(p)) {
	case ".ts", ".mts", ".cts":
		return typescript.GetLanguage()
	case ".tsx":
		return tsx.GetLanguage()
	}
	return javascript.GetLanguage()
}

// parseSource runs tree-sitter over src and copies the tree. Syntax errors
// become notices; the rest of the tree is still returned (tree-sitter
// recovers), so what parses is still read.
func parseSource(file string, src []byte) (*node, []policy.Notice, error) {
	p := sitter.NewParser()
	defer p.Close()
	// The grammars are only touched here, when a file needs them
	// (design.md: no global initialisation that scales with the grammars).
	p.SetLanguage(grammarFor(file))
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		return nil, nil, fmt.Errorf("tree-sitter parse: %w", err)
	}
	defer tree.Close()
	cur := sitter.NewTreeCursor(tree.RootNode())
	defer cur.Close()
	c := copier{file: file}
	root := c.copy(cur, nil, 0)
	if c.errors > maxSyntaxNotices {
		c.notices = append(c.notices, policy.Notice{
			Level:   policy.LevelWarning,
			Message: fmt.Sprintf("%d more JavaScript/TypeScript syntax errors not listed", c.errors-maxSyntaxNotices),
			Span:    policy.Span{File: file},
		})
	}
	return root, c.notices, nil
}

type copier struct {
	file    string
	notices []policy.Notice
	errors  int
}

func (c *copier) copy(cur *sitter.TreeCursor, parent *node, depth int) *node {
	tn := cur.CurrentNode()
	sp, ep := tn.StartPoint(), tn.EndPoint()
	n := &node{
		typ:      tn.Type(),
		field:    cur.CurrentFieldName(),
		named:    tn.IsNamed(),
		start:    int(tn.StartByte()),
		end:      int(tn.EndByte()),
		startPos: policy.Pos{Line: int(sp.Row) + 1, Col: int(sp.Column) + 1},
		endPos:   policy.Pos{Line: int(ep.Row) + 1, Col: int(ep.Column) + 1},
		parent:   parent,
	}
	if tn.IsError() || tn.IsMissing() {
		c.syntaxError(n, tn.IsMissing())
	}
	if depth >= maxNodeDepth {
		n.typ = "too_deep"
		return n
	}
	if n.typ == "comment" {
		return n
	}
	if cur.GoToFirstChild() {
		for {
			n.kids = append(n.kids, c.copy(cur, n, depth+1))
			if !cur.GoToNextSibling() {
				break
			}
		}
		cur.GoToParent()
	}
	return n
}

func (c *copier) syntaxError(n *node, missing bool) {
	c.errors++
	if c.errors > maxSyntaxNotices {
		return
	}
	msg := "JavaScript/TypeScript syntax error; the rest of the file is still read"
	if missing {
		msg = fmt.Sprintf("JavaScript/TypeScript syntax error: missing %q; the rest of the file is still read", n.typ)
	}
	end := n.endPos
	if end == n.startPos {
		end.Col++ // a missing token has no width; point at one column
	}
	c.notices = append(c.notices, policy.Notice{
		Level:   policy.LevelWarning,
		Message: msg,
		Span:    policy.Span{File: c.file, Start: n.startPos, End: end},
	})
}
