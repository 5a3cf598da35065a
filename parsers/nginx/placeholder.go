package nginx

import (
	"regexp"
	"strings"
)

// Template placeholders inside origin patterns. nginx never expands
// variables in an `if` regex or a map key, so `$NAME` or `${NAME}` there can
// only be a placeholder that envsubst (or a Helm/Jinja tag, rewritten to a
// `$_...` variable by template.go) fills before nginx reads the file. As
// written, PCRE reads it as an end anchor followed by text, a pattern that
// accepts nothing, and every known part of it would go unjudged. rules.md
// (decisions, template placeholders) says to judge what is known:
// `^https://[a-z0-9-]+\.${BASE_DOMAIN}$` still trusts every subdomain. So the
// placeholder becomes a stand-in host named after it, with its dots escaped:
// the surrounding pattern decides, and nothing is claimed about the unknown
// value itself (an unescaped dot in it would be a guess).

// patternPlaceholder is `${name}`, or a bare `$NAME` written the envsubst
// way (no lower-case letter) or left by template.go (`$__Values_domain_`).
var patternPlaceholder = regexp.MustCompile(`\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Z_][A-Z0-9_]*)\b|\$(_[A-Za-z0-9_]*)`)

// standInPlaceholders replaces the placeholders of a regex with escaped
// stand-in hosts (`${BASE_DOMAIN}` -> `base-domain\.example`).
func standInPlaceholders(pattern string) string { return standIn(pattern, `\.example`) }

// standInKey is standInPlaceholders for an exact map key, which nginx
// compares as a plain string (`https://${APP_HOST}` ->
// `https://app-host.example`). ok is false when the key is nothing but
// placeholders (`{{ origin }}`, `${ALLOWED_ORIGIN}`): then nothing about it
// is known, and it must not be judged as an origin (rules.md decisions,
// template placeholders).
func standInKey(key string) (string, bool) {
	if strings.TrimSpace(patternPlaceholder.ReplaceAllString(key, "")) == "" {
		return "", false
	}
	return standIn(key, ".example"), true
}

func standIn(pattern, suffix string) string {
	if !strings.Contains(pattern, "$") {
		return pattern
	}
	return patternPlaceholder.ReplaceAllStringFunc(pattern, func(m string) string {
		sub := patternPlaceholder.FindStringSubmatch(m)
		name := sub[1] + sub[2] + sub[3]
		label := strings.Trim(strings.ToLower(strings.ReplaceAll(name, "_", "-")), "-")
		for strings.Contains(label, "--") {
			label = strings.ReplaceAll(label, "--", "-")
		}
		if label == "" {
			label = "placeholder"
		}
		return label + suffix
	})
}
