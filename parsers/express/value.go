package express

import (
	"github.com/corslint/corslint/parsers/jsonpos"
	"github.com/corslint/corslint/policy"
)

// vkind is the JavaScript type of an option value, as far as the option
// builders care. Both front ends (JSON and JS/TS source) produce values of
// this one model, so the option semantics are written once.
type vkind uint8

const (
	vUndefined vkind = iota
	vNull
	vBool
	vNumber
	vString
	vArray
	vObject
	vRegExp
	vFunc
	// vUnknown is a value corslint cannot compute (an environment variable, a
	// call, a parameter); note says why.
	vUnknown
)

// String names the kind the way messages (and JavaScript's typeof, roughly)
// do; the JSON kinds keep jsonpos's names.
func (k vkind) String() string {
	switch k {
	case vUndefined:
		return "undefined"
	case vNull:
		return "null"
	case vBool:
		return "boolean"
	case vNumber:
		return "number"
	case vString:
		return "string"
	case vArray:
		return "array"
	case vObject:
		return "object"
	case vRegExp:
		return "RegExp"
	case vFunc:
		return "function"
	case vUnknown:
		return "unknown value"
	}
	return "invalid"
}

// value is one option value with the span of the text that wrote it.
type value struct {
	kind vkind
	// text is the decoded content of a string, the decimal literal of a
	// number, "true"/"false"/"null"/"undefined" for those, and the pattern
	// of a RegExp.
	text  string
	flags string // RegExp flags
	items []*value
	// members are an object's properties in source order; duplicates are
	// kept (the last one wins, as in JavaScript).
	members []member
	span    policy.Span
	// note says why a vUnknown value cannot be computed.
	note string
	// env names the environment variable a vUnknown value is read from.
	env string
	// imported marks a vUnknown value read from another module (an
	// allow-list kept in config/allowedOrigins.js): configuration corslint
	// cannot see, like an environment variable, not code it failed to read.
	imported bool
	// envFallback names the environment variable this value is the default
	// of (`process.env.X || value`): it applies only when X is unset.
	envFallback string
	// dev marks a value that only applies in development (a branch guarded
	// by a development check).
	dev bool
	// origins is what a function value means as an origin option, when the
	// source front end could read its body (origin callbacks).
	origins *policy.Origins
	// fn is the function node of a vFunc from source, read later by the
	// callback readers of the library that receives it.
	fn *node
	// expr is the source expression of an array element corslint cannot
	// evaluate, so a membership test can tell when that element is the
	// request origin itself (`[...trusted, req.headers.origin].includes(origin)`
	// accepts every origin).
	expr *node
	// open marks an object literal with members corslint could not read (a
	// computed key, a spread of an unknown value): a test of its keys is
	// not complete.
	open bool
	// collection names the constructor of an array value that stands for a
	// `new Set(list)` or `new Map(entries)` (its elements or keys, for
	// has() tests). Passed itself as an origin option it is no array: the
	// libraries' isOriginAllowed falls through to `!!allowedOrigin` and
	// reflects every origin (semantics.md §3.1, §3.4).
	collection string
}

// member is one property of an object value.
type member struct {
	key     string
	keySpan policy.Span
	value   *value
}

// lookup returns the last member named key, or nil.
func (v *value) lookup(key string) *member {
	if v == nil || v.kind != vObject {
		return nil
	}
	for i := len(v.members) - 1; i >= 0; i-- {
		if v.members[i].key == key {
			return &v.members[i]
		}
	}
	return nil
}

// get returns the value of member key (see lookup), or nil.
func (v *value) get(key string) *value {
	if m := v.lookup(key); m != nil {
		return m.value
	}
	return nil
}

// fromJSON converts a jsonpos tree into the value model.
func fromJSON(n *jsonpos.Node) *value {
	v := &value{text: n.Text, span: n.Span}
	switch n.Kind {
	case jsonpos.Null:
		v.kind = vNull
		v.text = "null"
	case jsonpos.Bool:
		v.kind = vBool
	case jsonpos.Number:
		v.kind = vNumber
	case jsonpos.String:
		v.kind = vString
	case jsonpos.Array:
		v.kind = vArray
		v.items = make([]*value, 0, len(n.Items))
		for _, it := range n.Items {
			v.items = append(v.items, fromJSON(it))
		}
	case jsonpos.Object:
		v.kind = vObject
		v.members = make([]member, 0, len(n.Members))
		for _, m := range n.Members {
			v.members = append(v.members, member{key: m.Key, keySpan: m.KeySpan, value: fromJSON(m.Value)})
		}
	}
	return v
}

// configured reports an unknown value that comes from configuration outside
// the file (the environment, another module) rather than from code.
func (v *value) configured() bool { return v.env != "" || v.imported }
