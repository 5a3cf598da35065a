package express

import "strings"

// Development guards (rules.md decisions): a value chosen or a statement run
// only when a development check holds does not apply in production.

// devCheck reports whether cond is a development check, and whether it is
// true in development (`NODE_ENV !== 'production'`, `isDev`) or in
// production (`NODE_ENV === 'production'`, `isProd`).
func (f *jsfile) devCheck(cond *node) (devWhenTrue, ok bool) {
	cond = unwrap(cond)
	if cond == nil {
		return false, false
	}
	switch cond.typ {
	case "unary_expression":
		if cond.op() == "!" {
			d, ok := f.devCheck(cond.child("argument"))
			return !d, ok
		}
	case "binary_expression":
		op := cond.op()
		if op != "===" && op != "==" && op != "!==" && op != "!=" {
			return false, false
		}
		l, r := unwrap(cond.child("left")), unwrap(cond.child("right"))
		if l == nil || r == nil {
			return false, false
		}
		if l.typ == "string" {
			l, r = r, l
		}
		if r.typ != "string" || !envName(f.text(l)) {
			return false, false
		}
		var dev bool
		switch strings.ToLower(stringText(f, r)) {
		case "production", "prod":
			dev = false
		case "development", "dev", "local", "test":
			dev = true
		default:
			return false, false
		}
		if op == "!==" || op == "!=" {
			dev = !dev
		}
		return dev, true
	case "identifier", "member_expression":
		return flagName(f.text(cond))
	}
	return false, false
}

// envName reports expressions that hold the deployment environment's name.
func envName(t string) bool {
	low := strings.ToLower(t)
	return strings.Contains(low, "node_env") || strings.HasSuffix(low, ".env") || low == "env" ||
		strings.HasSuffix(low, "environment") || strings.Contains(low, "app.get('env')") ||
		strings.Contains(low, `app.get("env")`) || strings.HasSuffix(low, "nodeenv") || strings.HasSuffix(low, ".mode")
}

// flagName reads boolean development flags by name: isDev, __DEV__,
// IS_DEVELOPMENT, config.isProduction...
func flagName(t string) (devWhenTrue, ok bool) {
	if i := strings.LastIndexByte(t, '.'); i >= 0 {
		t = t[i+1:]
	}
	n := strings.ToLower(strings.ReplaceAll(t, "_", ""))
	switch n {
	case "isdev", "dev", "isdevelopment", "development", "devmode", "isdevmode", "islocal", "istest", "debug", "isdebug", "indev", "indevelopment":
		return true, true
	case "isprod", "prod", "isproduction", "production", "inproduction", "isprodenv":
		return false, true
	}
	return false, false
}

// inDevBranch reports whether n only runs in development: it sits in the
// branch of an `if` (or `? :`, `&&`) that a development check guards.
func (f *jsfile) inDevBranch(n *node) bool {
	for c := n; c != nil && c.parent != nil; c = c.parent {
		p := c.parent
		switch p.typ {
		case "if_statement":
			dev, ok := f.devCheck(p.child("condition"))
			if !ok {
				continue
			}
			if c.field == "consequence" && dev {
				return true
			}
			if c.field == "alternative" && !dev {
				return true
			}
		case "ternary_expression":
			dev, ok := f.devCheck(p.child("condition"))
			if ok && (c.field == "consequence" && dev || c.field == "alternative" && !dev) {
				return true
			}
		case "binary_expression":
			if p.op() == "&&" && c.field == "right" {
				if dev, ok := f.devCheck(p.child("left")); ok && dev {
					return true
				}
			}
		}
	}
	return false
}
