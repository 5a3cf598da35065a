// Package django reads django-cors-headers settings from a parsed Python
// settings module (settings.py or a split settings/*.py) and translates them
// with the library's semantics (semantics.md 4.3). It builds policies and
// never judges them.
package django

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// Version is the django-cors-headers release semantics.md 4.3 describes:
// the current 4.x series. It is modelled unless a caller asks for another
// release (ExtractVersion).
const Version = "4.x"

const middleware = "corsheaders.middleware.CorsMiddleware"

// settings lists every setting django-cors-headers reads; the old names
// (before 3.5.0) are still read when the new one is absent.
var settings = []string{
	"CORS_ALLOWED_ORIGINS", "CORS_ORIGIN_WHITELIST", "CORS_ALLOWED_ORIGIN_REGEXES",
	"CORS_ORIGIN_REGEX_WHITELIST", "CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL",
	"CORS_ALLOW_CREDENTIALS", "CORS_ALLOW_METHODS", "CORS_ALLOW_HEADERS", "CORS_EXPOSE_HEADERS",
	"CORS_PREFLIGHT_MAX_AGE", "CORS_ALLOW_PRIVATE_NETWORK", "CORS_URLS_REGEX",
}

// removed settings are read no more.
var removed = map[string]string{
	"CORS_MODEL":                 "CORS_MODEL was removed in django-cors-headers 3.0.0 and is ignored",
	"CORS_REPLACE_HTTPS_REFERER": "CORS_REPLACE_HTTPS_REFERER was removed in django-cors-headers 4.0.0 and is ignored",
}

var aliases = map[string]string{
	"cors_origins": "CORS_ALLOWED_ORIGINS", "cors_allow_origins": "CORS_ALLOWED_ORIGINS",
	"cors_allowed_origin": "CORS_ALLOWED_ORIGINS", "cors_origin_allow_list": "CORS_ALLOWED_ORIGINS",
	"cors_origins_whitelist": "CORS_ORIGIN_WHITELIST", "cors_supports_credentials": "CORS_ALLOW_CREDENTIALS",
	"cors_allowed_credentials": "CORS_ALLOW_CREDENTIALS", "cors_max_age": "CORS_PREFLIGHT_MAX_AGE",
	"cors_allowed_headers": "CORS_ALLOW_HEADERS", "cors_allowed_methods": "CORS_ALLOW_METHODS",
	"cors_expose_header": "CORS_EXPOSE_HEADERS", "cors_exposed_headers": "CORS_EXPOSE_HEADERS",
	"cors_allow_all_origin": "CORS_ALLOW_ALL_ORIGINS", "cors_allow_all": "CORS_ALLOW_ALL_ORIGINS",
}

// flaskKeys mark a Flask config module, not Django settings.
var flaskKeys = map[string]bool{"CORS_ORIGINS": true, "CORS_SUPPORTS_CREDENTIALS": true, "CORS_RESOURCES": true, "CORS_SEND_WILDCARD": true}

// originSettings are the settings that decide which origins are allowed,
// old names included.
var originSettings = []string{"CORS_ALLOWED_ORIGINS", "CORS_ORIGIN_WHITELIST", "CORS_ALLOWED_ORIGIN_REGEXES",
	"CORS_ORIGIN_REGEX_WHITELIST", "CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"}

var defaultMethods = []string{"DELETE", "GET", "OPTIONS", "PATCH", "POST", "PUT"}
var defaultHeaders = []string{"accept", "authorization", "content-type", "user-agent", "x-csrftoken", "x-requested-with"}

// defaultHeaders3 is CORS_ALLOW_HEADERS' default before 4.0.0, which dropped
// accept-encoding, dnt and origin (semantics.md 4.3; proven against 3.14.0 by
// conformance/python).
var defaultHeaders3 = []string{"accept", "accept-encoding", "authorization", "content-type", "dnt", "origin", "user-agent", "x-csrftoken", "x-requested-with"}

func isSetting(name string) bool {
	for _, s := range settings {
		if s == name {
			return true
		}
	}
	return false
}

// Extract returns the django-cors-headers policy of a settings module (and a
// second, development one when settings change under `if DEBUG:`), or nil
// when the file is not one.
func Extract(m *python.Module) []policy.Policy {
	return ExtractVersion(m, Version)
}

// ExtractVersion is Extract with the semantics of one django-cors-headers
// release ("" means Version). Releases before 4.0.0 have the longer default
// header list and no private-network setting; before 4.3.0
// Allow-Credentials is sent on every response to a request with an Origin,
// accepted or not.
func ExtractVersion(m *python.Module, version string) []policy.Policy {
	return ExtractSplit(m, version, nil)
}

// ExtractSplit is ExtractVersion for a settings module that star-imports
// others (`from .base import *`, resolved by the caller, in import order):
// a setting m does not assign keeps the value the imported module gives it,
// as at run time. What enables CORS is still judged in m alone (rules.md,
// "Defaults count").
func ExtractSplit(m *python.Module, version string, imported []*python.Module) []policy.Policy {
	if version == "" {
		version = Version
	}
	top := m.Top()
	enable, ok := enableSpan(m)
	if !ok {
		return nil
	}
	if _, own := middlewareEntry(m); !own {
		// A split module: the middleware entry, or the MIDDLEWARE list
		// without it, may come with what it star-imports.
		for i := len(imported) - 1; i >= 0; i-- {
			if mw, listed := middlewareEntry(imported[i]); mw != nil {
				enable = imported[i].Span(mw)
				break
			} else if listed {
				return nil
			}
		}
	}
	prod := build(m, imported, enable, false, version)
	out := []policy.Policy{prod}
	for _, name := range settings {
		if top.HasDevBinding(name) {
			dev := build(m, imported, enable, true, version)
			dev.Dev = true
			dev.Ignored = nil
			out = append(out, dev)
			break
		}
	}
	return out
}

// enableSpan finds what turns CORS on in this file: the CorsMiddleware
// entry; or, in a split settings module without MIDDLEWARE, the first
// CORS_* setting (rules.md, "Defaults count").
func enableSpan(m *python.Module) (policy.Span, bool) {
	top := m.Top()
	mw, listed := middlewareEntry(m)
	if mw != nil {
		return m.Span(mw), true
	}
	if listed {
		// This file lists the middleware and CorsMiddleware is not among them:
		// the settings do nothing.
		return policy.Span{}, false
	}
	var app *python.Node
	m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if n.Type == "string" {
			if v := m.Eval(top, n); v.Kind == python.Str && (v.Str == "corsheaders" || v.Str == "corsheaders.apps.CorsHeadersAppConfig") && app == nil {
				app = n
			}
			return false
		}
		return true
	})
	var first *python.Node
	flaskish := false
	for _, name := range top.Names() {
		if flaskKeys[name] {
			flaskish = true
		}
		if first == nil && isSetting(name) {
			first = top.Targets(name)[0]
		}
	}
	if app == nil {
		for _, q := range m.Imports {
			root := strings.Split(q, ".")[0]
			if root == "flask" || root == "flask_cors" || root == "fastapi" || root == "starlette" {
				flaskish = true
			}
		}
	}
	if first == nil || (flaskish && app == nil) {
		return policy.Span{}, false
	}
	return m.Span(first), true
}

// middlewareEntry finds the CorsMiddleware string in m; listed reports
// whether m assigns a middleware list at all.
func middlewareEntry(m *python.Module) (mw *python.Node, listed bool) {
	top := m.Top()
	m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if n.Type == "string" {
			if v := m.Eval(top, n); v.Kind == python.Str && v.Str == middleware && mw == nil {
				mw = n
			}
			return false
		}
		return true
	})
	listed = len(top.Targets("MIDDLEWARE")) > 0 || len(top.Targets("MIDDLEWARE_CLASSES")) > 0
	return mw, listed
}

func build(m *python.Module, imported []*python.Module, enable policy.Span, dev bool, version string) policy.Policy {
	top := m.Top()
	before4 := versionBefore(version, "4.0.0")
	p := policy.Policy{
		Framework: "django-cors-headers", Version: version, Scope: "all URLs", Span: enable,
		// The middleware adds headers to every response it sees, errors too.
		OnErrors:        true,
		PreflightStatus: 200,
		Vary:            policy.Vary{Origin: policy.VaryAlways},
	}
	get := func(names ...string) (python.Value, bool) {
		for _, n := range names {
			if v, ok := m.Lookup(top, n, dev); ok {
				return v, true
			}
			// The last star import that assigns the name wins.
			for i := len(imported) - 1; i >= 0; i-- {
				if v, ok := imported[i].Lookup(imported[i].Top(), n, dev); ok {
					return v, true
				}
			}
		}
		return python.Value{}, false
	}
	if v, ok := get("CORS_ALLOW_CREDENTIALS"); ok {
		if t, known := v.Truthy(); known {
			// Before 4.3.0 the header went out before the origin check.
			p.Credentials = policy.Credentials{Set: true, Always: versionBefore(version, "4.3.0"), Span: v.Span}
			if t {
				p.Credentials.Value = "true"
			}
		}
	}
	buildOrigins(&p, get)
	p.AllowMethods = policy.List{Mode: policy.ListValues, Values: defaultMethods, Default: true, Span: enable}
	if v, ok := get("CORS_ALLOW_METHODS"); ok {
		if l, ok := python.HeaderList(v); ok {
			l.Raw = ""
			p.AllowMethods = l
		}
	}
	headers := defaultHeaders
	if before4 {
		headers = defaultHeaders3
	}
	p.AllowHeaders = policy.List{Mode: policy.ListValues, Values: headers, Default: true, Span: enable}
	if v, ok := get("CORS_ALLOW_HEADERS"); ok {
		if l, ok := python.HeaderList(v); ok {
			l.Raw = ""
			p.AllowHeaders = l
		}
	}
	if v, ok := get("CORS_EXPOSE_HEADERS"); ok {
		if l, ok := python.HeaderList(v); ok && len(l.Values) > 0 {
			l.Raw = ""
			p.ExposeHeaders = l
		}
	}
	p.MaxAge = policy.MaxAge{Set: true, Seconds: 86400, Default: true, Span: enable}
	if v, ok := get("CORS_PREFLIGHT_MAX_AGE"); ok {
		if t, known := v.Truthy(); known && !t {
			p.MaxAge = policy.MaxAge{Span: v.Span} // falsy: no Max-Age sent
		} else if ma, ok := python.MaxAge(v); ok {
			p.MaxAge = ma
		} else {
			// Set to something corslint cannot evaluate: the default does
			// not apply, and nothing is known.
			p.MaxAge = policy.MaxAge{Span: v.Span}
		}
	}
	if _, decided := get(originSettings...); !decided && p.MaxAge.Default {
		// No origin setting at all: nothing is allowed and the middleware
		// returns before it adds Max-Age (semantics.md 4.3), so the one-day
		// default is never sent from here. A base.py holding only MIDDLEWARE
		// is not where it is decided; the module that sets the origins
		// reports it. A list read from the environment, even one whose
		// fallback is empty, does decide.
		p.MaxAge = policy.MaxAge{}
	}
	if v, ok := get("CORS_ALLOW_PRIVATE_NETWORK"); ok && !before4 {
		if t, known := v.Truthy(); known {
			p.PrivateNetwork = policy.PrivateNetwork{Allowed: t, OnlyWhenRequested: true, Span: v.Span}
		}
	}
	if v, ok := get("CORS_URLS_REGEX"); ok {
		switch v.Kind {
		case python.Str, python.Regex:
			p.Scope = "URLs matching " + v.Str
		default:
			p.Scope = "URLs matching CORS_URLS_REGEX"
		}
	}
	p.Ignored = ignored(m, top, before4)
	return p
}

// versionBefore reports whether release v is older than ref. A part that is
// not a number ("4.x") stands for the newest release of its series.
func versionBefore(v, ref string) bool {
	vs, rs := strings.Split(v, "."), strings.Split(ref, ".")
	for i := 0; i < len(vs) || i < len(rs); i++ {
		a, b := 0, 0
		if i < len(vs) {
			n, err := strconv.Atoi(vs[i])
			if err != nil {
				return false
			}
			a = n
		}
		if i < len(rs) {
			b, _ = strconv.Atoi(rs[i])
		}
		if a != b {
			return a < b
		}
	}
	return false
}

func buildOrigins(p *policy.Policy, get func(...string) (python.Value, bool)) {
	if v, ok := get("CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"); ok {
		t, known := v.Truthy()
		switch {
		case !known:
			p.Origins = policy.Origins{Kind: policy.OriginUnknown, Note: v.Note, Span: v.Span, EnvFallback: v.EnvVar}
			return
		case t:
			// `*` only without credentials; otherwise the origin is echoed.
			emit := policy.EmitWildcard
			if p.Credentials.Value == "true" {
				emit = policy.EmitOrigin
			}
			p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: emit, Span: v.Span, EnvFallback: v.EnvVar}
			return
		}
	}
	var ms []policy.Matcher
	span := p.Span
	// A list that cannot be read only adds origins: the regexes are still
	// judged on their own, and without them nothing is known.
	var unknownList *python.Value
	if v, ok := get("CORS_ALLOWED_ORIGINS", "CORS_ORIGIN_WHITELIST"); ok {
		items, ok := v.Strings()
		if !ok {
			unknownList = &v
		} else {
			span = v.Span
			for _, it := range items {
				ms = append(ms, exact(it))
			}
		}
	}
	if v, ok := get("CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ORIGIN_REGEX_WHITELIST"); ok {
		items := []python.Value{v}
		if v.Kind == python.List {
			items = v.Items
		}
		var rs []policy.Matcher
		for _, it := range items {
			if it.Kind != python.Str && it.Kind != python.Regex {
				rs = nil
				unknownList = &it
				break
			}
			// re.match: anchored at the start only, case-sensitive.
			rs = append(rs, policy.Matcher{Kind: policy.MatchRegex, Value: it.Str, Dialect: policy.DialectPython,
				Mode: policy.ModePrefix, IgnoreCase: it.IgnoreCase, Dev: it.Dev, EnvFallback: it.EnvVar, Span: it.Span})
		}
		if v.Partial {
			unknownList = &v
		}
		if len(ms) == 0 && len(rs) > 0 {
			span = v.Span
		}
		ms = append(ms, rs...)
	}
	if len(ms) == 0 && unknownList != nil {
		p.Origins = unknown(*unknownList)
		return
	}
	if len(ms) == 0 {
		p.Origins = policy.Origins{Kind: policy.OriginNone, Default: true, DefaultNote: "django-cors-headers allows no origin by default", Span: span}
		return
	}
	p.Origins = policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: ms, Span: span}
}

// exact compares like django-cors-headers: urlsplit scheme (lower-cased)
// and netloc as written; a path is not compared.
func exact(it python.Value) policy.Matcher {
	m := policy.Matcher{Kind: policy.MatchExact, Value: it.Str, Dev: it.Dev, EnvFallback: it.EnvVar, Span: it.Span}
	if it.Str == "null" {
		m.Kind = policy.MatchNull
		return m
	}
	if scheme, rest, ok := strings.Cut(it.Str, "://"); ok {
		netloc := rest
		if i := strings.IndexAny(rest, "/?#"); i >= 0 {
			netloc = rest[:i]
		}
		m.Value = strings.ToLower(scheme) + "://" + netloc
	}
	return m
}

func unknown(v python.Value) policy.Origins {
	note := v.Note
	if note == "" {
		note = "allowed origins cannot be evaluated statically"
	}
	return policy.Origins{Kind: policy.OriginUnknown, Note: note, Span: v.Span, EnvFallback: v.EnvVar}
}

// ignored reports CORS_* settings the library does not read, unless the
// name is used elsewhere in the file (then it is a helper constant).
func ignored(m *python.Module, top *python.Scope, before4 bool) []policy.Ignored {
	var out []policy.Ignored
	for _, name := range top.Names() {
		if !strings.HasPrefix(name, "CORS_") || usedElsewhere(m, name) {
			continue
		}
		switch {
		case before4 && name == "CORS_REPLACE_HTTPS_REFERER":
			continue // still read before 4.0.0
		case before4 && name == "CORS_ALLOW_PRIVATE_NETWORK":
			out = append(out, policy.Ignored{Key: name, Span: m.Span(top.Targets(name)[0]),
				Reason: "CORS_ALLOW_PRIVATE_NETWORK is only read from django-cors-headers 4.0.0"})
			continue
		case isSetting(name):
			continue
		}
		ig := policy.Ignored{Key: name, Span: m.Span(top.Targets(name)[0])}
		if r, ok := removed[name]; ok {
			ig.Reason = r
		} else {
			ig.Suggest = python.Suggest(name, settings, aliases)
			ig.Reason = fmt.Sprintf("django-cors-headers does not read %s", name)
		}
		out = append(out, ig)
	}
	return out
}

func usedElsewhere(m *python.Module, name string) bool {
	used := false
	m.Walk(func(n *python.Node, _ *python.Scope) bool {
		if n.Type == "identifier" && n.Field != "left" && m.Text(n) == name {
			used = true
		}
		return !used
	})
	return used
}
