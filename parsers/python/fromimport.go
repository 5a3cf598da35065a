package python

// maxImportHops bounds how far `from M import NAME` is followed from file to
// file (a settings value re-exported through a package __init__, say), and
// stops import cycles.
const maxImportHops = 3

// importer follows `from M import NAME` to the file that assigns NAME, so a
// value built in config/settings.py and imported by main.py is judged (and
// pointed at) where it is written.
type importer struct {
	read  func(rel string) ([]byte, error)
	hops  int                // imports being followed right now
	cache map[string]*Module // parsed modules, by root-relative path
	// active holds the `file:name` pairs being followed, which stops an
	// import cycle (a.py importing X from b.py importing it from a.py).
	active map[string]bool
}

// SetReader lets evaluation follow `from M import NAME` into other files of
// the scan (parsers.File.Read). Without it an imported name is unknown.
func (m *Module) SetReader(read func(rel string) ([]byte, error)) {
	if read == nil {
		m.imp = nil
		return
	}
	m.imp = &importer{read: read, cache: map[string]*Module{}, active: map[string]bool{}}
}

// fromImported evaluates a module-level name bound by `from M import NAME`
// in the module that assigns it. ok is false when that module cannot be
// found or does not assign the name. A value from a development file
// (settings/local.py) is a development value, as it is in that file.
func (m *Module) fromImported(local string) (Value, bool) {
	return m.viaImport(local, func(sub *Module, name string) (Value, bool) {
		bs, ok := sub.top.binds[name]
		if !ok {
			return Value{}, false
		}
		e := evaluator{m: sub, visiting: map[*Node]bool{}}
		return e.fromBindings(sub.top, name, bs, 0), true
	})
}

// viaImport follows `from M import NAME` (bound here as local) to the module
// that defines NAME, through re-exports, and lets eval judge it there. The
// hop bound and the active set stop long chains and import cycles.
func (m *Module) viaImport(local string, eval func(sub *Module, name string) (Value, bool)) (Value, bool) {
	if m.imp == nil || m.imp.hops >= maxImportHops {
		return Value{}, false
	}
	fi, ok := m.FromImports[local]
	if !ok {
		return Value{}, false
	}
	for _, rel := range moduleFiles(m.Path, fi.Module) {
		if rel == m.Path {
			continue
		}
		sub, seen := m.imp.cache[rel]
		if !seen {
			data, err := m.imp.read(rel)
			if err != nil {
				continue
			}
			sub, _ = Parse(rel, data)
			m.imp.cache[rel] = sub
			if sub != nil {
				sub.imp = m.imp
			}
		}
		if sub == nil {
			return Value{}, false
		}
		key := rel + ":" + fi.Name
		if m.imp.active[key] {
			return Value{}, false
		}
		m.imp.active[key] = true
		m.imp.hops++
		defer func() {
			delete(m.imp.active, key)
			m.imp.hops--
		}()
		if _, bound := sub.top.binds[fi.Name]; !bound {
			if _, again := sub.FromImports[fi.Name]; again {
				return sub.viaImport(fi.Name, eval)
			}
			return Value{}, false
		}
		v, ok := eval(sub, fi.Name)
		if !ok {
			return Value{}, false
		}
		if DevPath(sub.Path) {
			v = markDev(v)
		}
		return v, v.Kind != Unknown
	}
	return Value{}, false
}
