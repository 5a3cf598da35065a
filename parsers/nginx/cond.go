package nginx

import (
	"strings"
	"time"

	"github.com/dlclark/regexp2"

	"github.com/corslint/corslint/policy"
)

// cond is a parsed `if (...)` condition (ngx_http_rewrite_module).
type cond struct {
	left      string // a complex value, usually one variable
	op        string // "" (truthiness), = != ~ ~* !~ !~*, or a file test
	right     string
	rightSpan policy.Span
	fileTest  bool
	bad       bool
}

// parseCond reads the arguments of an if directive. nginx's tokenizer leaves
// the parentheses attached to the first and last words: `($a` ... `b)`, or
// alone: `( $a` ... `'b' )`.
func parseCond(d *directive) cond {
	// As ngx_http_rewrite_if: the first word starts with `(` and the last
	// ends with `)`, either standing alone or attached, quoted or not.
	args := make([]arg, len(d.args))
	copy(args, d.args)
	if len(args) == 0 || !strings.HasPrefix(args[0].text, "(") {
		return cond{bad: true}
	}
	if args[0].text == "(" {
		args = args[1:]
	} else {
		args[0].text = args[0].text[1:]
	}
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1].text, ")") {
		return cond{bad: true}
	}
	if last := &args[len(args)-1]; last.text == ")" {
		args = args[:len(args)-1]
	} else {
		last.text = last.text[:len(last.text)-1]
	}
	switch len(args) {
	case 1:
		return cond{left: args[0].text}
	case 2:
		if strings.HasPrefix(args[0].text, "-") || strings.HasPrefix(args[0].text, "!-") {
			return cond{fileTest: true}
		}
	case 3:
		switch op := args[1].text; op {
		case "=", "!=", "~", "~*", "!~", "!~*":
			return cond{left: args[0].text, op: op, right: args[2].text, rightSpan: args[2].span}
		}
	}
	return cond{bad: true}
}

// truth is a condition's outcome on one path.
type truth int

const (
	tFalse truth = iota
	tTrue
	tMaybe
)

// condResult is the outcome plus, for tMaybe, the origin constraint under
// which the condition holds (nil when it does not depend on the origin in a
// way we can express).
type condResult struct {
	t    truth
	atom *atom
}

func (c cond) negated() bool { return strings.HasPrefix(c.op, "!") }

func (c cond) isRegex() bool { return strings.Contains(c.op, "~") }

// matcher is what the condition tests when its left side is the origin.
func (c cond) matcher() policy.Matcher {
	if c.isRegex() {
		return policy.Matcher{Kind: policy.MatchRegex, Value: standInPlaceholders(c.right), Dialect: policy.DialectPCRE, Mode: policy.ModeSearch, IgnoreCase: strings.HasSuffix(c.op, "*"), Span: c.rightSpan}
	}
	// `=` is a byte comparison (ngx_http_script_equal_code).
	return policy.Matcher{Kind: policy.MatchExact, Value: c.right, Span: c.rightSpan}
}

// originAfter is what $http_origin equals after `$http_origin = X` held
// (yes) or `$http_origin != X` failed (no), when X is not one known
// literal (a variable of unknown value, an envsubst placeholder): on that
// path the origin is X, so an echo there sends X's value and not whatever
// origin the request carries. nil when nothing changes (evalCond turns a
// literal X into an exact atom instead).
func (e *env) originAfter(c cond, st *state) (yes, no []vcase) {
	if c.bad || c.op != "=" && c.op != "!=" {
		return nil, nil
	}
	if ls := e.eval(c.left, st, 0); len(ls) != 1 || ls[0].v.kind != vEcho || len(ls[0].atoms) > 0 {
		return nil, nil
	}
	rs := e.eval(c.right, st, 0)
	if len(rs) == 1 && rs[0].v.kind == vLit {
		return nil, nil
	}
	if c.op == "!=" {
		return nil, rs
	}
	return rs, nil
}

// evalCond decides a condition on one path.
func (e *env) evalCond(c cond, st *state) condResult {
	if c.bad || c.fileTest {
		return condResult{t: tMaybe}
	}
	right := ""
	if c.op == "=" || c.op == "!=" {
		rs := e.eval(c.right, st, 0)
		if len(rs) != 1 || rs[0].v.kind != vLit {
			return condResult{t: tMaybe}
		}
		right = rs[0].v.text
	}
	type outcome struct {
		c vcase
		t truth
		a *atom
	}
	var outs []outcome
	for _, vc := range e.eval(c.left, st, 0) {
		o := outcome{c: vc, t: tMaybe}
		switch vc.v.kind {
		case vLit:
			o.t = e.litTruth(c, vc.v.text, right)
		case vEcho:
			if c.op == "" {
				// Non-empty and not "0": a CORS request always has
				// an Origin.
				o.t = tTrue
				break
			}
			if (c.op == "=" || c.op == "!=") && right == "" {
				// `$http_origin = ""` tests for a request without an
				// Origin (same-origin or not a browser), never true
				// of a CORS request; "" is not an origin to trust.
				o.t = boolTruth(c.op == "!=")
				break
			}
			m := c.matcher()
			if c.op == "=" || c.op == "!=" {
				m.Value = right
			}
			a := atom{neg: c.negated(), ms: []policy.Matcher{m}}
			o.a = &a
		}
		outs = append(outs, o)
	}
	// Combine the cases: all true, all false, or a constraint.
	allTrue, allFalse := true, true
	for _, o := range outs {
		if o.t != tTrue {
			allTrue = false
		}
		if o.t != tFalse {
			allFalse = false
		}
	}
	switch {
	case allTrue:
		return condResult{t: tTrue}
	case allFalse:
		return condResult{t: tFalse}
	case len(outs) == 1:
		return condResult{t: tMaybe, atom: outs[0].a}
	}
	// Several cases (a map): the condition holds under the keys whose value
	// satisfies it. Cases with unknown truth count as satisfying.
	var sel, unsel []vcase
	for _, o := range outs {
		if o.t == tFalse {
			unsel = append(unsel, o.c)
		} else {
			sel = append(sel, o.c)
		}
	}
	if a, ok := selectionAtom(sel, unsel); ok {
		return condResult{t: tMaybe, atom: &a}
	}
	return condResult{t: tMaybe}
}

// selectionAtom expresses "one of the selected map cases" as one atom: the
// union of the selected keys, or, when the default is selected, "none of the
// unselected keys".
func selectionAtom(sel, unsel []vcase) (atom, bool) {
	defaultSelected := false
	var pos []policy.Matcher
	group := ""
	for _, c := range sel {
		a, ok := caseKey(c)
		if !ok {
			return atom{}, false
		}
		if a.neg {
			defaultSelected = true
			continue
		}
		pos = append(pos, a.ms...)
		group = a.group
	}
	if !defaultSelected {
		return atom{ms: pos, group: group}, true
	}
	var neg []policy.Matcher
	for _, c := range unsel {
		a, ok := caseKey(c)
		if !ok {
			return atom{}, false
		}
		if !a.neg {
			neg = append(neg, a.ms...)
		}
	}
	return atom{neg: true, ms: neg}, true
}

// caseKey is the last atom of a map case: the key (or default) that chose it.
func caseKey(c vcase) (atom, bool) {
	if len(c.atoms) == 0 {
		return atom{}, false
	}
	return c.atoms[len(c.atoms)-1], true
}

// litTruth decides a condition on a known string.
func (e *env) litTruth(c cond, s, right string) truth {
	var hit bool
	switch c.op {
	case "":
		return boolTruth(s != "" && s != "0")
	case "=", "!=":
		hit = s == right
	default:
		ok, known := e.rx.match(c.right, strings.HasSuffix(c.op, "*"), s)
		if !known {
			return tMaybe
		}
		hit = ok
	}
	if c.negated() {
		hit = !hit
	}
	return boolTruth(hit)
}

func boolTruth(b bool) truth {
	if b {
		return tTrue
	}
	return tFalse
}

// regexCache compiles the PCRE patterns of conditions and map keys once, for
// evaluating them on known strings (methods, map outputs). regexp2's default
// syntax is close to PCRE; a pattern it rejects makes the answer unknown.
type regexCache struct {
	res map[string]*regexp2.Regexp
}

func (r *regexCache) match(pattern string, icase bool, s string) (ok, known bool) {
	key := pattern
	opts := regexp2.None
	if icase {
		key = "(?i)" + pattern
		opts = regexp2.IgnoreCase
	}
	re, seen := r.res[key]
	if !seen {
		var err error
		re, err = regexp2.Compile(pattern, opts)
		if err != nil {
			re = nil
		} else {
			re.MatchTimeout = 50 * time.Millisecond
		}
		if r.res == nil {
			r.res = map[string]*regexp2.Regexp{}
		}
		r.res[key] = re
	}
	if re == nil {
		return false, false
	}
	ok, err := re.MatchString(s)
	if err != nil {
		return false, false
	}
	return ok, true
}
