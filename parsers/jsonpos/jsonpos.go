// Package jsonpos reads JSON (RFC 8259) into a small tree whose every key and
// value carries its exact source span, so that parsers can point findings at
// the value a user would change. It only parses: it knows nothing about CORS
// and never judges content. Malformed input yields a *SyntaxError with a line
// and column; no input can make it panic or recurse deeper than MaxDepth.
//
// Positions follow policy.Span: lines and columns are 1-based, columns count
// UTF-8 bytes from the start of the line (a leading byte-order mark counts as
// three bytes of line 1), and End is the position just after the last byte.
// Only "\n" starts a new line ("\r\n" therefore works; a lone "\r" does not).
package jsonpos

import (
	"fmt"

	"github.com/corslint/corslint/policy"
)

// MaxDepth is how deeply arrays and objects may nest. Real configuration
// never comes close; the limit keeps hostile input from using unbounded stack.
const MaxDepth = 512

// Kind is the JSON type of a Node.
type Kind uint8

// The JSON types.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Array:
		return "array"
	case Object:
		return "object"
	}
	return "invalid"
}

// Node is one JSON value.
type Node struct {
	Kind Kind
	// Text is the decoded value of a String, the literal as written of a
	// Number (so no precision is lost), and "true", "false" or "null" for
	// those literals. It is empty for arrays and objects.
	Text string
	// Items are the elements of an Array.
	Items []*Node
	// Members are the members of an Object in source order. Duplicate keys
	// are all kept; Lookup resolves them the way JSON.parse does.
	Members []Member
	// Span covers the whole value: the quotes of a string, the brackets of
	// an array or object.
	Span policy.Span
}

// Member is one key/value pair of an object.
type Member struct {
	Key     string      // decoded
	KeySpan policy.Span // the key with its quotes
	Value   *Node
}

// Lookup returns the member named key, or nil when n is not an object or has
// no such member. With duplicate keys the last one wins, as in JavaScript's
// JSON.parse (Go's encoding/json agrees), since that is what applications see.
func (n *Node) Lookup(key string) *Member {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i := len(n.Members) - 1; i >= 0; i-- {
		if n.Members[i].Key == key {
			return &n.Members[i]
		}
	}
	return nil
}

// Get returns the value of member key (see Lookup), or nil.
func (n *Node) Get(key string) *Node {
	if m := n.Lookup(key); m != nil {
		return m.Value
	}
	return nil
}

// SyntaxError is malformed input; Pos is where the problem was found.
type SyntaxError struct {
	File string
	Pos  policy.Pos
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// Parse reads one JSON document. file is recorded in every span (the path
// relative to the scan root). The error, if any, is a *SyntaxError.
func Parse(file string, data []byte) (*Node, error) {
	p := &parser{file: file, data: data, line: 1}
	// A UTF-8 byte-order mark is tolerated at the very start, as editors and
	// Node's require() do; elsewhere it is an error like any stray byte.
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		p.off = 3
	}
	p.skipSpace()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	p.skipSpace()
	if p.off < len(p.data) {
		return nil, p.errorf("unexpected %s after the top-level value", p.describe())
	}
	return n, nil
}
