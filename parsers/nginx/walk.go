package nginx

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

// env is what every evaluation in one file shares: the maps and the
// variables `set` somewhere (nginx variables are global).
type env struct {
	maps    map[string]*mapDef
	setVars map[string]bool
	luaVars map[string]bool
	rx      *regexCache
	exprs   map[string][]part // splitExpr, memoised
	matches map[matchKey]bool
	// mapMemo holds the cases of maps whose value does not depend on the
	// path (only on the origin and the method), by name and method.
	mapMemo map[[2]string][]vcase
	pure    map[string]bool // map name -> path-independent
	// methodMaps is set when a map reads $request_method: then no
	// program is method-independent.
	methodMaps bool
}

func collectEnv(tree []*directive) *env {
	e := &env{maps: map[string]*mapDef{}, setVars: map[string]bool{}, luaVars: map[string]bool{}, rx: &regexCache{}, exprs: map[string][]part{},
		matches: map[matchKey]bool{}, mapMemo: map[[2]string][]vcase{}, pure: map[string]bool{}}
	var walk func([]*directive)
	walk = func(ds []*directive) {
		for _, d := range ds {
			switch {
			case d.name == "map" && d.hasBlock:
				if m := parseMap(d); m != nil && e.maps[m.name] == nil {
					e.maps[m.name] = m
					e.methodMaps = e.methodMaps || mentionsMethod(m.source)
				}
				continue
			case d.name == "set" && len(d.args) >= 1:
				e.setVars[varName(d.args[0].text)] = true
			case strings.HasPrefix(d.name, "set_by_lua") && len(d.args) >= 1:
				e.luaVars[varName(d.args[0].text)] = true
			}
			walk(d.children)
		}
	}
	walk(tree)
	return e
}

// methods are the request methods each program runs for; OPTIONS is the
// preflight.
var methods = []string{"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}

// walker turns a directive tree into policies.
type walker struct {
	e         *env
	file      string
	pols      []policy.Policy
	notices   []policy.Notice
	truncated bool
}

// scope is one place requests end up: a location, or a server's requests
// that match no location, or a fragment's body.
type scope struct {
	name  string
	span  policy.Span
	lvl   level
	steps []step
	ifs   []*directive
	// per location if: its level, whether it has its own header config,
	// and what it drops from the location.
	ifLvls []level
	ifOwn  []bool
	ifDrop []*policy.Dropped
	drop   *policy.Dropped // what the block itself drops from its parent
	block  *directive
	parent level
}

// newScope prepares a block body: its level, its program, its ifs.
func (w *walker) newScope(name string, block *directive, parent level, serverSteps []step) *scope {
	sc := &scope{name: name, span: block.head, block: block, parent: parent}
	sc.lvl, sc.drop = inheritLevel(parent, block)
	sc.steps = append(append([]step(nil), serverSteps...), buildSteps(block.children, &sc.ifs)...)
	for _, d := range sc.ifs {
		lv, dr := inheritLevel(sc.lvl, d)
		_, mores, _, declared := ownHeaders(d.children)
		sc.ifLvls = append(sc.ifLvls, lv)
		// Under add_header_inherit off an if without add_header still has a
		// header list of its own: the empty one.
		sc.ifOwn = append(sc.ifOwn, declared || len(mores) > 0 || lv.inherit == "off")
		sc.ifDrop = append(sc.ifDrop, dr)
	}
	return sc
}

// evalScope runs the scope's program for every method, groups the paths by
// the header configuration they end with, and makes one policy per group
// that sends CORS headers or loses some.
func (w *walker) evalScope(sc *scope) []policy.Policy {
	r := &runner{e: w.e}
	var all []*state
	if ms, dependent := sc.methodsToRun(w.e); dependent {
		for _, m := range ms {
			st := &state{method: m, vars: map[string][]vcase{}, lastIf: -1}
			all = append(all, r.run(sc.steps, []*state{st})...)
		}
	} else {
		// Nothing looks at the method: every method takes the same paths,
		// so run once and give OPTIONS twins of those paths, which mark
		// preflight answers without being evaluated again.
		all = r.run(sc.steps, []*state{{method: "GET", vars: map[string][]vcase{}, lastIf: -1}})
		for _, st := range all[:len(all):len(all)] {
			tw := *st
			tw.method, tw.twin = "OPTIONS", true
			all = append(all, &tw)
		}
	}
	if r.truncated && !w.truncated {
		w.truncated = true
		w.notices = append(w.notices, policy.Notice{Level: policy.LevelNote, Span: sc.span,
			Message: fmt.Sprintf("more than %d combinations of if conditions; the rest are not evaluated", maxPaths)})
	}
	groups := make([][]*state, len(sc.ifs)+1) // index 0: the block itself
	drops := make([][]policy.Dropped, len(sc.ifs)+1)
	// A block whose every answer is nginx's own error (`location /gone {
	// return 410; }`) answers nothing else: keep those paths, so its policy
	// says what the error carries (`always` headers, headers-more), as
	// measured by conformance/nginx (case return_error).
	onlyErrors := allErrorReturns(all)
	for _, st := range all {
		if st.excluded() && !onlyErrors {
			continue
		}
		g := 0
		if st.lastIf >= 0 && sc.ifOwn[st.lastIf] {
			g = st.lastIf + 1
		}
		groups[g] = append(groups[g], st)
	}
	// Drops by inheritance, limited to the headers that matter to the
	// requests each group answers.
	if sc.drop != nil && len(groups[0]) > 0 {
		if dr := lostHeaders(sc.parent.add, sc.lvl.add, sc.block, inheritReason, relevantTo(groups[0]), servesActual(groups[0])); dr != nil {
			drops[0] = append(drops[0], *dr)
		}
	}
	for i, dr := range sc.ifDrop {
		if dr != nil && len(groups[i+1]) > 0 {
			if dr := lostHeaders(sc.lvl.add, sc.ifLvls[i].add, sc.ifs[i], inheritReason, relevantTo(groups[i+1]), servesActual(groups[i+1])); dr != nil {
				drops[i+1] = append(drops[i+1], *dr)
			}
		}
	}
	w.siblingDrops(sc, groups, drops)

	var out []policy.Policy
	for g, sts := range groups {
		if len(sts) == 0 {
			continue
		}
		lv, name, span := sc.lvl, sc.name, sc.span
		if g > 0 {
			d := sc.ifs[g-1]
			lv, name, span = sc.ifLvls[g-1], sc.name+", "+d.headText(), d.head
		}
		fields := lv.fields()
		if !hasCORS(fields) && len(drops[g]) == 0 {
			continue
		}
		p, star := w.e.buildPolicies(fields, sts)
		p.Scope, p.Span, p.Dropped = name, span, drops[g]
		p.PreflightOnly = true
		for _, st := range sts {
			if st.method != "OPTIONS" {
				p.PreflightOnly = false
			} else if st.term == termReturn && p.PreflightStatus == 0 {
				p.PreflightStatus = st.status
			}
		}
		// A block whose every answer is nginx's own `return 2xx` has no
		// error responses to lose headers on (rules.md, CORS020).
		if !p.PreflightOnly && allReturn2xx(sts) {
			p.OnErrors = true
		}
		out = append(out, p)
		if star != nil {
			star.Scope, star.Span = name, span
			star.PreflightOnly, star.PreflightStatus = p.PreflightOnly, p.PreflightStatus
			out = append(out, *star)
		}
	}
	return out
}

// allErrorReturns reports whether every path ends in `return` with an
// error status (444 closes the connection: no answer at all).
func allErrorReturns(sts []*state) bool {
	for _, st := range sts {
		if st.term != termReturn || st.status < 400 || st.status == 444 {
			return false
		}
	}
	return len(sts) > 0
}

func allReturn2xx(sts []*state) bool {
	for _, st := range sts {
		if st.term != termReturn || st.status < 200 || st.status > 299 {
			return false
		}
	}
	return len(sts) > 0
}

// methodsToRun picks the methods a scope's program must run for. When only
// `$request_method = X` / `!= X` tests read the method, the methods named
// there, OPTIONS, and one method named nowhere (standing for all the others)
// are enough; any other use of the method runs them all. dependent is false
// when nothing reads the method.
func (sc *scope) methodsToRun(e *env) (ms []string, dependent bool) {
	named := map[string]bool{}
	other := e.methodMaps
	var walk func([]step)
	walk = func(ss []step) {
		for _, s := range ss {
			c := s.cond
			switch {
			case strings.EqualFold(c.left, "$request_method") && (c.op == "=" || c.op == "!=") && !strings.Contains(c.right, "$"):
				named[c.right] = true
			case mentionsMethod(c.left) || mentionsMethod(c.right):
				other = true
			}
			other = other || mentionsMethod(s.value)
			walk(s.body)
		}
	}
	walk(sc.steps)
	for _, lv := range append([]level{sc.lvl}, sc.ifLvls...) {
		for _, h := range lv.fields() {
			other = other || mentionsMethod(h.value)
		}
	}
	if other {
		return methods, true
	}
	if len(named) == 0 {
		return nil, false
	}
	ms = []string{"OPTIONS"}
	rest := ""
	for _, m := range methods {
		if named[m] && m != "OPTIONS" {
			ms = append(ms, m)
		} else if !named[m] && m != "OPTIONS" && rest == "" {
			rest = m
		}
	}
	// A test against a method no browser sends (`= options`: the
	// comparison is case-sensitive) is simply never true.
	if rest != "" {
		ms = append(ms, rest)
	}
	return ms, true
}

func mentionsMethod(s string) bool {
	return strings.Contains(strings.ToLower(s), "request_method")
}

// siblingDrops finds headers an earlier matching if sets that the last
// matching one does not: nginx uses only the last matching if's
// configuration (semantics.md 2, sibling ifs). The drop is reported at the
// if that matched last.
func (w *walker) siblingDrops(sc *scope, groups [][]*state, drops [][]policy.Dropped) {
	seen := map[string]bool{}
	for g, sts := range groups {
		for _, st := range sts {
			if st.lastIf < 0 {
				continue
			}
			final := sc.lvl.fields()
			if sc.ifOwn[st.lastIf] {
				final = sc.ifLvls[st.lastIf].fields()
			}
			last := sc.ifs[st.lastIf]
			for _, i := range st.taken {
				if i == st.lastIf || !sc.ifOwn[i] {
					continue
				}
				earlier := sc.ifs[i]
				dr := lostHeaders(sc.ifLvls[i].fields(), final, last,
					"matches after "+blockWord(earlier)+" on the same requests, and nginx uses only the last matching if's add_header set",
					relevantTo([]*state{st}), false)
				if dr == nil {
					continue
				}
				key := fmt.Sprintf("%v|%v", dr.Block, dr.From)
				if seen[key] {
					continue
				}
				seen[key] = true
				drops[g] = mergeDrop(drops[g], *dr)
			}
		}
	}
}

// mergeDrop adds dr to drops, folded into an earlier drop at the same block
// (whose reason it keeps): one finding per place, even when several earlier
// ifs lose their headers at the same last one.
func mergeDrop(drops []policy.Dropped, dr policy.Dropped) []policy.Dropped {
	for i := range drops {
		d := &drops[i]
		if d.Block != dr.Block {
			continue
		}
		for _, h := range dr.Headers {
			if indexOf(d.Headers, h) < 0 {
				d.Headers = append(d.Headers, h)
			}
		}
		return drops
	}
	return append(drops, dr)
}

// serverName is the first server_name, for scopes.
func serverName(s *directive) string {
	for _, d := range s.children {
		if d.name == "server_name" && len(d.args) > 0 {
			return "server_name " + d.args[0].text
		}
	}
	return fmt.Sprintf("server at line %d", s.head.Start.Line)
}

// walkHTTP handles an http block's body.
func (w *walker) walkHTTP(children []*directive, head policy.Span) {
	httpBlock := &directive{name: "http", head: head, children: children}
	lv, _ := inheritLevel(level{}, httpBlock)
	for _, d := range children {
		if d.name == "server" && d.hasBlock {
			w.walkServer(d, lv, serverName(d))
		}
	}
}

// walkServer handles a server block: its locations, and its own level for
// requests no location takes (when there is no `location /`).
func (w *walker) walkServer(s *directive, parent level, name string) {
	start := len(w.pols)
	for _, d := range s.children {
		if d.name != "if" {
			continue
		}
		// One notice per block: its header directives are all ignored.
		for _, c := range d.children {
			if c.name == "add_header" || c.name == "more_set_headers" {
				w.notices = append(w.notices, policy.Notice{Level: policy.LevelWarning, Span: c.head,
					Message: c.name + " is not allowed in an if block at server level (nginx refuses to start); the header directives of this if are ignored"})
				break
			}
		}
	}
	steps := buildSteps(s.children, nil)
	sc := w.newScope(name, s, parent, nil)
	sc.steps, sc.ifs, sc.ifLvls, sc.ifOwn, sc.ifDrop = steps, nil, nil, nil, nil
	serverDrop := sc.drop
	if !hasCatchAll(s) {
		w.pols = append(w.pols, w.evalScope(sc)...)
		serverDrop = nil
	}
	for _, d := range s.children {
		if d.name == "location" && d.hasBlock {
			w.walkLocation(d, sc.lvl, steps, name)
		}
	}
	if serverDrop != nil {
		w.attach(start, *serverDrop, sc)
	}
}

// attach puts a drop on the first policy made since start, or on a policy of
// its own.
func (w *walker) attach(start int, dr policy.Dropped, sc *scope) {
	if start < len(w.pols) {
		w.pols[start].Dropped = append(w.pols[start].Dropped, dr)
		return
	}
	p := w.e.buildPolicy(nil, nil)
	p.Scope, p.Span, p.Dropped = sc.name, sc.span, []policy.Dropped{dr}
	w.pols = append(w.pols, p)
}

// hasCatchAll reports a `location /`, which takes every request the other
// locations do not.
func hasCatchAll(s *directive) bool {
	for _, d := range s.children {
		if d.name == "location" && len(d.args) == 1 && d.args[0].text == "/" {
			return true
		}
	}
	return false
}

// walkLocation handles a location and its nested locations. Nested
// locations inherit headers but not rewrite directives.
func (w *walker) walkLocation(loc *directive, parent level, serverSteps []step, prefix string) {
	name := prefix + ", " + loc.headText()
	sc := w.newScope(name, loc, parent, serverSteps)
	w.pols = append(w.pols, w.evalScope(sc)...)
	for _, d := range loc.children {
		if d.name == "location" && d.hasBlock {
			w.walkLocation(d, sc.lvl, serverSteps, prefix)
		}
	}
}
