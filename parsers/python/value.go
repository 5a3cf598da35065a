package python

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

// Kind is the type of an evaluated expression.
type Kind int

const (
	// Unknown: not evaluable statically (Note says why).
	Unknown Kind = iota
	Str
	Int
	Float
	Bool
	None
	// List is a list, tuple, set or frozenset.
	List
	Dict
	// Regex is a pattern compiled with re.compile.
	Regex
)

// Value is the statically known value of an expression.
type Value struct {
	Kind  Kind
	Str   string // Str; the pattern of a Regex
	Int   int64
	Float float64
	Bool  bool
	Items []Value // List
	Pairs []Pair  // Dict
	// Partial: a List or Dict with parts that could not be evaluated
	// (`*others`, `**options`), so entries may be missing.
	Partial bool
	// IgnoreCase: a Regex compiled with re.IGNORECASE.
	IgnoreCase bool
	// Timedelta: an Int number of seconds computed from timedelta(...).
	Timedelta bool
	// EnvVar names the environment variable whose default this value is
	// (`os.environ.get("ORIGINS", "http://localhost:3000")`); Dev is set
	// with it, and for values bound only in a development branch.
	EnvVar string
	Dev    bool
	// Note says why a value is Unknown.
	Note string
	// Span is where the value is written (the literal, not the name using it).
	Span policy.Span
}

// Pair is one dictionary entry.
type Pair struct {
	Key   Value
	Value Value
}

// Get returns the value of a string key of a Dict.
func (v Value) Get(key string) (Value, bool) {
	for _, p := range v.Pairs {
		if p.Key.Kind == Str && p.Key.Str == key {
			return p.Value, true
		}
	}
	return Value{}, false
}

// Truthy reports Python truthiness; known is false for Unknown values.
func (v Value) Truthy() (truth, known bool) {
	switch v.Kind {
	case Str, Regex:
		return v.Str != "" || v.Kind == Regex, true
	case Int:
		return v.Int != 0, true
	case Float:
		return v.Float != 0, true
	case Bool:
		return v.Bool, true
	case None:
		return false, true
	case List:
		return len(v.Items) > 0, !v.Partial || len(v.Items) > 0
	case Dict:
		return len(v.Pairs) > 0, !v.Partial || len(v.Pairs) > 0
	}
	return false, false
}

// Strings returns the items of a Str (as one item) or a List of Str; ok is
// false if anything is not a string.
func (v Value) Strings() ([]Value, bool) {
	switch v.Kind {
	case Str:
		return []Value{v}, true
	case List:
		for _, it := range v.Items {
			if it.Kind != Str {
				return v.Items, false
			}
		}
		return v.Items, !v.Partial
	}
	return nil, false
}

func unknown(span policy.Span, format string, args ...any) Value {
	return Value{Kind: Unknown, Note: fmt.Sprintf(format, args...), Span: span}
}

// markEnv records that v (and everything inside it) is the default of an
// environment variable, which makes it a development value (rules.md).
func markEnv(v Value, name string) Value {
	v.EnvVar, v.Dev = name, true
	for i := range v.Items {
		v.Items[i] = markEnv(v.Items[i], name)
	}
	for i := range v.Pairs {
		v.Pairs[i].Value = markEnv(v.Pairs[i].Value, name)
	}
	return v
}

func markDev(v Value) Value {
	v.Dev = true
	for i := range v.Items {
		v.Items[i] = markDev(v.Items[i])
	}
	for i := range v.Pairs {
		v.Pairs[i].Value = markDev(v.Pairs[i].Value)
	}
	return v
}

// short is n's text cut for messages.
func (m *Module) short(n *Node) string {
	t := strings.Join(strings.Fields(m.Text(n)), " ")
	if len(t) > 60 {
		t = t[:57] + "..."
	}
	return t
}
