// Package platform turns configuration documents of deployment platforms and
// gateways (Kubernetes ingress-nginx, Istio, Envoy, Traefik, Kong, Spring,
// Serverless, AWS SAM/CloudFormation, S3, GCS, Netlify, Vercel, Firebase and a
// generic `cors:` block) into policy.Policy values with the platform's real
// semantics (semantics.md §5). It works on a format-neutral node tree that the
// YAML, TOML and JSON readers build, so one mapping serves every format. It
// never reads files and never judges a policy: that is the rules' job.
package platform

import (
	"github.com/corslint/corslint/policy"
)

// Kind is the type of a Node.
type Kind int

const (
	// Null is an explicit null or an empty value.
	Null Kind = iota
	// String, Number and Bool are scalars; Value holds their text.
	String
	Number
	Bool
	// Map has Pairs in document order.
	Map
	// List has Items.
	List
	// Unknown is a value corslint cannot evaluate: a CloudFormation
	// intrinsic (`!Ref`, `{"Fn::Sub": ...}`), a template placeholder alone.
	Unknown
)

// Node is one value of a configuration document with its source span.
type Node struct {
	Kind  Kind
	Value string // scalars: the decoded text
	// Tag is a non-standard tag written on the node (`!Ref`, `!Sub`).
	Tag   string
	Pairs []Pair
	Items []*Node
	Span  policy.Span
	// Templated is set when the value contains a template placeholder
	// (Helm `{{ }}`); Value then holds the text as written.
	Templated bool
	// Literal is where Value's bytes appear verbatim in the file, on one
	// line (a plain scalar, or a quoted one without escapes); zero when
	// they do not, so SubSpan falls back to the whole span.
	Literal policy.Pos
	// Runs locate the lines of a multi-line scalar (a YAML `|` or `>`
	// block) whose text appears verbatim in Value, so an entry on its own
	// line gets its own span; nil for one-line scalars.
	Runs []Run
}

// Run is one verbatim line of a multi-line scalar: Value[Off:Off+Len]
// starts in the file at At.
type Run struct {
	Off, Len int
	At       policy.Pos
}

// Pair is one key of a Map.
type Pair struct {
	Key     string
	KeySpan policy.Span
	Value   *Node
}

// IsScalar reports whether n is a string, number or bool.
func (n *Node) IsScalar() bool {
	return n != nil && (n.Kind == String || n.Kind == Number || n.Kind == Bool)
}

// Get returns the value of key in a Map (the last one when a key repeats,
// as most loaders do), or nil.
func (n *Node) Get(key string) *Node {
	p := n.Pair(key)
	if p == nil {
		return nil
	}
	return p.Value
}

// Pair returns the last pair named key in a Map, or nil.
func (n *Node) Pair(key string) *Pair {
	if n == nil || n.Kind != Map {
		return nil
	}
	for i := len(n.Pairs) - 1; i >= 0; i-- {
		if n.Pairs[i].Key == key {
			return &n.Pairs[i]
		}
	}
	return nil
}

// First returns the first of keys present in a Map with its pair, or nil.
func (n *Node) First(keys ...string) *Pair {
	for _, k := range keys {
		if p := n.Pair(k); p != nil {
			return p
		}
	}
	return nil
}

// Path follows a chain of Map keys.
func (n *Node) Path(keys ...string) *Node {
	for _, k := range keys {
		n = n.Get(k)
		if n == nil {
			return nil
		}
	}
	return n
}

// Str returns a scalar's text; ok is false for maps, lists, nulls and
// unknown values.
func (n *Node) Str() (string, bool) {
	if !n.IsScalar() {
		return "", false
	}
	return n.Value, true
}

// Text returns a scalar's text or "".
func (n *Node) Text() string {
	s, _ := n.Str()
	return s
}

// SubSpan locates bytes [off, off+size) of a scalar's Value when they are
// on one line verbatim in the file, and the whole span otherwise.
func (n *Node) SubSpan(off, size int) policy.Span {
	if n == nil {
		return policy.Span{}
	}
	if off < 0 || off+size > len(n.Value) {
		return n.Span
	}
	if n.Literal.Line == 0 {
		return n.runSpan(off, size)
	}
	s := n.Span
	s.Start = policy.Pos{Line: n.Literal.Line, Col: n.Literal.Col + off}
	s.End = policy.Pos{Line: n.Literal.Line, Col: n.Literal.Col + off + size}
	return s
}

// runSpan locates bytes [off, off+size) of a multi-line scalar in the run
// that holds them whole, or gives the whole span.
func (n *Node) runSpan(off, size int) policy.Span {
	for _, r := range n.Runs {
		if off >= r.Off && off+size <= r.Off+r.Len {
			s := n.Span
			s.Start = policy.Pos{Line: r.At.Line, Col: r.At.Col + off - r.Off}
			s.End = policy.Pos{Line: r.At.Line, Col: r.At.Col + off - r.Off + size}
			return s
		}
	}
	return n.Span
}
