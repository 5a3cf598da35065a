package express

import (
	"path"
	"strings"

	"github.com/corslint/corslint/parsers"
)

// node-config (the `config` package) reads config/default.* and then merges
// the files of the deployment (production.json, staging.json, local.json,
// local-production.json, a host name) over it, key by key. Such an overlay
// often holds only the options that differ: a `cors` object without
// `origin` keeps the origin of the base file, not the cors package's
// default `*`. custom-environment-variables.json maps keys to the names of
// environment variables; its strings are not values at all.

// configBaseNames are the file names node-config reads first.
var configBaseNames = []string{
	"default.json", "default.json5", "default.hjson", "default.yaml", "default.yml", "default.js", "default.cjs",
	"default.mjs", "default.ts", "default.toml", "default.properties", "default.xml",
}

// nodeConfigRole classifies a JSON file of a node-config directory: "env"
// for custom-environment-variables.json, the root-relative path of the base
// file for an overlay merged over it, "" otherwise (not in a config
// directory, the base file itself, or no base file beside it).
func nodeConfigRole(f parsers.File) string {
	dir, base := path.Split(f.Path)
	dir = strings.TrimSuffix(dir, "/")
	if path.Base(dir) != "config" {
		return ""
	}
	name := strings.ToLower(strings.TrimSuffix(base, path.Ext(base)))
	if name == "custom-environment-variables" {
		return "env"
	}
	if name == "default" || f.Read == nil {
		return ""
	}
	for _, b := range configBaseNames {
		rel := path.Join(dir, b)
		if _, err := f.Read(rel); err == nil {
			return rel
		}
	}
	return ""
}
