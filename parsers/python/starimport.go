package python

import (
	"path"
	"strings"
)

// maxStarModules bounds how many star-imported modules one file pulls in.
const maxStarModules = 8

// StarModules parses the modules m imports with `from M import *` that
// read can find under the scan root: a relative name (`.base`,
// `..common`) next to m, an absolute dotted name (`config.settings.base`)
// under any folder above m. Split Django settings work this way
// (`settings/production.py` starts with `from .base import *`), so a
// setting production.py does not assign is the one base.py assigns. The
// result is in import order, each module's own star imports first;
// modules that cannot be read or parsed are skipped.
func StarModules(m *Module, read func(rel string) ([]byte, error)) []*Module {
	if read == nil {
		return nil
	}
	seen := map[string]bool{m.Path: true}
	var out []*Module
	var visit func(from *Module, depth int)
	visit = func(from *Module, depth int) {
		if depth > 3 {
			return
		}
		for _, name := range from.StarFrom {
			for _, rel := range moduleFiles(from.Path, name) {
				if seen[rel] || len(out) >= maxStarModules {
					continue
				}
				data, err := read(rel)
				if err != nil {
					continue
				}
				seen[rel] = true
				sub, _ := Parse(rel, data)
				if sub == nil {
					break
				}
				visit(sub, depth+1)
				out = append(out, sub)
				break
			}
		}
	}
	visit(m, 0)
	return out
}

// moduleFiles lists the root-relative files a module name imported from
// file may live in, most likely first.
func moduleFiles(file, name string) []string {
	level := len(name) - len(strings.TrimLeft(name, "."))
	name = strings.TrimLeft(name, ".")
	if name == "" {
		return nil
	}
	rel := strings.ReplaceAll(name, ".", "/")
	cands := func(dir string) []string {
		return []string{path.Join(dir, rel+".py"), path.Join(dir, rel, "__init__.py")}
	}
	dir := path.Dir(file)
	if level > 0 {
		for i := 1; i < level; i++ {
			dir = path.Dir(dir)
		}
		return cands(dir)
	}
	var out []string
	for {
		out = append(out, cands(dir)...)
		if dir == "." || dir == "/" {
			return out
		}
		dir = path.Dir(dir)
	}
}

// ImportedModule parses the module a module-level name of m was imported
// from (`from .extensions import cors`) when read can find it under the
// scan root, and returns it with the name the value has there. A Flask app
// factory calls `cors.init_app(app)` on an extension object built in
// another file. nil when the name is not imported that way or the module
// cannot be read.
func ImportedModule(m *Module, local string, read func(rel string) ([]byte, error)) (*Module, string) {
	fi, ok := m.FromImports[local]
	if !ok || read == nil {
		return nil, ""
	}
	for _, rel := range moduleFiles(m.Path, fi.Module) {
		if rel == m.Path {
			continue
		}
		data, err := read(rel)
		if err != nil {
			continue
		}
		sub, _ := Parse(rel, data)
		if sub == nil {
			return nil, ""
		}
		return sub, fi.Name
	}
	return nil, ""
}
