package flask

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// flask-cors option names (semantics.md 4.1); app.config keys are these in
// upper case with a CORS_ prefix.
var corsOptions = []string{
	"origins", "methods", "allow_headers", "expose_headers", "supports_credentials",
	"max_age", "send_wildcard", "automatic_options", "vary_header", "resources",
	"intercept_exceptions", "always_send", "allow_private_network",
}

// corsAliases are misspellings seen in real code, mostly other libraries'
// names for the same thing.
var corsAliases = map[string]string{
	"support_credentials": "supports_credentials", "allow_credentials": "supports_credentials",
	"credentials": "supports_credentials", "with_credentials": "supports_credentials",
	"supports_credential": "supports_credentials", "allow_origins": "origins",
	"allowed_origins": "origins", "origin": "origins", "allow_origin": "origins",
	"expose_header": "expose_headers", "exposed_headers": "expose_headers",
	"headers": "allow_headers", "allowed_headers": "allow_headers", "allow_header": "allow_headers",
	"method": "methods", "allow_methods": "methods", "allowed_methods": "methods",
	"maxage": "max_age", "resource": "resources",
}

// configAliases are the same for app.config keys (CORS_HEADERS is from a
// popular tutorial and does nothing).
var configAliases = map[string]string{
	"cors_headers": "CORS_ALLOW_HEADERS", "cors_origin": "CORS_ORIGINS",
	"cors_allow_origins": "CORS_ORIGINS", "cors_allowed_origins": "CORS_ORIGINS",
	"cors_support_credentials": "CORS_SUPPORTS_CREDENTIALS", "cors_allow_credentials": "CORS_SUPPORTS_CREDENTIALS",
	"cors_credentials": "CORS_SUPPORTS_CREDENTIALS", "cors_expose_header": "CORS_EXPOSE_HEADERS",
	"cors_allow_methods": "CORS_METHODS", "cors_resource": "CORS_RESOURCES",
}

func isOption(key string) bool {
	for _, o := range corsOptions {
		if o == key {
			return true
		}
	}
	return false
}

// optSet is the merged option set of one policy, by option name.
type optSet map[string]python.Option

func (o optSet) copy() optSet {
	c := optSet{}
	for k, v := range o {
		c[k] = v
	}
	return c
}

// apply layers opts over o, recording unknown keys as ignored options.
func (o optSet) apply(opts []python.Option, ignored *[]policy.Ignored, where string) {
	for _, op := range opts {
		if isOption(op.Key) {
			o[op.Key] = op
			continue
		}
		*ignored = append(*ignored, policy.Ignored{
			Key:     op.Key,
			Suggest: python.Suggest(op.Key, corsOptions, corsAliases),
			Reason:  fmt.Sprintf("flask-cors ignores unknown %s %q", where, op.Key),
			Span:    op.KeySpan,
		})
	}
}

// configKey maps an app.config key to its option name ("" when it is not one).
func configKey(key string) string {
	if !strings.HasPrefix(key, "CORS_") {
		return ""
	}
	opt := strings.ToLower(strings.TrimPrefix(key, "CORS_"))
	if isOption(opt) {
		return opt
	}
	return ""
}

func configSuggest(key string) string {
	var known []string
	for _, o := range corsOptions {
		known = append(known, "CORS_"+strings.ToUpper(o))
	}
	return python.Suggest(key, known, configAliases)
}
