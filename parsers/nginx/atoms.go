package nginx

import "github.com/corslint/corslint/policy"

// Origin constraints (atoms) collected along paths: when they can hold
// together, and which matchers express them.

// compatible reports whether two constraint lists can hold together, as far
// as we can tell: an origin cannot match a key and also none of a set
// containing it, nor two different keys of one map.
func compatible(a, b []atom) bool {
	for _, x := range a {
		for _, y := range b {
			if x.neg != y.neg {
				pos, neg := x, y
				if x.neg {
					pos, neg = y, x
				}
				if subset(pos.ms, neg.ms) {
					return false
				}
			} else if !x.neg && x.group != "" && x.group == y.group && !overlap(x.ms, y.ms) {
				return false
			}
		}
	}
	return true
}

// sameMatcher compares what two matchers accept, wherever they were written.
func sameMatcher(a, b policy.Matcher) bool {
	return a.Kind == b.Kind && a.Value == b.Value && a.IgnoreCase == b.IgnoreCase && a.Mode == b.Mode
}

func subset(a, b []policy.Matcher) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		found := false
		for _, y := range b {
			if sameMatcher(x, y) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func overlap(a, b []policy.Matcher) bool {
	for _, x := range a {
		for _, y := range b {
			if sameMatcher(x, y) {
				return true
			}
		}
	}
	return false
}

// matchKey identifies a matcher test for the memo.
type matchKey struct {
	kind   policy.MatcherKind
	value  string
	icase  bool
	mode   policy.MatchMode
	origin string
}

// match memoises Matcher.Match (regexes compile on every call); an undecided
// match counts as a match.
func (e *env) match(m policy.Matcher, origin string) bool {
	k := matchKey{m.Kind, m.Value, m.IgnoreCase, m.Mode, origin}
	if v, ok := e.matches[k]; ok {
		return v
	}
	ok, err := m.Match(origin)
	v := ok || err != nil
	e.matches[k] = v
	return v
}

// echoMatchers turns the constraints of an echoing path into the matchers
// that admit it. Only positive constraints can be expressed, and only one of
// them: an exact list if there is one (the most restrictive), else the last
// (the innermost: a map key, the if around the header), which may admit more
// than nginx does. ok is false when nothing restricts the echo (or only
// negative constraints do: a deny-list echoes everyone else).
func echoMatchers(atoms []atom) ([]policy.Matcher, bool) {
	var best []policy.Matcher
	for i := len(atoms) - 1; i >= 0; i-- {
		a := atoms[i]
		if a.neg || len(a.ms) == 0 || acceptsEveryOrigin(a.ms) {
			continue
		}
		if allExact(a.ms) {
			return a.ms, true
		}
		if best == nil {
			best = a.ms
		}
	}
	return best, best != nil
}

func allExact(ms []policy.Matcher) bool {
	for _, m := range ms {
		if m.Kind != policy.MatchExact {
			return false
		}
	}
	return len(ms) > 0
}

// consistent reports whether some origin can satisfy all atoms, as far as we
// can tell: pairwise compatible, and when one atom lists exact origins, one
// of them passes every other atom (`map $m1 $m2 { 1 $http_origin; }` fed by
// an echoing key of $m1 would otherwise admit the origin "1").
func (e *env) consistent(atoms []atom) bool {
	for i := range atoms {
		if !compatible(atoms[i:i+1], atoms[i+1:]) {
			return false
		}
	}
	for i, a := range atoms {
		if a.neg || !allExact(a.ms) {
			continue
		}
		ok := false
		for _, m := range a.ms {
			if e.satisfiesAll(m.Value, atoms, i) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// satisfiesAll checks a concrete origin against every atom but skip. A
// matcher that cannot be decided counts as matching.
func (e *env) satisfiesAll(origin string, atoms []atom, skip int) bool {
	for j, b := range atoms {
		if j == skip {
			continue
		}
		hit := false
		for _, m := range b.ms {
			if e.match(m, origin) {
				hit = true
				break
			}
		}
		if hit == b.neg {
			return false
		}
	}
	return true
}

// unlikeOrigins share nothing but being origins: other schemes, a name and
// an address, with and without a port.
var unlikeOrigins = [...]string{"https://attacker.example", "http://q.zz", "https://10.9.8.7:8443"}

// acceptsEveryOrigin reports a constraint that lets every origin through: a
// map key `~.` or an `if ($http_origin ~* "^https?://")`. Echoing under it is
// reflection without validation, like `default $http_origin` (semantics.md 2,
// echo traps), not a check on some trusted domain that can be bypassed.
func acceptsEveryOrigin(ms []policy.Matcher) bool {
	for _, m := range ms {
		all := true
		for _, o := range unlikeOrigins {
			if ok, err := m.Match(o); err != nil || !ok {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}
