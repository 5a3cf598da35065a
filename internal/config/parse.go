package config

import (
	"github.com/agnivade/levenshtein"

	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Error is one problem in a config file. Load and Parse return one Error or
// several joined with errors.Join; each prints as `file:line: message`.
type Error struct {
	Path string
	Line int    // 0 when unknown
	Key  string // dotted key, "" for syntax errors
	Msg  string
}

func (e *Error) Error() string {
	loc := e.Path
	if e.Line > 0 {
		loc = fmt.Sprintf("%s:%d", loc, e.Line)
	}
	return loc + ": " + e.Msg
}

// Parse validates config data read from path (used in messages).
func Parse(path string, data []byte, valid func(id string) bool) (*Config, error) {
	if valid == nil {
		valid = KnownID
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Path: path, Line: pe.Position.Line, Msg: "invalid TOML: " + pe.Message}
		}
		return nil, &Error{Path: path, Msg: "invalid TOML: " + err.Error()}
	}
	v := &validator{path: path, lines: locateKeys(string(data)), valid: valid, cfg: Default()}
	v.cfg.Path = path
	v.top(raw)
	if len(v.errs) > 0 {
		// Keys are visited in sorted order; report in file order.
		sort.SliceStable(v.errs, func(i, j int) bool { return v.errs[i].Line < v.errs[j].Line })
		errs := make([]error, len(v.errs))
		for i, e := range v.errs {
			errs[i] = e
		}
		return nil, errors.Join(errs...)
	}
	v.cfg.compile()
	return v.cfg, nil
}

type validator struct {
	path  string
	lines keyLines
	valid func(string) bool
	cfg   *Config
	errs  []*Error
}

func (v *validator) fail(line int, key, format string, args ...any) {
	v.errs = append(v.errs, &Error{Path: v.path, Line: line, Key: key, Msg: fmt.Sprintf(format, args...)})
}

// failAt reports a problem with key (a path of key parts).
func (v *validator) failAt(key []string, format string, args ...any) {
	v.fail(v.lines.line(key, 0), toml.Key(key).String(), format, args...)
}

var topKeys = []string{
	"profile", "enable", "disable", "trusted_domains", "sensitive_headers",
	"dev_paths", "exclude", "max_file_size", "rules", "severity", "ignore",
	"versions",
}

// versionKeys are the libraries whose semantics changed between releases
// that users run (semantics.md); the parsers model the version named here.
var versionKeys = []string{"flask_cors", "django_cors_headers", "koa_cors"}

func (v *validator) top(raw map[string]any) {
	for _, k := range sortedKeys(raw) {
		val := raw[k]
		key := []string{k}
		switch k {
		case "profile":
			s, ok := v.str(key, val)
			if ok && s != ProfileDefault && s != ProfileAudit {
				v.failAt(key, "profile must be %q or %q, not %q", ProfileDefault, ProfileAudit, s)
			} else if ok {
				v.cfg.Profile = s
			}
		case "enable":
			v.cfg.Enable = v.ids(key, val)
		case "disable":
			v.cfg.Disable = v.ids(key, val)
		case "trusted_domains":
			v.cfg.TrustedDomains = v.domains(key, val)
		case "sensitive_headers":
			v.cfg.SensitiveHeaders = v.headers(key, val)
		case "dev_paths":
			v.cfg.DevPaths = v.devPaths(key, val)
		case "exclude":
			v.cfg.Exclude = v.patterns(key, val)
		case "max_file_size":
			n, err := parseSize(val)
			if err != nil {
				v.failAt(key, "max_file_size: %v", err)
			} else {
				v.cfg.MaxFileSize = n
			}
		case "rules":
			v.rules(key, val)
		case "severity":
			v.severity(key, val)
		case "ignore":
			v.ignores(val)
		case "versions":
			v.versions(key, val)
		default:
			v.unknown(key, topKeys)
		}
	}
	for _, id := range v.cfg.Enable {
		for _, d := range v.cfg.Disable {
			if id == d {
				v.failAt([]string{"disable"}, "%s is both enabled and disabled", id)
			}
		}
	}
}

func (v *validator) unknown(key []string, known []string) {
	name := key[len(key)-1]
	msg := fmt.Sprintf("unknown key %q", toml.Key(key).String())
	if s := suggest(name, known); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	} else {
		msg += fmt.Sprintf(" (known keys: %s)", strings.Join(known, ", "))
	}
	v.failAt(key, "%s", msg)
}

func (v *validator) str(key []string, val any) (string, bool) {
	s, ok := val.(string)
	if !ok {
		v.failAt(key, "%s must be a string, not %s", toml.Key(key), typeName(val))
	}
	return s, ok
}

func (v *validator) stringList(key []string, val any) ([]string, bool) {
	arr, ok := val.([]any)
	if !ok {
		v.failAt(key, "%s must be an array of strings, not %s", toml.Key(key), typeName(val))
		return nil, false
	}
	out := make([]string, 0, len(arr))
	for i, e := range arr {
		s, ok := e.(string)
		if !ok {
			v.failAt(key, "%s[%d] must be a string, not %s", toml.Key(key), i, typeName(e))
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

func (v *validator) ids(key []string, val any) []string {
	list, ok := v.stringList(key, val)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		id := strings.ToUpper(strings.TrimSpace(s))
		if !v.valid(id) {
			v.failAt(key, "%s: unknown rule ID %q", toml.Key(key), s)
			continue
		}
		out = append(out, id)
	}
	return out
}

func (v *validator) domains(key []string, val any) []string {
	list, ok := v.stringList(key, val)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		d := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), ".")
		if !isDomain(d) {
			v.failAt(key, "trusted_domains: %q is not a domain; write a registrable domain such as \"example.com\" (no scheme, port, path or wildcard)", s)
			continue
		}
		out = append(out, d)
	}
	return out
}

func isDomain(d string) bool {
	if d == "" || len(d) > 253 {
		return false
	}
	for _, label := range strings.Split(d, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !isLabelByte(c) {
				return false
			}
		}
	}
	return true
}

// isLabelByte: a byte of a lower-cased DNS label (`_` appears in real names).
func isLabelByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
}

func (v *validator) headers(key []string, val any) []string {
	list, ok := v.stringList(key, val)
	if !ok {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		h := strings.TrimSpace(s)
		if !isToken(h) {
			v.failAt(key, "sensitive_headers: %q is not a header name", s)
			continue
		}
		out = append(out, h)
	}
	return out
}

// isToken: an HTTP field name (RFC 9110 token).
func isToken(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isTokenByte(c) {
			return false
		}
	}
	return true
}

func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

func (v *validator) devPaths(key []string, val any) []string {
	list, ok := v.stringList(key, val)
	if !ok {
		return DefaultDevPaths()
	}
	out := make([]string, 0, len(list))
	for _, s := range list {
		if len(words(s)) == 0 {
			v.failAt(key, "dev_paths: %q has no letters or digits", s)
			continue
		}
		out = append(out, s)
	}
	return out
}

func (v *validator) patterns(key []string, val any) []string {
	list, ok := v.stringList(key, val)
	if !ok {
		return nil
	}
	for _, s := range list {
		if strings.TrimSpace(s) == "" {
			v.failAt(key, "%s: empty pattern", toml.Key(key))
			return nil
		}
	}
	return list
}

func (v *validator) rules(key []string, val any) {
	tbl, ok := val.(map[string]any)
	if !ok {
		v.failAt(key, "rules must be a table such as [rules.CORS012], not %s", typeName(val))
		return
	}
	for _, id := range sortedKeys(tbl) {
		idKey := []string{"rules", id}
		if !v.valid(id) {
			v.failAt(idKey, "rules: unknown rule ID %q", id)
			continue
		}
		opts, ok := tbl[id].(map[string]any)
		if !ok {
			v.failAt(idKey, "rules.%s must be a table, not %s", id, typeName(tbl[id]))
			continue
		}
		for _, name := range sortedKeys(opts) {
			optKey := []string{"rules", id, name}
			switch {
			case id == "CORS012" && name == "max_age":
				n, ok := opts[name].(int64)
				if !ok || n < 0 {
					v.failAt(optKey, "rules.CORS012.max_age must be a whole number of seconds >= 0")
					continue
				}
				v.cfg.MaxAge = n
			case id == "CORS012":
				v.unknown(optKey, []string{"max_age"})
			default:
				v.failAt(optKey, "unknown key %q: rule %s has no options (only CORS012 takes max_age)", toml.Key(optKey).String(), id)
			}
		}
	}
}

var severities = []string{"critical", "high", "medium", "low"}

func (v *validator) severity(key []string, val any) {
	tbl, ok := val.(map[string]any)
	if !ok {
		v.failAt(key, "severity must be a table, not %s", typeName(val))
		return
	}
	for _, id := range sortedKeys(tbl) {
		idKey := []string{"severity", id}
		if !v.valid(id) {
			v.failAt(idKey, "severity: unknown rule ID %q", id)
			continue
		}
		s, ok := v.str(idKey, tbl[id])
		if !ok {
			continue
		}
		norm := strings.ToLower(strings.TrimSpace(s))
		if !contains(severities, norm) {
			v.failAt(idKey, "severity.%s: %q is not one of %s", id, s, strings.Join(severities, ", "))
			continue
		}
		v.cfg.Severity[id] = norm
	}
}

var ignoreKeys = []string{"path", "rules", "reason"}

func (v *validator) ignores(val any) {
	list, ok := tables(val)
	if !ok {
		v.failAt([]string{"ignore"}, "ignore must be an array of tables ([[ignore]]), not %s", typeName(val))
		return
	}
	for n, tbl := range list {
		header := v.lines.line([]string{"ignore"}, n)
		at := func(k string) int { return v.lines.within("ignore", n, []string{k}) }
		ig := Ignore{Line: header}
		for _, k := range sortedKeys(tbl) {
			key := []string{"ignore", k}
			switch k {
			case "path":
				if s, ok := tbl[k].(string); ok && strings.TrimSpace(s) != "" {
					ig.Path = s
				} else {
					v.fail(at(k), "ignore.path", "ignore.path must be a non-empty string")
				}
			case "rules":
				ids, ok := tbl[k].([]any)
				if !ok {
					v.fail(at(k), "ignore.rules", "ignore.rules must be an array of rule IDs, not %s", typeName(tbl[k]))
					continue
				}
				for _, e := range ids {
					s, _ := e.(string)
					id := strings.ToUpper(strings.TrimSpace(s))
					if !v.valid(id) {
						v.fail(at(k), "ignore.rules", "ignore.rules: unknown rule ID %v", quoteAny(e))
						continue
					}
					ig.Rules = append(ig.Rules, id)
				}
			case "reason":
				if s, ok := tbl[k].(string); ok {
					ig.Reason = strings.TrimSpace(s)
				} else {
					v.fail(at(k), "ignore.reason", "ignore.reason must be a string, not %s", typeName(tbl[k]))
				}
			default:
				msg := fmt.Sprintf("unknown key %q", toml.Key(key).String())
				if s := suggest(k, ignoreKeys); s != "" {
					msg += fmt.Sprintf(" (did you mean %q?)", s)
				}
				v.fail(at(k), toml.Key(key).String(), "%s", msg)
			}
		}
		if _, ok := tbl["path"]; !ok {
			v.fail(header, "ignore.path", `[[ignore]] needs a path pattern (path = "config/legacy/*.json")`)
		}
		if r, ok := tbl["rules"]; !ok || isEmptyList(r) {
			v.fail(header, "ignore.rules", `[[ignore]] needs the rule IDs it ignores (rules = ["CORS008"]); there is no blanket ignore`)
		}
		if _, isString := tbl["reason"].(string); ig.Reason == "" && (isString || tbl["reason"] == nil) {
			v.fail(header, "ignore.reason", `[[ignore]] needs a reason (reason = "why this is acceptable")`)
		}
		v.cfg.Ignores = append(v.cfg.Ignores, ig)
	}
}

// tables accepts `[[ignore]]` and the inline form `ignore = [{...}]`.
func tables(v any) ([]map[string]any, bool) {
	switch t := v.(type) {
	case []map[string]any:
		return t, true
	case []any:
		out := make([]map[string]any, 0, len(t))
		for _, e := range t {
			m, ok := e.(map[string]any)
			if !ok {
				return nil, false
			}
			out = append(out, m)
		}
		return out, true
	}
	return nil, false
}

func isEmptyList(v any) bool {
	l, ok := v.([]any)
	return ok && len(l) == 0
}

func quoteAny(v any) string {
	if s, ok := v.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprintf("%v", v)
}

func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	case []map[string]any:
		return "an array of tables"
	}
	return fmt.Sprintf("a %T", v)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// suggest returns the known key closest to name when it is a likely typo.
func suggest(name string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if d := levenshtein.ComputeDistance(name, k); d < bestD {
			best, bestD = k, d
		}
	}
	return best
}

// versions reads `[versions]`: library = "MAJOR.MINOR.PATCH".
func (v *validator) versions(key []string, val any) {
	tbl, ok := val.(map[string]any)
	if !ok {
		v.failAt(key, "versions must be a table of library = \"version\"")
		return
	}
	for _, lib := range sortedKeys(tbl) {
		k := append(append([]string(nil), key...), lib)
		known := false
		for _, vk := range versionKeys {
			known = known || vk == lib
		}
		if !known {
			v.unknown(k, versionKeys)
			continue
		}
		s, ok := v.str(k, tbl[lib])
		if !ok {
			continue
		}
		if !validVersion(s) {
			v.failAt(k, "%s: %q is not a version like \"3.0.10\"", lib, s)
			continue
		}
		v.cfg.Versions[lib] = s
	}
}

func validVersion(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) == 0 || len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		if p == "" || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}
