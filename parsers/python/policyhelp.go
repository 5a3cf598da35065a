package python

import (
	"github.com/agnivade/levenshtein"

	"sort"
	"strings"

	"github.com/corslint/corslint/policy"
)

// HeaderList turns a header-list option (a comma string or a list of
// strings) into a policy.List of values; ok is false when it is not one.
func HeaderList(v Value) (policy.List, bool) {
	l := policy.List{Mode: policy.ListValues, Explicit: true, Span: v.Span}
	switch v.Kind {
	case Str:
		l.Raw = v.Str
		for _, p := range strings.Split(v.Str, ",") {
			if p = strings.TrimSpace(p); p != "" {
				l.Values = append(l.Values, p)
			}
		}
		return l, true
	case List:
		items, ok := v.Strings()
		if !ok {
			return l, false
		}
		for _, it := range items {
			l.Values = append(l.Values, it.Str)
		}
		return l, true
	}
	return l, false
}

// IsStar reports whether a list option is the single value "*".
func IsStar(v Value) bool {
	items, ok := v.Strings()
	if !ok {
		return false
	}
	for _, it := range items {
		if strings.TrimSpace(it.Str) == "*" {
			return true
		}
	}
	return false
}

// MaxAge converts a max-age option: an int, a numeric string or a timedelta.
func MaxAge(v Value) (policy.MaxAge, bool) {
	ma := policy.MaxAge{Set: true, Span: v.Span}
	switch v.Kind {
	case Int:
		ma.Seconds = v.Int
	case Float:
		ma.Seconds = int64(v.Float)
	case Str:
		ma.Raw = v.Str
		n, ok := parseDigits(strings.TrimSpace(v.Str))
		if !ok {
			return ma, true
		}
		ma.Seconds = n
	default:
		return ma, false
	}
	return ma, true
}

func parseDigits(s string) (int64, bool) {
	if s == "" || len(s) > 18 {
		return 0, false
	}
	var n int64
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

// Suggest returns the option the author probably meant by key: an entry of
// aliases (common misspellings), else the closest known name within an edit
// distance of two, else "".
func Suggest(key string, known []string, aliases map[string]string) string {
	if s, ok := aliases[strings.ToLower(key)]; ok {
		return s
	}
	best, bestD := "", 3
	sorted := append([]string(nil), known...)
	sort.Strings(sorted)
	for _, k := range sorted {
		if d := levenshtein.ComputeDistance(strings.ToLower(key), strings.ToLower(k)); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// InDevBranch reports whether n sits in a branch that only runs in
// development (`if app.debug:`, `if DEBUG:`), up to its enclosing function.
func (m *Module) InDevBranch(n *Node) bool {
	for c := n; c != nil && c.Parent != nil; c = c.Parent {
		p := c.Parent
		switch p.Type {
		case "if_statement", "elif_clause":
			cond := DevCondition(m, p.Child("condition"))
			if c.Field == "consequence" && cond == CondDev {
				return true
			}
			if c.Field == "alternative" && c.Type == "else_clause" && cond == CondProd {
				return true
			}
		case "function_definition", "class_definition":
			return false
		}
	}
	return false
}
