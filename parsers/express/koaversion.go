package express

import (
	"bytes"
	"encoding/json"
	"path"
	"strings"

	"github.com/corslint/corslint/parsers"
)

// The @koa/cors default origin changed in 5.0.0 (semantics.md §3.5: echo
// before, `*` from 5.0.0), so which release an app uses decides what
// `app.use(cors())` means. When the user has not configured the version,
// the nearest package.json that declares the package says it.

// koaPackages are the names @koa/cors was published under (kcors is its
// 1.x/2.x name, with the same echoing default).
var koaPackages = []string{"@koa/cors", "kcors"}

// maxPackageLevels bounds the walk up from a source file to the scan root.
const maxPackageLevels = 32

// koaCorsVersion returns the @koa/cors version declared by the nearest
// package.json above the file (the lowest release its range allows), with
// where it comes from, or "" when none says. Files that do not mention the
// package are not looked at.
func koaCorsVersion(f parsers.File) string {
	if f.Read == nil || !mentionsKoaCors(f.Data) {
		return ""
	}
	dir := path.Dir(f.Path)
	for range maxPackageLevels {
		if v, ok := declaredVersion(f.Read, path.Join(dir, "package.json"), koaPackages); ok {
			if v == "" {
				return ""
			}
			return v + " (from package.json)"
		}
		if dir == "." || dir == "/" || dir == "" {
			return ""
		}
		dir = path.Dir(dir)
	}
	return ""
}

func mentionsKoaCors(src []byte) bool {
	for _, p := range koaPackages {
		if bytes.Contains(src, []byte(p)) {
			return true
		}
	}
	return false
}

// packageJSON holds the dependency tables of a package.json.
type packageJSON struct {
	Dependencies         map[string]string `json:"dependencies"`
	DevDependencies      map[string]string `json:"devDependencies"`
	PeerDependencies     map[string]string `json:"peerDependencies"`
	OptionalDependencies map[string]string `json:"optionalDependencies"`
}

// declaredVersion reads one package.json: ok when it declares the package,
// with the lowest version of its range ("" when the range names none, such
// as `latest` or `workspace:*`).
func declaredVersion(read func(string) ([]byte, error), rel string, names []string) (string, bool) {
	data, err := read(rel)
	if err != nil {
		return "", false // no package.json at this level
	}
	var pj packageJSON
	if json.Unmarshal(data, &pj) != nil {
		return "", false
	}
	for _, name := range names {
		for _, deps := range []map[string]string{pj.Dependencies, pj.DevDependencies, pj.PeerDependencies, pj.OptionalDependencies} {
			if r, ok := deps[name]; ok {
				return lowestVersion(r), true
			}
		}
	}
	return "", false
}

// lowestVersion is the first version a semver range names: `^3.4.3` ->
// 3.4.3, `>=4 <6` -> 4, `~2.0.0 || ^3` -> 2.0.0; "" for tags, paths and
// protocols.
func lowestVersion(r string) string {
	r = strings.TrimSpace(r)
	if i := strings.Index(r, "npm:"); i == 0 {
		// an alias, `npm:@koa/cors@^4.0.0`
		if at := strings.LastIndexByte(r, '@'); at > 4 {
			r = r[at+1:]
		}
	}
	r = strings.TrimLeft(r, "^~>=v ")
	if end := strings.IndexAny(r, " |<"); end >= 0 {
		r = r[:end]
	}
	if r == "" || r[0] < '0' || r[0] > '9' {
		return ""
	}
	return r
}
