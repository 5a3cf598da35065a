package python

import "strings"

// Cond classifies an `if` test for development guards.
type Cond int

const (
	// CondOther: not about the environment.
	CondOther Cond = iota
	// CondDev: true only in development (`if DEBUG:`, `if ENV == "dev":`).
	CondDev
	// CondProd: true only in production (`if not DEBUG:`, `if ENV == "production":`).
	CondProd
)

var prodWords = map[string]bool{"prod": true, "production": true, "live": true, "release": true}

// DevCondition classifies cond: a name such as DEBUG or settings.DEBUG, a
// comparison of an environment name with "development" or "production", or
// the negation of either.
func DevCondition(m *Module, cond *Node) Cond {
	if cond == nil {
		return CondOther
	}
	switch cond.Type {
	case "parenthesized_expression":
		if kids := cond.NamedChildren(); len(kids) == 1 {
			return DevCondition(m, kids[0])
		}
	case "not_operator":
		return flip(DevCondition(m, cond.Child("argument")))
	case "identifier", "attribute", "subscript", "call":
		if devWords[strings.ToLower(lastName(m, cond))] {
			return CondDev
		}
	case "comparison_operator":
		return devComparison(m, cond)
	}
	return CondOther
}

func flip(c Cond) Cond {
	switch c {
	case CondDev:
		return CondProd
	case CondProd:
		return CondDev
	}
	return CondOther
}

// lastName is the final identifier or string key of a reference: DEBUG for
// `settings.DEBUG`, `app.config["DEBUG"]`, `os.environ.get("DEBUG")`.
func lastName(m *Module, n *Node) string {
	switch n.Type {
	case "identifier":
		return m.Text(n)
	case "attribute":
		return m.Text(n.Child("attribute"))
	case "subscript":
		if k, ok := stringLiteral(m, n.Child("subscript")); ok {
			return k
		}
	case "call":
		if args := n.Child("arguments"); args != nil {
			if kids := args.NamedChildren(); len(kids) > 0 {
				if k, ok := stringLiteral(m, kids[0]); ok {
					return k
				}
			}
		}
	}
	return ""
}

func stringLiteral(m *Module, n *Node) (string, bool) {
	if n == nil || (n.Type != "string" && n.Type != "concatenated_string") {
		return "", false
	}
	v := m.Eval(m.top, n)
	return v.Str, v.Kind == Str
}

// devComparison handles `ENV == "development"`, `ENV != "production"` and
// `ENV in ("dev", "local")`.
func devComparison(m *Module, n *Node) Cond {
	kids := n.NamedChildren()
	if len(kids) != 2 {
		return CondOther
	}
	op := ""
	for _, c := range n.Children {
		if c.Field == "operators" {
			op = strings.Join(strings.Fields(m.Text(c)), " ")
		}
	}
	lit := m.Eval(m.top, kids[1])
	var words []string
	switch lit.Kind {
	case Str:
		words = []string{lit.Str}
	case List:
		for _, it := range lit.Items {
			words = append(words, it.Str)
		}
	default:
		return CondOther
	}
	dev, prod := true, true
	for _, w := range words {
		w = strings.ToLower(w)
		dev = dev && devWords[w]
		prod = prod && prodWords[w]
	}
	var c Cond
	switch {
	case dev:
		c = CondDev
	case prod:
		c = CondProd
	default:
		return CondOther
	}
	switch op {
	case "==", "in":
		return c
	case "!=", "not in":
		return flip(c)
	}
	return CondOther
}
