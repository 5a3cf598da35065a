package express

import (
	"path"
	"strings"
)

// Options kept in a configuration module: `config/corsOptions.js` exports
// `const corsOptions = { origin, credentials }` and the server file does
// `app.use(cors(corsOptions))` with the imported name, which corslint
// cannot follow across files. The options are read where they are written:
// an object literal with an `origin` or `credentials` key that is
//
//   - bound to a name that says so (corsOptions, CORS_CONFIG), typed as
//     cors options (`CorsOptions`, `cors.CorsOptions`, `FastifyCorsOptions`)
//     or written in a file named after CORS, and only exported, not used in
//     the file;
//   - the value of a `cors` key (`config.cors`, Apollo Server's and other
//     servers' `cors` option, which they hand to the cors package);
//   - the module's export in a file named after CORS (`cors.config.js`).
//
// Objects this file already passes to a library are its policies already;
// dev-server settings are not production configuration.

// configOptions builds the policies of unused cors options objects.
func (x *extractor) configOptions() {
	f := x.f
	walk(f.root, func(n *node) bool {
		var obj *node
		switch n.typ {
		case "variable_declarator":
			if v := unwrap(n.child("value")); v != nil && v.typ == "object" && x.namedOptions(n) {
				obj = v
			}
		case "pair":
			if k, _ := f.propertyKey(n.child("key"), 0); strings.EqualFold(k, "cors") || strings.EqualFold(k, "corsOptions") {
				if v := unwrap(n.child("value")); v != nil && v.typ == "object" {
					obj = v
				}
			}
		case "assignment_expression", "export_statement":
			if v := x.moduleExport(n); v != nil && corsFileName(f.path) {
				obj = v
			}
		}
		if obj == nil || !x.looksLikeOptions(obj) || x.devServerSetting(obj) {
			return true
		}
		if _, ok := x.byOptions[f.span(obj)]; ok {
			return true
		}
		x.buildConfig(obj)
		return true
	})
}

// buildConfig makes the policy of one options object with the semantics of
// the library the file works with.
func (x *extractor) buildConfig(obj *node) {
	f := x.f
	opts := f.eval(obj, 0)
	switch {
	case x.importsModule("@fastify/cors") || x.importsModule("fastify-cors") || x.importsModule("fastify"):
		x.build(obj, opts, flavor{framework: "fastify-cors", version: "11", fastify: true}, "cors options", nil)
	case x.importsModule("@koa/cors") || x.importsModule("koa"):
		p, notices := f.buildKoa(opts, "cors options", f.span(obj), x.koaVer)
		f.notices = append(f.notices, notices...)
		p.Dev = f.inDevBranch(obj)
		x.byOptions[f.span(obj)] = len(x.policies)
		x.policies = append(x.policies, p)
	case x.importsModule("hono/cors"):
		x.hono(obj, opts, "cors options")
	default:
		x.build(obj, opts, corsFlavor, "cors options", nil)
	}
}

// looksLikeOptions: an object literal with an origin or credentials key,
// written as a pair or as a method (`origin(origin, cb) { ... }`).
func (x *extractor) looksLikeOptions(obj *node) bool {
	v := x.f.eval(obj, 0)
	o, c := v.get("origin"), v.get("credentials")
	if o == nil && c == nil {
		return false
	}
	return (o == nil || plausibleOrigin(o)) && (c == nil || plausibleCredentials(c))
}

// namedOptions reports a declarator of cors options by name or type that
// the file only exports.
func (x *extractor) namedOptions(decl *node) bool {
	f := x.f
	name := decl.child("name")
	if name == nil || name.typ != "identifier" {
		return false
	}
	id := f.text(name)
	typ := f.text(decl.child("type"))
	// In a file named after CORS (config/corsOptions.js) any options object
	// is the cors options, whatever its name (`let options = {origin: ...}`).
	if !corsFileName(f.path) && !strings.Contains(strings.ToLower(id), "cors") && !strings.Contains(typ, "CorsOptions") && !strings.Contains(typ, "CorsConfig") {
		return false
	}
	return x.onlyExported(id, name)
}

// onlyExported reports whether every other reference to name is an export.
func (x *extractor) onlyExported(id string, decl *node) bool {
	f := x.f
	ok := true
	walk(f.root, func(n *node) bool {
		if !ok {
			return false
		}
		if n == decl || (n.typ != "identifier" && n.typ != "shorthand_property_identifier") || f.text(n) != id {
			return true
		}
		if !exported(f, n) {
			ok = false
		}
		return true
	})
	return ok
}

// exported reports a reference inside an export: `export { x }`, `export
// default x`, `module.exports = x`, `module.exports = { x }`, `exports.x = x`.
func exported(f *jsfile, n *node) bool {
	for p := n.parent; p != nil; p = p.parent {
		switch p.typ {
		case "export_statement":
			return true
		case "assignment_expression":
			l := f.text(p.child("left"))
			return strings.HasPrefix(l, "module.exports") || strings.HasPrefix(l, "exports.")
		case "statement_block", "program", "arguments":
			return false
		}
	}
	return false
}

// moduleExport is the object literal a module exports: `module.exports =
// {...}`, `export default {...}`.
func (x *extractor) moduleExport(n *node) *node {
	f := x.f
	var v *node
	switch n.typ {
	case "assignment_expression":
		if f.text(n.child("left")) != "module.exports" {
			return nil
		}
		v = n.child("right")
	case "export_statement":
		v = n.child("value")
	}
	if v = unwrap(v); v != nil && v.typ == "object" {
		return v
	}
	return nil
}

// corsFileName reports a file named after CORS: cors.js, corsOptions.ts,
// cors.config.js.
func corsFileName(p string) bool {
	return strings.Contains(strings.ToLower(path.Base(p)), "cors")
}
