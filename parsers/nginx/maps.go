package nginx

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// entryKind is how a map key compares (ngx_http_map_module).
type entryKind int

const (
	keyExact entryKind = iota // case-insensitive string
	keyRegex                  // ~ (case-sensitive) or ~* PCRE, search
	keyHead                   // hostnames: *.example.com or .example.com
	keyTail                   // hostnames: www.example.*
)

// mapEntry is one `key value;` line of a map block.
type mapEntry struct {
	kind  entryKind
	key   string // exact string, regex, or the mask's fixed part
	icase bool   // ~* regex
	value string // a complex value
	ms    []policy.Matcher
}

// mapDef is one `map $source $name { ... }` block.
type mapDef struct {
	name      string
	source    string
	hostnames bool
	entries   []mapEntry
	def       *mapEntry // nil: the default is ""
}

// parseMap reads a map block. Map keys compare case-insensitively unless
// they are `~` regexes; regexes are PCRE searches; masks need `hostnames`
// (semantics.md 2, map). A leading backslash escapes a key that would
// otherwise be special (`\default`, `\~`).
func parseMap(d *directive) *mapDef {
	if len(d.args) != 2 {
		return nil
	}
	m := &mapDef{source: d.args[0].text, name: strings.ToLower(strings.TrimPrefix(strings.Trim(d.args[1].text, "{}"), "$"))}
	if strings.HasPrefix(d.args[1].text, "${") {
		m.name = strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(d.args[1].text, "${"), "}"))
	}
	for _, c := range d.children {
		if c.name == "hostnames" && len(c.args) == 0 {
			m.hostnames = true
		}
	}
	for _, c := range d.children {
		if len(c.args) != 1 {
			continue // hostnames, volatile, or a malformed line
		}
		key, val := c.name, c.args[0].text
		if key == "default" {
			e := mapEntry{kind: keyExact, value: val}
			m.def = &e
			continue
		}
		key = strings.TrimPrefix(key, `\`)
		// A key written in quotes still counts as a regex when it starts
		// with `~`: nginx looks at the unquoted text.
		e := mapEntry{value: val}
		span := c.nameSpan
		switch {
		case strings.HasPrefix(c.name, "~*"):
			e.kind, e.key, e.icase = keyRegex, c.name[2:], true
		case strings.HasPrefix(c.name, "~"):
			e.kind, e.key = keyRegex, c.name[1:]
		case m.hostnames && strings.HasPrefix(key, "*."):
			e.kind, e.key = keyHead, key[1:]
		case m.hostnames && strings.HasPrefix(key, ".") && len(key) > 1:
			e.kind, e.key = keyHead, key
		case m.hostnames && strings.HasSuffix(key, ".*"):
			e.kind, e.key = keyTail, key[:len(key)-1]
		default:
			e.kind, e.key = keyExact, key
			if strings.Contains(key, "$") {
				// nginx never expands a map key, and no origin holds a
				// `$`: it is a template placeholder (envsubst, or a
				// Jinja/Helm tag rewritten by template.go).
				k, ok := standInKey(key)
				if !ok {
					continue
				}
				e.key, key = k, k
			}
		}
		e.ms = entryMatchers(e, key, span)
		m.entries = append(m.entries, e)
	}
	return m
}

// entryMatchers is what a key accepts when the source is the request origin.
func entryMatchers(e mapEntry, key string, span policy.Span) []policy.Matcher {
	switch e.kind {
	case keyRegex:
		return []policy.Matcher{{Kind: policy.MatchRegex, Value: standInPlaceholders(e.key), Dialect: policy.DialectPCRE, Mode: policy.ModeSearch, IgnoreCase: e.icase, Span: span}}
	case keyHead:
		// The head wildcard matches any run of labels before the suffix;
		// the scheme is just part of the first label, so
		// `*.example.com` accepts `https://a.b.example.com`. `.example.com`
		// also accepts the bare name, which is never an origin.
		return []policy.Matcher{{Kind: policy.MatchSuffix, Value: e.key, IgnoreCase: true, Span: span}}
	case keyTail:
		return []policy.Matcher{{Kind: policy.MatchPrefix, Value: e.key, IgnoreCase: true, Span: span}}
	}
	return []policy.Matcher{{Kind: policy.MatchExact, Value: key, IgnoreCase: true, Span: span}}
}

// lookupLit finds the entry a known string selects, with nginx's priority:
// exact, longest head mask, longest tail mask, first regex, default.
func (m *mapDef) lookupLit(s string, rx *regexCache) *mapEntry {
	low := strings.ToLower(s)
	if m.hostnames {
		low = strings.TrimSuffix(low, ".")
	}
	for i := range m.entries {
		if e := &m.entries[i]; e.kind == keyExact && strings.ToLower(e.key) == low {
			return e
		}
	}
	var best *mapEntry
	for _, kind := range []entryKind{keyHead, keyTail} {
		for i := range m.entries {
			e := &m.entries[i]
			if e.kind != kind {
				continue
			}
			k := strings.ToLower(e.key)
			hit := kind == keyHead && (strings.HasSuffix(low, k) || "."+low == k) ||
				kind == keyTail && strings.HasPrefix(low, k)
			if hit && (best == nil || len(e.key) > len(best.key)) {
				best = e
			}
		}
		if best != nil {
			return best
		}
	}
	for i := range m.entries {
		e := &m.entries[i]
		if e.kind != keyRegex {
			continue
		}
		if ok, known := rx.match(e.key, e.icase, s); known && ok {
			return e
		}
	}
	if m.def != nil {
		return m.def
	}
	return &mapEntry{}
}

// evalMap is the value of a map variable on a path: for a known source the
// selected entry's value; for the request origin one case per key (the key's
// matcher as a positive atom) plus the default (no key matched).
func (e *env) evalMap(m *mapDef, st *state, depth int) []vcase {
	var out []vcase
	add := func(atoms []atom, value string) {
		e.addCases(&out, st, depth, atoms, value)
	}
	// A regex key's captures are set while its value is built
	// (`~^(?<o>https://.+)$ $o;`, captures.go).
	addCaptured := func(atoms []atom, en mapEntry) {
		if en.kind != keyRegex || len(en.ms) != 1 {
			add(atoms, en.value)
			return
		}
		at := *st
		at.capture = captures{origin: &en.ms[0]}
		e.addCases(&out, &at, depth, atoms, en.value)
	}
	def := ""
	if m.def != nil {
		def = m.def.value
	}
	for _, src := range e.eval(m.source, st, depth) {
		switch src.v.kind {
		case vLit:
			add(src.atoms, m.lookupLit(src.v.text, e.rx).value)
		case vEcho:
			var all []policy.Matcher
			for _, en := range m.entries {
				a := atom{ms: en.ms, group: m.name}
				addCaptured(append(append([]atom{}, src.atoms...), a), en)
				all = append(all, en.ms...)
			}
			add(append(append([]atom{}, src.atoms...), atom{neg: true, ms: all}), def)
		default:
			// Unknown source: every entry may be selected, with no
			// constraint on the origin.
			for _, en := range m.entries {
				add(src.atoms, en.value)
			}
			add(src.atoms, def)
		}
	}
	return out
}

// addCases appends the cases of a map value chosen under atoms.
func (e *env) addCases(out *[]vcase, st *state, depth int, atoms []atom, value string) {
	for _, c := range e.eval(value, st, depth) {
		if len(*out) >= maxCases {
			return
		}
		all := append(append(make([]atom, 0, len(atoms)+len(c.atoms)), atoms...), c.atoms...)
		if e.consistent(all) {
			*out = append(*out, vcase{atoms: all, v: c.v})
		}
	}
}
