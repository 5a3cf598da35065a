package express

import "strings"

// Module specifiers name the same package in several spellings: Deno and Bun
// import npm packages as `npm:hono@4/cors`, JSR packages as
// `jsr:@hono/hono/cors`, and CDNs serve them at `https://esm.sh/hono@4/cors`.
// canonicalModule reduces them to the bare package path the library tables
// use (`hono/cors`), so a version pin or a registry prefix does not hide a
// cors() call. Other specifiers are returned unchanged.
func canonicalModule(spec string) string {
	s := strings.TrimSpace(spec)
	for _, p := range []string{"npm:", "jsr:", "node:"} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimPrefix(s[len(p):], "/")
			return packageAlias(stripVersion(s))
		}
	}
	for _, cdn := range cdnPrefixes {
		if strings.HasPrefix(s, cdn) {
			s = s[len(cdn):]
			if i := strings.IndexAny(s, "?#"); i >= 0 {
				s = s[:i] // esm.sh build options: ?target=deno
			}
			return packageAlias(stripVersion(s))
		}
	}
	return s
}

// cdnPrefixes serve npm packages by their package path.
var cdnPrefixes = []string{
	"https://esm.sh/", "https://cdn.skypack.dev/", "https://cdn.jsdelivr.net/npm/", "https://unpkg.com/",
	"https://esm.run/",
}

// packageAliases are packages published under another name on JSR.
var packageAliases = map[string]string{"@hono/hono": "hono"}

// packageAlias maps a JSR package path to its npm name.
func packageAlias(s string) string {
	for from, to := range packageAliases {
		if s == from || strings.HasPrefix(s, from+"/") {
			return to + s[len(from):]
		}
	}
	return s
}

// stripVersion drops the `@version` of a package path: `hono@4/cors` ->
// `hono/cors`, `@koa/cors@5.0.0` -> `@koa/cors`.
func stripVersion(s string) string {
	nameEnd := 0
	if strings.HasPrefix(s, "@") {
		// @scope/name[@version][/sub]
		slash := strings.IndexByte(s, '/')
		if slash < 0 {
			return s
		}
		nameEnd = slash + 1
	}
	rest := s[nameEnd:]
	at := strings.IndexByte(rest, '@')
	slash := strings.IndexByte(rest, '/')
	if at < 0 || slash >= 0 && slash < at {
		return s
	}
	end := len(rest)
	if slash >= 0 {
		end = slash
	}
	return s[:nameEnd] + rest[:at] + rest[end:]
}
