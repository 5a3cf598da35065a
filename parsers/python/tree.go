// Package python is corslint's Python front end: it parses a file with
// tree-sitter, copies the syntax tree into plain Go values, and evaluates the
// small part of Python that configuration is written in (literals, names bound
// once, environment lookups with defaults, string splitting). It knows no CORS
// library: the framework packages (flask, starlette, django) interpret what it
// evaluates. Values it cannot resolve come back as Unknown with a note; it never
// guesses.
package python

import (
	"context"
	"fmt"
	"sort"
	"unicode/utf8"

	sitter "github.com/smacker/go-tree-sitter"
	tspython "github.com/smacker/go-tree-sitter/python"

	"github.com/corslint/corslint/policy"
)

const (
	// MaxFileSize bounds the Python the front end will parse; larger files are
	// almost always generated and are skipped with a notice.
	MaxFileSize = 4 << 20
	// maxDepth bounds the copied tree: deeper nesting is cut (and evaluates to
	// Unknown), which keeps every later recursion bounded.
	maxDepth = 400
	// maxSyntaxNotices caps the syntax-error notices of one file.
	maxSyntaxNotices = 3
)

// Node is one syntax node copied out of tree-sitter. Anonymous tokens
// (operators, keywords, punctuation) are kept with Named false, so operators
// such as `in` or `+` can be read from Type.
type Node struct {
	Type      string
	Field     string // field name in the parent ("left", "value"...), or ""
	Named     bool
	StartByte int
	EndByte   int
	Start     policy.Pos // 1-based line and byte column
	End       policy.Pos // column just after the last byte
	Children  []*Node
	Parent    *Node
}

// Child returns the first child with the given field name, or nil.
func (n *Node) Child(field string) *Node {
	if n == nil {
		return nil
	}
	for _, c := range n.Children {
		if c.Field == field {
			return c
		}
	}
	return nil
}

// NamedChildren returns the named children, skipping comments.
func (n *Node) NamedChildren() []*Node {
	if n == nil {
		return nil
	}
	out := make([]*Node, 0, len(n.Children))
	for _, c := range n.Children {
		if c.Named && c.Type != "comment" {
			out = append(out, c)
		}
	}
	return out
}

// HasToken reports whether n has an anonymous child token of the given text.
func (n *Node) HasToken(tok string) bool {
	if n == nil {
		return false
	}
	for _, c := range n.Children {
		if !c.Named && c.Type == tok {
			return true
		}
	}
	return false
}

// parseTree runs tree-sitter over src and copies the tree. Syntax errors
// become notices; the rest of the tree is still returned (tree-sitter recovers).
func parseTree(path string, src []byte) (*Node, []policy.Notice, error) {
	p := sitter.NewParser()
	defer p.Close()
	// The grammar is only touched here, when a file needs it (design.md:
	// no global initialisation that scales with the grammars).
	p.SetLanguage(tspython.GetLanguage())
	tree, err := p.ParseCtx(context.Background(), nil, src)
	if err != nil {
		return nil, nil, fmt.Errorf("tree-sitter parse: %w", err)
	}
	defer tree.Close()
	cur := sitter.NewTreeCursor(tree.RootNode())
	defer cur.Close()
	b := builder{path: path, src: src, lines: lineStarts(src)}
	root := b.copy(cur, nil, 0)
	if b.errors > maxSyntaxNotices {
		b.notices = append(b.notices, policy.Notice{
			Level:   policy.LevelWarning,
			Message: fmt.Sprintf("%d more Python syntax errors not listed", b.errors-maxSyntaxNotices),
			Span:    policy.Span{File: path},
		})
	}
	return root, b.notices, nil
}

type builder struct {
	path    string
	src     []byte
	lines   []int // byte offset of each line start
	notices []policy.Notice
	errors  int
}

func (b *builder) copy(cur *sitter.TreeCursor, parent *Node, depth int) *Node {
	tn := cur.CurrentNode()
	n := &Node{
		Type:      tn.Type(),
		Field:     cur.CurrentFieldName(),
		Named:     tn.IsNamed(),
		StartByte: int(tn.StartByte()),
		EndByte:   int(tn.EndByte()),
		Parent:    parent,
	}
	// Positions come from a line table rather than two more cgo calls per
	// node; tree-sitter columns are bytes too.
	n.Start, n.End = b.pos(n.StartByte), b.pos(n.EndByte)
	// Missing nodes are zero-width, so only those need the extra call.
	missing := n.StartByte == n.EndByte && tn.IsMissing()
	if n.Type == "ERROR" || missing {
		b.syntaxError(n, missing)
	}
	if depth >= maxDepth {
		n.Type = "too_deep"
		return n
	}
	if n.Type == "comment" {
		return n
	}
	if cur.GoToFirstChild() {
		for {
			n.Children = append(n.Children, b.copy(cur, n, depth+1))
			if !cur.GoToNextSibling() {
				break
			}
		}
		cur.GoToParent()
	}
	return n
}

func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// pos converts a byte offset to a 1-based line and byte column.
func (b *builder) pos(off int) policy.Pos {
	i := sort.Search(len(b.lines), func(i int) bool { return b.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return policy.Pos{Line: i + 1, Col: off - b.lines[i] + 1}
}

func (b *builder) syntaxError(n *Node, missing bool) {
	b.errors++
	if b.errors > maxSyntaxNotices {
		return
	}
	msg := "Python syntax error; the rest of the file is still read"
	if missing {
		msg = fmt.Sprintf("Python syntax error: missing %q; the rest of the file is still read", n.Type)
	}
	b.notices = append(b.notices, policy.Notice{
		Level:   policy.LevelWarning,
		Message: msg,
		Span:    policy.Span{File: b.path, Start: n.Start, End: n.End},
	})
}

// checkInput reports why a file should not be parsed at all, as a notice.
func checkInput(path string, src []byte) *policy.Notice {
	switch {
	case len(src) > MaxFileSize:
		return &policy.Notice{
			Level:   policy.LevelNote,
			Message: fmt.Sprintf("Python file larger than %d MiB skipped (probably generated)", MaxFileSize>>20),
			Span:    policy.Span{File: path},
		}
	case !utf8.Valid(src):
		return &policy.Notice{
			Level:   policy.LevelWarning,
			Message: "Python file is not valid UTF-8; skipped",
			Span:    policy.Span{File: path},
		}
	}
	return nil
}
