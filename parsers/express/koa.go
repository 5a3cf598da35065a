package express

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// DefaultKoaCorsVersion is the @koa/cors release assumed when the parser is
// not told otherwise: the current major, whose default origin is '*'.
const DefaultKoaCorsVersion = "5.0.0"

// koaDefaultMethods is @koa/cors's default allowMethods.
const koaDefaultMethods = "GET,HEAD,PUT,POST,DELETE,PATCH"

// koaOptions are the option keys @koa/cors reads.
var koaOptions = map[string]bool{
	"origin": true, "allowMethods": true, "allowHeaders": true, "exposeHeaders": true, "maxAge": true,
	"credentials": true, "keepHeadersOnError": true, "secureContext": true, "privateNetworkAccess": true,
}

// koaRename maps the cors option names of the alias table to @koa/cors's.
var koaRename = map[string]string{
	"methods": "allowMethods", "allowedHeaders": "allowHeaders", "exposedHeaders": "exposeHeaders",
	"preflightContinue": "", "optionsSuccessStatus": "",
}

// koaMajor is the major version of a version string ("4.0.0" -> 4); the
// default when it cannot be read.
func koaMajor(v string) int {
	v = strings.TrimPrefix(strings.TrimSpace(v), "v")
	if i := strings.IndexByte(v, '.'); i >= 0 {
		v = v[:i]
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		n, _ = strconv.Atoi(DefaultKoaCorsVersion[:1])
	}
	return n
}

// versionLabel says where a version comes from: a version read from
// package.json carries its source; a default or configured one is assumed.
func versionLabel(v string) string {
	if strings.Contains(v, "(") {
		return v
	}
	return v + " (assumed)"
}

// buildKoa applies @koa/cors's semantics (semantics.md §3.5): a string or
// function origin; before 5.0.0 the default origin reflects the request
// origin, from 5.0.0 it is '*'; credentials with '*' (the default too)
// reflect the origin; Vary: Origin always.
func (f *jsfile) buildKoa(obj *value, scope string, span policy.Span, version string) (policy.Policy, []policy.Notice) {
	if obj == nil {
		obj = &value{kind: vObject, span: span}
	}
	major := koaMajor(version)
	p := policy.Policy{
		Framework: "koa-cors", Version: versionLabel(version), Scope: scope, Span: span,
		OnErrors: true, PreflightStatus: 204,
		Vary:         policy.Vary{Origin: policy.VaryAlways},
		AllowMethods: policy.List{Mode: policy.ListValues, Values: splitList(koaDefaultMethods), Raw: koaDefaultMethods, Default: true},
		AllowHeaders: policy.List{Mode: policy.ListReflect, Default: true},
	}
	var notices []policy.Notice
	var ignored []policy.Ignored
	ignore := func(key, suggest, reason string, sp policy.Span) {
		ignored = append(ignored, policy.Ignored{Key: key, Suggest: suggest, Reason: reason, Span: sp})
	}

	creds := false
	if v := obj.get("credentials"); v != nil {
		p.Credentials = policy.Credentials{Set: true, Span: v.span}
		if v.kind != vUnknown && v.kind != vFunc && truthy(v) {
			creds = true
			p.Credentials.Value = "true"
		}
	} else {
		p.Credentials.Default = true
	}

	o := &p.Origins
	v := obj.get("origin")
	switch {
	case v == nil || v.kind != vUnknown && v.kind != vFunc && !truthy(v):
		if major < 5 {
			*o = policy.Origins{Kind: policy.OriginEchoAny, Emit: policy.EmitOrigin, Default: true,
				DefaultNote: "@koa/cors before 5.0.0 reflects the request origin when no origin is set"}
		} else {
			*o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
				DefaultNote: "@koa/cors's default origin '*'"}
			if creds {
				o.Emit = policy.EmitOrigin
				o.DefaultNote = "@koa/cors's default origin '*', which it turns into the request origin when credentials are on"
			}
		}
		if v != nil {
			o.Span = v.span
		}
	case v.kind == vUnknown:
		*o = unknownOrigins(v)
	case v.kind == vFunc:
		if v.fn == nil {
			*o = unknownOrigins(v)
			break
		}
		oo, note := f.koaOrigin(v.fn)
		*o = oo
		if note != "" {
			notices = append(notices, policy.Notice{Level: policy.LevelWarning, Message: note, Span: f.span(v.fn)})
		}
	case v.kind == vString && v.text == "*":
		*o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: v.span}
		if creds {
			o.Emit = policy.EmitOrigin
		}
	case v.kind == vString:
		*o = policy.Origins{Kind: policy.OriginStatic, Value: v.text, Span: v.span}
	default:
		// A RegExp, an array or `true` is sent as its string form: @koa/cors
		// only takes a string or a function.
		*o = policy.Origins{Kind: policy.OriginStatic, Value: joinElement(v), Span: v.span}
		ignore("origin", "", fmt.Sprintf("origin is %s, but @koa/cors only takes a string or a function; it sends the value's string form %q", describe(v), joinElement(v)), v.span)
	}
	if o.Kind == policy.OriginAny && o.Emit == policy.EmitWildcard && creds {
		o.Emit = policy.EmitOrigin
	}
	o.EnvFallback = firstNonEmpty(o.EnvFallback, envFallbackOf(v))

	list := func(key string) (policy.List, bool) {
		lv := obj.get(key)
		if lv == nil || lv.kind == vUnknown {
			return policy.List{}, false
		}
		if !truthy(lv) {
			return policy.List{Mode: policy.ListUnset, Explicit: true, Span: lv.span}, true
		}
		raw, ok := listText(lv, ",")
		if !ok {
			ignore(key, "", fmt.Sprintf("%s is %s, not a string or an array; @koa/cors sends its string form", key, describe(lv)), lv.span)
			raw = joinElement(lv)
		}
		return valuesList(raw, lv.span), true
	}
	if l, ok := list("allowMethods"); ok {
		p.AllowMethods = l
	}
	if l, ok := list("allowHeaders"); ok {
		p.AllowHeaders = l
		if l.Mode == policy.ListUnset {
			p.AllowHeaders = policy.List{Mode: policy.ListReflect, Span: l.Span}
		}
	}
	if l, ok := list("exposeHeaders"); ok {
		p.ExposeHeaders = l
	}
	if mv := obj.get("maxAge"); mv != nil && mv.kind != vUnknown && truthy(mv) {
		raw := mv.text
		if mv.kind == vNumber {
			raw = jsNumber(mv.text)
		}
		p.MaxAge = maxAgeOf(raw, mv.span)
	}
	if pv := obj.get("privateNetworkAccess"); pv != nil && pv.kind != vUnknown && truthy(pv) {
		p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, OnlyWhenRequested: true, Span: pv.span}
	}
	if kv := obj.get("keepHeadersOnError"); kv != nil && kv.kind != vUnknown && !truthy(kv) {
		p.OnErrors = false
	}
	for i, m := range obj.members {
		if m.key == "" || koaOptions[m.key] || obj.lookup(m.key) != &obj.members[i] {
			continue
		}
		if s := suggestionIn(m.key, koaOptions, koaRename); s.matched {
			ignore(m.key, s.option, ignoredKeyReason("@koa/cors", m.key, s), m.keySpan)
		}
	}
	sortIgnored(ignored)
	p.Ignored = ignored
	return p, notices
}

func envFallbackOf(v *value) string {
	if v == nil {
		return ""
	}
	return v.envFallback
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
