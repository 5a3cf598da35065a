package express

import (
	"path"
	"strings"
)

// Values kept in a sibling module. The common Express layout keeps the
// allow-list in its own file (`config/allowedOrigins.js` exporting an array,
// required by `config/corsOptions.js`, whose origin callback tests
// `allowedOrigins.indexOf(origin)`); without following the require, every
// origin in it would be invisible. A name imported from a relative module
// (`./x`, `../x`, `.`) is therefore read from that file, through the scan
// driver's File.Read (only files under the scan root). Only plain data
// crosses files — strings, numbers, booleans, RegExps, arrays and objects of
// them — because function values carry syntax nodes that belong to the
// file that wrote them. Anything else stays an imported unknown.

// maxModuleHops bounds a chain of modules re-exporting each other.
const maxModuleHops = 4

// moduleExts are the spellings a relative specifier may leave out, in the
// order Node and TypeScript resolvers try them.
var moduleExts = []string{"", ".js", ".ts", ".mjs", ".cjs", ".tsx", ".jsx", "/index.js", "/index.ts"}

// modLoader parses the modules of one Parse call once each.
type modLoader struct {
	read    func(rel string) ([]byte, error)
	files   map[string]*jsfile // nil: not readable or not parsable
	loading map[string]bool
}

func newModLoader(read func(rel string) ([]byte, error)) *modLoader {
	return &modLoader{read: read, files: map[string]*jsfile{}, loading: map[string]bool{}}
}

// load returns the parsed module spec names relative to the file at from,
// or nil.
func (l *modLoader) load(from, spec string) *jsfile {
	if spec != "." && spec != ".." && !strings.HasPrefix(spec, "./") && !strings.HasPrefix(spec, "../") {
		return nil
	}
	base := path.Join(path.Dir(from), spec)
	if base == ".." || strings.HasPrefix(base, "../") {
		return nil
	}
	for _, ext := range moduleExts {
		p := base + ext
		if !sourceFile(p) {
			continue
		}
		if mf, seen := l.files[p]; seen {
			if mf != nil {
				return mf
			}
			continue
		}
		data, err := l.read(p)
		if err != nil {
			l.files[p] = nil
			continue
		}
		root, _, err := parseSource(p, data)
		if err != nil || root == nil {
			l.files[p] = nil
			continue
		}
		mf := newJSFile(p, data, root)
		mf.mods = l
		l.files[p] = mf
		return mf
	}
	return nil
}

// importedValue evaluates the export an import names ("mod" for the default
// export, "mod#name" for a named one) in the module's own file, or returns
// nil when that is not possible.
func (f *jsfile) importedValue(mod string, depth int) *value {
	if f.mods == nil || f.hops >= maxModuleHops {
		return nil
	}
	spec, name, named := strings.Cut(mod, "#")
	mf := f.mods.load(f.path, spec)
	if mf == nil || f.mods.loading[mf.path] {
		return nil
	}
	f.mods.loading[mf.path] = true
	defer delete(f.mods.loading, mf.path)
	mf.hops = f.hops + 1
	var v *value
	if named {
		v = mf.namedExport(name, depth)
	} else {
		v = mf.defaultExport(depth)
	}
	if v == nil || v.kind == vUnknown || !plainData(v) {
		return nil
	}
	if mf.devFile {
		markDev(v)
	}
	return v
}

// defaultExport evaluates `module.exports = X` or `export default X`.
func (f *jsfile) defaultExport(depth int) *value {
	var found *value
	walk(f.root, func(n *node) bool {
		if found != nil {
			return false
		}
		switch n.typ {
		case "assignment_expression":
			if f.text(n.child("left")) == "module.exports" {
				found = f.eval(n.child("right"), depth+1)
			}
		case "export_statement":
			if v := n.child("value"); v != nil && strings.HasPrefix(f.text(n), "export default") {
				found = f.eval(v, depth+1)
			}
		}
		return found == nil
	})
	return found
}

// namedExport evaluates the export called name: `exports.name = X`,
// `module.exports.name = X`, a member of the default export object, or the
// top-level binding `export const name = X`.
func (f *jsfile) namedExport(name string, depth int) *value {
	var found *value
	walk(f.root, func(n *node) bool {
		if found != nil {
			return false
		}
		if n.typ == "assignment_expression" {
			switch f.text(n.child("left")) {
			case "exports." + name, "module.exports." + name:
				found = f.eval(n.child("right"), depth+1)
			}
		}
		return found == nil
	})
	if found != nil {
		return found
	}
	if d := f.defaultExport(depth); d != nil && d.kind == vObject {
		if v := d.get(name); v != nil {
			return v
		}
	}
	if bs := f.binds[name]; len(bs) == 1 && bs[0].val != nil && exportedDecl(bs[0].at) {
		return f.eval(bs[0].val, depth+1)
	}
	return nil
}

// exportedDecl reports a declaration inside `export const ...`.
func exportedDecl(at *node) bool {
	for p := at.parent; p != nil; p = p.parent {
		switch p.typ {
		case "export_statement":
			return true
		case "statement_block", "program":
			return false
		}
	}
	return false
}

// plainData reports a value with no syntax nodes of its file in it.
func plainData(v *value) bool {
	if v == nil {
		return true
	}
	if v.kind == vFunc || v.fn != nil || v.expr != nil || v.origins != nil {
		return false
	}
	for _, it := range v.items {
		if !plainData(it) {
			return false
		}
	}
	for _, m := range v.members {
		if !plainData(m.value) {
			return false
		}
	}
	return true
}
