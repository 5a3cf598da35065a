package config

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsDevPath reports whether rel (root-relative, forward slashes) is a
// development file (rules.md, decisions: development origins), where local
// origins are expected and CORS007 stays quiet.
//
// The path is cut into words at `/ . _ -` (and any other non-alphanumeric
// byte), at camelCase humps and at letter/digit changes, and compared in
// lower case. A marker matches a whole word or, for a plural folder such as
// `tests/`, the word plus "s"; a marker of several words ("e2e-env") must
// appear as consecutive words. So `settings/dev.py`, `config/development.json`,
// `local.settings.json`, `test/`, `__tests__/`, `devServer.js` and
// `.env.development` are development files, while `latest.conf`,
// `contest/`, `devops/` and `localhost.conf` are not.
//
// `docker-compose.override.yml` (and `compose.override.yaml`) counts as
// development as well: Compose applies the override file automatically, which
// is the documented place for local development settings.
func (c *Config) IsDevPath(rel string) bool {
	ws := words(rel)
	for _, m := range c.dev {
		if hasRun(ws, m) {
			return true
		}
	}
	base := strings.ToLower(path.Base(rel))
	if strings.HasPrefix(base, "docker-compose.override.") || strings.HasPrefix(base, "compose.override.") {
		return true
	}
	return false
}

// hasRun reports whether marker appears as consecutive words of ws; the last
// marker word may carry a plural "s".
func hasRun(ws, marker []string) bool {
	last := len(marker) - 1
	for i := 0; i+len(marker) <= len(ws); i++ {
		ok := true
		for j, m := range marker {
			w := ws[i+j]
			if w != m && (j != last || w != m+"s") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// words splits s into lower-case alphanumeric words (see IsDevPath).
func words(s string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(s)
	for i, r := range runes {
		if r == utf8.RuneError || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 {
			prev := cur[len(cur)-1]
			hump := unicode.IsLower(prev) && unicode.IsUpper(r)
			// The last capital of an acronym starts a new word: APIDev.
			acronym := unicode.IsUpper(prev) && unicode.IsUpper(r) && i+1 < len(runes) && unicode.IsLower(runes[i+1])
			digits := unicode.IsDigit(prev) != unicode.IsDigit(r)
			if hump || acronym || digits {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

// Excluded reports whether rel matches an `exclude` pattern. A directory's
// rel ends with "/" (walk.Options.Excluded uses the same convention).
func (c *Config) Excluded(rel string) bool {
	isDir := strings.HasSuffix(rel, "/")
	return c.exclude.Match(strings.TrimSuffix(rel, "/"), isDir)
}

// Ignored reports whether an `[[ignore]]` entry covers rule ruleID in file rel.
func (c *Config) Ignored(rel, ruleID string) bool {
	_, ok := c.IgnoreFor(rel, ruleID)
	return ok
}

// IgnoreFor returns the first `[[ignore]]` entry covering ruleID in rel, for
// its reason (SARIF suppression justification) and line.
func (c *Config) IgnoreFor(rel, ruleID string) (Ignore, bool) {
	for _, ig := range c.Ignores {
		if !contains(ig.Rules, ruleID) {
			continue
		}
		if ig.match.Match(rel, false) {
			return ig, true
		}
	}
	return Ignore{}, false
}
