package platform

import (
	"strconv"
	"strings"
	"time"

	"github.com/corslint/corslint/policy"
)

// Item is one entry of a list setting, with its own span.
type Item struct {
	Value string
	Span  policy.Span
	// Unknown: the entry is an intrinsic or placeholder corslint cannot read.
	Unknown bool
}

// Items reads a list setting: a sequence of scalars, or one scalar that is
// split on commas when comma is set (annotations, Spring properties; the
// elements of a real list are never split). Each entry is trimmed of spaces
// and empty entries are dropped.
func Items(n *Node, comma bool) []Item {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case List:
		var out []Item
		for _, it := range n.Items {
			if it.Kind == Unknown || placeholderOnly(it.Value) {
				out = append(out, Item{Value: it.Value, Span: it.Span, Unknown: true})
				continue
			}
			s, ok := it.Str()
			if !ok {
				continue
			}
			if t := strings.TrimSpace(s); t != "" {
				out = append(out, Item{Value: t, Span: it.Span})
			}
		}
		return out
	case Unknown:
		return []Item{{Value: n.Value, Span: n.Span, Unknown: true}}
	}
	if !n.IsScalar() {
		return nil
	}
	if !comma {
		if t := strings.TrimSpace(n.Value); t != "" {
			return []Item{{Value: t, Span: n.Span, Unknown: placeholderOnly(t)}}
		}
		return nil
	}
	return splitScalar(n)
}

// splitScalar splits a scalar on commas, giving each entry its own span.
func splitScalar(n *Node) []Item {
	var out []Item
	off := 0
	for _, part := range strings.Split(n.Value, ",") {
		lead := len(part) - len(strings.TrimLeft(part, " \t"))
		t := strings.TrimSpace(part)
		if t != "" {
			out = append(out, Item{
				Value:   t,
				Span:    n.SubSpan(off+lead, len(t)),
				Unknown: placeholderOnly(t),
			})
		}
		off += len(part) + 1
	}
	return out
}

// Values returns the entries' texts.
func Values(items []Item) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		out = append(out, it.Value)
	}
	return out
}

// ParseBool follows Go's strconv.ParseBool, which Kubernetes controllers
// use for annotations, and YAML's true/false.
func ParseBool(s string) (bool, bool) {
	b, err := strconv.ParseBool(strings.TrimSpace(s))
	if err != nil {
		return false, false
	}
	return b, true
}

// BoolOf reads a bool setting; ok is false when absent or not a bool.
func BoolOf(n *Node) (val, ok bool) {
	if n == nil {
		return false, false
	}
	s, isScalar := n.Str()
	if !isScalar {
		return false, false
	}
	return ParseBool(s)
}

// IntOf reads an integer setting.
func IntOf(n *Node) (int64, bool) {
	s, ok := n.Str()
	if !ok {
		return 0, false
	}
	v, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		return 0, false
	}
	return v, true
}

// DurationSeconds reads a duration written as Go/Istio duration ("24h",
// "1h30m", "86400s") or as plain seconds.
func DurationSeconds(s string) (int64, bool) {
	s = strings.TrimSpace(s)
	if v, err := strconv.ParseInt(s, 10, 64); err == nil {
		return v, true
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		return 0, false
	}
	return int64(d / time.Second), true
}

// Unquote strips one pair of single quotes: API Gateway mapping values
// are quoted strings inside strings (SAM `AllowOrigin: "'*'"`).
func Unquote(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1], true
	}
	return s, false
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}

// placeholderOnly reports whether s is nothing but template placeholders
// (Helm `{{ }}`, envsubst `${VAR}`): such a value proves nothing
// (rules.md, Template placeholders).
func placeholderOnly(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for s != "" {
		switch {
		case strings.HasPrefix(s, "{{"):
			end := strings.Index(s, "}}")
			if end < 0 {
				return false
			}
			s = strings.TrimSpace(s[end+2:])
		case strings.HasPrefix(s, "${"):
			end := strings.Index(s, "}")
			if end < 0 {
				return false
			}
			s = strings.TrimSpace(s[end+1:])
		default:
			return false
		}
	}
	return true
}

// placeholderFill stands in for a template placeholder when a value is
// checked against a syntax validator: a lower-case DNS label is valid in
// every position a placeholder usually fills (host, port-less origin), so
// only the known text can make the check fail (rules.md, Template
// placeholders: rules judge what is known).
const placeholderFill = "placeholder"

// fillPlaceholders replaces each Helm `{{ }}` and envsubst `${VAR}`
// placeholder in s with placeholderFill. An unterminated opener is kept
// as written.
func fillPlaceholders(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "{{")
		j := strings.Index(s, "${")
		if i < 0 && j < 0 {
			break
		}
		open, closer := i, "}}"
		if i < 0 || (j >= 0 && j < i) {
			open, closer = j, "}"
		}
		end := strings.Index(s[open:], closer)
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(placeholderFill)
		s = s[open+end+len(closer):]
	}
	b.WriteString(s)
	return b.String()
}
