package nginx

import (
	"strconv"
	"strings"
)

// The rewrite program: nginx runs the rewrite-module directives of the
// server level, then those of the selected location, in order (`if` bodies
// inline); `return`, `break` and a flagged `rewrite` stop it. Rewrite
// directives are not inherited by nested locations. A request that matches
// an `if` in a location runs with that `if`'s configuration, so the last
// matching `if` decides the add_header set (semantics.md 2, sibling ifs).
//
// The program is run symbolically once per request method: conditions on
// the method are decided, conditions on the origin split the path with an
// atom on each side, anything else splits it without one.

type stepKind int

const (
	sSet stepKind = iota
	sIf
	sReturn
	sBreak
	sRewrite
)

type step struct {
	kind  stepKind
	d     *directive
	name  string // sSet: variable
	value string // sSet: complex value
	cond  cond
	body  []step
	ifIdx int // sIf in a location: index into the location's ifs; -1 otherwise
	// status of sReturn (302 for a bare URL); stop and excluded for
	// sRewrite flags.
	status   int
	excluded bool
}

// termKind is how a path ended.
type termKind int

const (
	termNone     termKind = iota // ran to the end: content phase, proxy...
	termReturn                   // `return` with status
	termBreak                    // `break` or `rewrite ... break`
	termExcluded                 // redirected or rewritten elsewhere: not this block's answer
)

// state is one path through the program.
type state struct {
	method string
	atoms  []atom
	vars   map[string][]vcase
	lastIf int   // index of the last matched location if, -1 for none
	taken  []int // location ifs matched, in order
	term   termKind
	status int
	// capture is what the regex captures ($1, named groups) hold on this
	// path (captures.go).
	capture captures
	// origin, when set, is what $http_origin equals on this path: an
	// `if ($http_origin = $x)` held, with $x not a known literal (cond.go).
	origin []vcase
	// twin marks a copy of another method's path, made when nothing in
	// the program depends on the method: it counts for grouping and
	// preflight marks but is not evaluated again.
	twin bool
}

// setOrigin records what $http_origin equals from here on, if known.
func (s *state) setOrigin(v []vcase) {
	if v != nil {
		s.origin = v
	}
}

func (s *state) clone() *state {
	n := *s
	n.atoms = append([]atom(nil), s.atoms...)
	n.taken = append([]int(nil), s.taken...)
	n.vars = make(map[string][]vcase, len(s.vars))
	for k, v := range s.vars {
		n.vars[k] = v
	}
	return &n
}

// excluded reports whether the path's answer carries nothing of the
// application: a redirect, an error page nginx makes itself, a rewrite to
// another location.
func (s *state) excluded() bool {
	return s.term == termExcluded || s.term == termReturn && (s.status >= 300 || s.status == 0)
}

// buildSteps collects the rewrite directives of a block, in order. ifs
// collects the location's if blocks (nil at server level).
func buildSteps(dirs []*directive, ifs *[]*directive) []step {
	var out []step
	for _, d := range dirs {
		switch d.name {
		case "set":
			if len(d.args) == 2 {
				out = append(out, step{kind: sSet, d: d, name: varName(d.args[0].text), value: d.args[1].text})
			}
		case "if":
			if !d.hasBlock {
				continue
			}
			s := step{kind: sIf, d: d, cond: parseCond(d), ifIdx: -1}
			if ifs != nil {
				s.ifIdx = len(*ifs)
				*ifs = append(*ifs, d)
			}
			// nginx forbids if inside if; read the body without ifs.
			s.body = buildSteps(d.children, nil)
			out = append(out, s)
		case "return":
			out = append(out, step{kind: sReturn, d: d, status: returnStatus(d)})
		case "break":
			out = append(out, step{kind: sBreak, d: d})
		case "rewrite":
			s := step{kind: sRewrite, d: d}
			switch d.argText(2) {
			case "break":
				s.status = 1
			case "last", "redirect", "permanent":
				s.excluded = true
			default:
				// A replacement starting with a scheme redirects.
				r := d.argText(1)
				s.excluded = strings.HasPrefix(r, "http://") || strings.HasPrefix(r, "https://") || strings.HasPrefix(r, "$scheme")
			}
			out = append(out, s)
		}
	}
	return out
}

// varName is a `set` target without `$`, lower case.
func varName(s string) string {
	s = strings.TrimPrefix(s, "$")
	s = strings.TrimSuffix(strings.TrimPrefix(s, "{"), "}")
	return strings.ToLower(s)
}

// returnStatus is the status of `return code [text]` or `return URL` (302).
func returnStatus(d *directive) int {
	a := d.argText(0)
	if n, err := strconv.Atoi(a); err == nil {
		return n
	}
	if a != "" {
		return 302
	}
	return 0
}

// maxPaths bounds the paths of one program; past it, undecided conditions
// are taken as false.
const maxPaths = 256

// runner executes programs.
type runner struct {
	e         *env
	truncated bool
}

func (r *runner) run(steps []step, sts []*state) []*state {
	for _, s := range steps {
		var next []*state
		for _, st := range sts {
			if st.term != termNone {
				next = append(next, st)
				continue
			}
			next = append(next, r.exec(s, st, len(next)+len(sts))...)
		}
		sts = next
	}
	return sts
}

func (r *runner) exec(s step, st *state, live int) []*state {
	switch s.kind {
	case sSet:
		st.vars[s.name] = r.e.eval(s.value, st, 0)
	case sReturn:
		st.term, st.status = termReturn, s.status
	case sBreak:
		st.term = termBreak
	case sRewrite:
		// The rewrite regex tests the URI: the captures are its groups.
		st.capture = captures{}
		if s.excluded {
			st.term = termExcluded
		} else if s.status == 1 {
			st.term = termBreak
		}
	case sIf:
		res := r.e.evalCond(s.cond, st)
		capYes, capNo := r.e.capturesAfter(s.cond, st)
		origYes, origNo := r.e.originAfter(s.cond, st)
		take := func(t *state) []*state {
			t.capture = capYes
			if origYes != nil {
				t.origin = origYes
			}
			if s.ifIdx >= 0 {
				t.lastIf = s.ifIdx
				t.taken = append(t.taken, s.ifIdx)
			}
			return r.run(s.body, []*state{t})
		}
		switch res.t {
		case tTrue:
			return take(st)
		case tFalse:
			st.capture = capNo
			st.setOrigin(origNo)
			return []*state{st}
		}
		if live >= maxPaths {
			r.truncated = true
			st.capture = capNo
			st.setOrigin(origNo)
			return []*state{st}
		}
		taken := st.clone()
		st.capture = capNo
		st.setOrigin(origNo)
		if res.atom != nil {
			// A branch whose origin constraints contradict each other
			// (the same test true, then false) is no path at all.
			yes, no := *res.atom, res.atom.negate()
			taken.atoms = append(taken.atoms, yes)
			st.atoms = append(st.atoms, no)
			okYes, okNo := r.e.consistent(taken.atoms), r.e.consistent(st.atoms)
			switch {
			case okYes && !okNo:
				return take(taken)
			case !okYes && okNo:
				return []*state{st}
			}
		}
		return append(take(taken), st)
	}
	return []*state{st}
}
