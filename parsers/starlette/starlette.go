// Package starlette reads Starlette and FastAPI CORSMiddleware
// configuration from a parsed Python module (app.add_middleware,
// Middleware(...) entries, or CORSMiddleware wrapping an app) and
// translates it with Starlette's semantics (semantics.md 4.2). It builds
// policies and never judges them.
package starlette

import (
	"fmt"
	"sort"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// Version is the Starlette release semantics.md 4.2 describes.
const Version = "0.47.3"

// params are CORSMiddleware's arguments after `app`, in order.
var params = []string{"allow_origins", "allow_methods", "allow_headers", "allow_credentials",
	"allow_origin_regex", "expose_headers", "max_age"}

var aliases = map[string]string{
	"origins": "allow_origins", "allowed_origins": "allow_origins", "allow_origin": "allow_origins",
	"allow_credential": "allow_credentials", "supports_credentials": "allow_credentials",
	"credentials": "allow_credentials", "allowed_headers": "allow_headers", "headers": "allow_headers",
	"allow_header": "allow_headers", "allowed_methods": "allow_methods", "methods": "allow_methods",
	"expose_header": "expose_headers", "exposed_headers": "expose_headers", "allow_origins_regex": "allow_origin_regex",
	"allowed_origin_regex": "allow_origin_regex", "origin_regex": "allow_origin_regex",
}

// allMethods is what `*` in allow_methods stands for.
var allMethods = []string{"DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"}

// safelisted headers are always allowed by Starlette's preflight check.
var safelisted = []string{"Accept", "Accept-Language", "Content-Language", "Content-Type"}

func isCORSMiddleware(m *python.Module, n *python.Node) bool {
	if n == nil {
		return false
	}
	switch m.QualName(n) {
	case "starlette.middleware.cors.CORSMiddleware", "fastapi.middleware.cors.CORSMiddleware":
		return true
	case "CORSMiddleware":
		// Not imported by name: a star import, or imported in a way we do
		// not follow; the name is distinctive enough.
		_, imported := m.Imports["CORSMiddleware"]
		return !imported
	}
	return false
}

// Extract returns one policy per CORSMiddleware configuration in m.
func Extract(m *python.Module) []policy.Policy {
	var out []policy.Policy
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		if n.Type != "call" {
			return true
		}
		fn := n.Child("function")
		if fn == nil {
			return true
		}
		a := m.CallArgs(n)
		switch {
		case fn.Type == "attribute" && m.Text(fn.Child("attribute")) == "add_middleware" && len(a.Positional) > 0 && isCORSMiddleware(m, a.Positional[0]):
			out = append(out, build(m, s, n, a.Positional[1:], m.Text(fn.Child("object")), false))
		case strings.HasSuffix(m.QualName(fn), "Middleware") && len(a.Positional) > 0 && isCORSMiddleware(m, a.Positional[0]):
			out = append(out, build(m, s, n, a.Positional[1:], "middleware list", false))
		case isCORSMiddleware(m, fn) && len(a.Positional) > 0:
			out = append(out, build(m, s, n, a.Positional[1:], m.Text(a.Positional[0])+" wrapped by CORSMiddleware", false))
		case isCORSMiddleware(m, fn) && a.Keyword("app") != nil:
			// `CORSMiddleware(app=inner, ...)`: the wrapped app passed by
			// keyword (the form FastAPI's docs use to put CORS outside the
			// error handlers); `app` is a real parameter, not an option.
			out = append(out, build(m, s, n, nil, m.Text(a.Keyword("app"))+" wrapped by CORSMiddleware", true))
		}
		return true
	})
	out = append(out, optionDicts(m)...)
	return out
}

// optionDicts finds CORSMiddleware options kept in a dict for
// `app.add_middleware(**options)`: {"middleware_class": CORSMiddleware, ...}.
func optionDicts(m *python.Module) []policy.Policy {
	var out []policy.Policy
	m.Walk(func(n *python.Node, s *python.Scope) bool {
		if n.Type != "dictionary" {
			return true
		}
		for _, pr := range n.NamedChildren() {
			if pr.Type != "pair" {
				continue
			}
			k := m.Eval(s, pr.Child("key"))
			if k.Kind == python.Str && k.Str == "middleware_class" && isCORSMiddleware(m, pr.Child("value")) {
				d := m.Eval(s, n)
				opts, partial := python.DictOptions(d)
				out = append(out, buildOptions(m.Span(n), nil, opts, partial, "middleware options dict", m.InDevBranch(n)))
				return false
			}
		}
		return true
	})
	return out
}

type options map[string]python.Option

// appKw is true when the wrapped app is passed as `app=`: that keyword is
// CORSMiddleware's first parameter, not a CORS option.
func build(m *python.Module, s *python.Scope, call *python.Node, positional []*python.Node, scope string, appKw bool) policy.Policy {
	var pos []python.Option
	for i, pn := range positional {
		if i < len(params) {
			pos = append(pos, python.Option{Key: params[i], KeySpan: m.Span(pn), Value: m.Eval(s, pn)})
		}
	}
	opts, partial := m.Options(s, call)
	var kw []python.Option
	for _, o := range opts {
		if !appKw || o.Key != "app" {
			kw = append(kw, o)
		}
	}
	return buildOptions(m.Span(call), pos, kw, partial, scope, m.InDevBranch(call))
}

// buildOptions builds a policy from CORSMiddleware's positional and keyword
// options; enable is what turns the middleware on.
func buildOptions(enable policy.Span, positional, kw []python.Option, partial bool, scope string, dev bool) policy.Policy {
	p := policy.Policy{
		Framework: "starlette", Version: Version, Scope: scope, Span: enable,
		// HTTPException responses pass through the middleware; only 500s from
		// unhandled exceptions (ServerErrorMiddleware, outside it) lack CORS
		// headers.
		OnErrors:              true,
		PreflightStatus:       200,
		PreflightRejectStatus: 400,
		Vary:                  policy.Vary{Origin: policy.VaryWhenDynamic},
		Dev:                   dev,
	}
	opts := options{}
	for _, o := range positional {
		opts[o.Key] = o
	}
	for _, o := range kw {
		if o.Key == "middleware_class" || o.Key == "cls" {
			continue
		}
		if !known(o.Key) {
			// CORSMiddleware takes no **kwargs: the app fails at start-up.
			p.Ignored = append(p.Ignored, policy.Ignored{
				Key: o.Key, Suggest: python.Suggest(o.Key, params, aliases), Span: o.KeySpan,
				Reason: fmt.Sprintf("CORSMiddleware has no parameter %q (TypeError at start-up)", o.Key),
			})
			continue
		}
		opts[o.Key] = o
	}
	buildCredentials(&p, opts)
	buildOrigins(&p, opts, partial)
	buildLists(&p, opts)
	p.MaxAge = policy.MaxAge{Set: true, Seconds: 600, Default: true, Span: p.Span}
	if o, ok := opts["max_age"]; ok {
		if ma, ok := python.MaxAge(o.Value); ok {
			p.MaxAge = ma
		}
	}
	return p
}

func known(key string) bool {
	for _, k := range params {
		if k == key {
			return true
		}
	}
	return false
}

func buildCredentials(p *policy.Policy, opts options) {
	o, ok := opts["allow_credentials"]
	if !ok {
		return
	}
	t, isKnown := o.Value.Truthy()
	if !isKnown {
		return
	}
	// Starlette puts Allow-Credentials on every response with an Origin,
	// accepted or not (semantics.md 4.2).
	p.Credentials = policy.Credentials{Set: true, Always: true, Span: o.Value.Span}
	if t {
		p.Credentials.Value = "true"
	}
}

func buildOrigins(p *policy.Policy, opts options, partial bool) {
	o, hasList := opts["allow_origins"]
	r, hasRegex := opts["allow_origin_regex"]
	var ms []policy.Matcher
	// regexUnknown: a regex corslint cannot read next to an allow_origins
	// list. The regex only adds origins, so what the list accepts is still
	// accepted (the mirror of unknownList below).
	var regexUnknown *python.Value
	if hasRegex && r.Value.Kind != python.None {
		switch r.Value.Kind {
		case python.Str:
			// Compiled and fullmatched, case-sensitive (0.13.1+).
			ms = append(ms, policy.Matcher{Kind: policy.MatchRegex, Value: r.Value.Str, Dialect: policy.DialectPython,
				Mode: policy.ModeFull, Dev: r.Value.Dev, EnvFallback: r.Value.EnvVar, Span: r.Value.Span})
		case python.List:
			p.Ignored = append(p.Ignored, policy.Ignored{Key: "allow_origin_regex", Suggest: "allow_origin_regex='a|b'",
				Reason: "allow_origin_regex takes one pattern string; a list makes re.compile fail at start-up", Span: r.Value.Span})
		default:
			if !hasList {
				p.Origins = unknownOrigins(r.Value)
				return
			}
			regexUnknown = &r.Value
		}
	}
	if !hasList {
		if partial {
			p.Origins = policy.Origins{Kind: policy.OriginUnknown, Note: "allow_origins may be set by **options that cannot be evaluated", Span: p.Span}
			return
		}
		if len(ms) == 0 {
			p.Origins = policy.Origins{Kind: policy.OriginNone, Default: true, DefaultNote: "CORSMiddleware allows no origin by default", Span: p.Span}
			return
		}
		p.Origins = policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: ms, Span: ms[0].Span}
		return
	}
	v := o.Value
	// unknownList keeps a known allow_origin_regex when the list cannot be
	// read: the list only adds origins, so what the regex accepts is still
	// accepted.
	unknownList := func(u python.Value) {
		if len(ms) > 0 {
			p.Origins = policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: ms, Span: ms[0].Span}
			return
		}
		p.Origins = unknownOrigins(u)
	}
	var items []python.Value
	switch v.Kind {
	case python.Str:
		items = []python.Value{v}
	case python.List:
		if v.Partial {
			unknownList(v)
			return
		}
		items = v.Items
	default:
		unknownList(v)
		return
	}
	for _, it := range items {
		if it.Kind != python.Str {
			unknownList(it)
			return
		}
		if it.Str == "*" || (v.Kind == python.Str && strings.Contains(it.Str, "*")) {
			// `"*" in allow_origins` switches to allow-all.
			emit := policy.EmitWildcard
			if p.Credentials.Value == "true" {
				emit = policy.EmitOriginIfCredentialed
			}
			p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: emit, Span: it.Span, EnvFallback: it.EnvVar}
			return
		}
		m := policy.Matcher{Kind: policy.MatchExact, Value: it.Str, Dev: it.Dev, EnvFallback: it.EnvVar, Span: it.Span}
		switch {
		case v.Kind == python.Str:
			// One string instead of a list: Starlette's `origin in
			// self.allow_origins` becomes a substring test, so every origin
			// cut short passes (`https://app.example.co`).
			m.Kind = policy.MatchWithin
		case it.Str == "null":
			m.Kind = policy.MatchNull
		}
		ms = append(ms, m)
	}
	if len(ms) == 0 {
		if regexUnknown != nil {
			p.Origins = unknownOrigins(*regexUnknown)
			return
		}
		p.Origins = policy.Origins{Kind: policy.OriginNone, Span: v.Span}
		return
	}
	p.Origins = policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Matchers: ms, Span: v.Span, EnvFallback: v.EnvVar}
}

func unknownOrigins(v python.Value) policy.Origins {
	note := v.Note
	if note == "" {
		note = "allowed origins cannot be evaluated statically"
	}
	return policy.Origins{Kind: policy.OriginUnknown, Note: note, Span: v.Span, EnvFallback: v.EnvVar}
}

func buildLists(p *policy.Policy, opts options) {
	p.AllowMethods = policy.List{Mode: policy.ListValues, Values: []string{"GET"}, Default: true, Span: p.Span}
	if o, ok := opts["allow_methods"]; ok {
		if python.IsStar(o.Value) {
			// `*` is expanded to the standard methods, not reflected.
			p.AllowMethods = policy.List{Mode: policy.ListValues, Values: allMethods, Explicit: true, Span: o.Value.Span}
		} else if l, ok := python.HeaderList(o.Value); ok {
			l.Raw = ""
			p.AllowMethods = l
		}
	}
	p.AllowHeaders = policy.List{Mode: policy.ListValues, Values: safelisted, Default: true, Span: p.Span}
	if o, ok := opts["allow_headers"]; ok {
		if python.IsStar(o.Value) {
			p.AllowHeaders = policy.List{Mode: policy.ListReflect, Explicit: true, Span: o.Value.Span}
		} else if l, ok := python.HeaderList(o.Value); ok {
			l.Values = withSafelisted(l.Values)
			l.Raw = ""
			p.AllowHeaders = l
		}
	}
	if o, ok := opts["expose_headers"]; ok {
		if l, ok := python.HeaderList(o.Value); ok && len(l.Values) > 0 {
			l.Raw = ""
			p.ExposeHeaders = l
		}
	}
}

// withSafelisted is Starlette's sorted(SAFELISTED_HEADERS | set(allow_headers)).
func withSafelisted(vals []string) []string {
	set := map[string]bool{}
	for _, v := range append(append([]string{}, safelisted...), vals...) {
		set[v] = true
	}
	out := make([]string, 0, len(set))
	for v := range set {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}
