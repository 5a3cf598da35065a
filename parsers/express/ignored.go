package express

import (
	"github.com/agnivade/levenshtein"

	"fmt"
	"strings"
)

// knownOptions are the option keys cors 2.8.6 reads (semantics.md §3.1);
// `headers` is the package's alias of allowedHeaders.
var knownOptions = map[string]bool{
	"origin": true, "credentials": true, "methods": true, "allowedHeaders": true, "headers": true,
	"exposedHeaders": true, "maxAge": true, "preflightContinue": true, "optionsSuccessStatus": true,
}

// aliases maps the normalised spelling (see normalize) of keys people write
// by mistake to the option they meant: header names, other frameworks'
// option names, singular/plural and case slips. "" means cors has no such
// option at all.
var aliases = map[string]string{
	"origin": "origin", "origins": "origin", "alloworigin": "origin", "alloworigins": "origin",
	"allowedorigin": "origin", "allowedorigins": "origin", "accesscontrolalloworigin": "origin",
	"corsorigin": "origin", "corsorigins": "origin",

	"credentials": "credentials", "credential": "credentials", "allowcredentials": "credentials",
	"allowcredential": "credentials", "withcredentials": "credentials", "supportscredentials": "credentials",
	"supportcredentials": "credentials", "accesscontrolallowcredentials": "credentials",

	"methods": "methods", "method": "methods", "allowmethods": "methods", "allowmethod": "methods",
	"allowedmethods": "methods", "accesscontrolallowmethods": "methods",

	"allowedheaders": "allowedHeaders", "allowedheader": "allowedHeaders", "allowheaders": "allowedHeaders",
	"allowheader": "allowedHeaders", "accesscontrolallowheaders": "allowedHeaders",
	"allowedrequestheaders": "allowedHeaders",

	"exposedheaders": "exposedHeaders", "exposedheader": "exposedHeaders", "exposeheaders": "exposedHeaders",
	"exposeheader": "exposedHeaders", "accesscontrolexposeheaders": "exposedHeaders",

	"headers": "allowedHeaders",

	"maxage": "maxAge", "accesscontrolmaxage": "maxAge", "preflightmaxage": "maxAge",

	"preflightcontinue": "preflightContinue", "optionssuccessstatus": "optionsSuccessStatus",

	"accesscontrolallowprivatenetwork": "", "allowprivatenetwork": "", "privatenetworkaccess": "",
}

// normalize folds case and drops the separators that distinguish camelCase,
// snake_case and header spellings.
func normalize(k string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(k) {
		if r != '-' && r != '_' && r != ' ' && r != '.' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// suggested is the verdict on an unknown key.
type suggested struct {
	matched bool   // the key looks like a cors option
	option  string // the option meant ("" when cors has none)
}

// suggestion says which option an unknown key was meant to be: from the alias
// table, or a close misspelling of an option name (edit distance 1, or 2 for
// names of 6 letters or more: a dropped, added or swapped letter).
func suggestion(key string) suggested { return suggestionIn(key, knownOptions, nil) }

// suggestionIn is suggestion for a library with the option set known;
// rename maps the cors option names of the alias table to that library's
// names ("" when it has no such option).
func suggestionIn(key string, known map[string]bool, rename map[string]string) suggested {
	if known[key] {
		return suggested{}
	}
	norm := normalize(key)
	if opt, ok := aliases[norm]; ok {
		if r, ok := rename[opt]; ok {
			opt = r
		}
		return suggested{matched: true, option: opt}
	}
	best, bestDist := "", 3
	for opt := range known {
		limit := 1
		if len(opt) >= 6 {
			limit = 2
		}
		if d := levenshtein.ComputeDistance(norm, strings.ToLower(opt)); d <= limit && (d < bestDist || d == bestDist && opt < best) {
			best, bestDist = opt, d
		}
	}
	if best == "" {
		return suggested{}
	}
	return suggested{matched: true, option: best}
}

// ignoredKeyReason explains why the library ignores key.
func ignoredKeyReason(lib, key string, s suggested) string {
	switch {
	case strings.HasPrefix(strings.ToLower(key), "access-control-"):
		if s.option == "" {
			return fmt.Sprintf("%q is a response header name, not a cors option, and %s has no equivalent option; it is ignored", key, lib)
		}
		return fmt.Sprintf("%q is a response header name, not a cors option; %s ignores it (the option is %q)", key, lib, s.option)
	case s.option == "":
		return fmt.Sprintf("%s has no option %q; it is ignored", lib, key)
	}
	return fmt.Sprintf("%s has no option %q (the option is %q); it is ignored", lib, key, s.option)
}
