package express

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
)

// hono's cors middleware (`import { cors } from 'hono/cors'`), as its source
// reads in 4.x (honojs/hono src/middleware/cors/index.ts; the same code ships
// in every bundled copy of hono 4):
//
//   - origin defaults to '*'. The string '*' sends `*` to everyone, with
//     credentials too (there is no echo). Any other string is compared with
//     `===` and the request origin is sent back on a match. An array is
//     searched with includes() (a '*' element is a literal). A function
//     `(origin, c)` returns the value to send; a falsy one sends none.
//   - credentials: any truthy value sends `Access-Control-Allow-Credentials:
//     true` on every response, whatever the origin check said.
//   - `Vary: Origin` whenever origin is not the string '*'.
//   - Every OPTIONS request is answered 204 with Max-Age, Allow-Methods
//     (default GET,HEAD,PUT,POST,DELETE,PATCH) and Allow-Headers
//     (allowHeaders, or the requested headers reflected when it is empty).

// honoOptions are the option keys hono's cors reads.
var honoOptions = map[string]bool{
	"origin": true, "allowMethods": true, "allowHeaders": true, "maxAge": true, "credentials": true, "exposeHeaders": true,
}

// honoRename maps the cors package's option names to hono's.
var honoRename = map[string]string{
	"methods": "allowMethods", "allowedHeaders": "allowHeaders", "exposedHeaders": "exposeHeaders",
	"preflightContinue": "", "optionsSuccessStatus": "",
}

const honoDefaultMethods = "GET,HEAD,PUT,POST,DELETE,PATCH"

// honoCall is cors(opts) of hono.
func (x *extractor) honoCall(n *node, args []*node) {
	var opts *value
	if len(args) > 0 {
		opts = x.f.eval(args[0], 0)
	}
	scope, _ := x.scopeOf(n)
	x.hono(n, opts, scope)
}

// hono builds the policy of one hono cors options value; site is the call
// or options object that enables it.
func (x *extractor) hono(site *node, opts *value, scope string) {
	f := x.f
	span := f.span(site)
	key := span
	if opts != nil && opts.kind == vObject && !opts.span.IsZero() {
		key = opts.span
	}
	if i, ok := x.byOptions[key]; ok {
		if p := &x.policies[i]; !strings.Contains(", "+p.Scope+", ", ", "+scope+", ") {
			p.Scope += ", " + scope
		}
		return
	}
	fl := flavor{framework: "hono", version: "4"}
	var p policy.Policy
	switch {
	case opts == nil || opts.kind == vObject:
		p = f.buildHono(opts, scope, span)
	default:
		p = unknownPolicy(fl, scope, span, opts)
	}
	p.Dev = f.inDevBranch(site)
	x.byOptions[key] = len(x.policies)
	x.policies = append(x.policies, p)
}

func (f *jsfile) buildHono(obj *value, scope string, span policy.Span) policy.Policy {
	if obj == nil {
		obj = &value{kind: vObject, span: span}
	}
	p := policy.Policy{
		Framework: "hono", Version: "4", Scope: scope, Span: span,
		OnErrors: true, PreflightStatus: 204,
		AllowMethods: policy.List{Mode: policy.ListValues, Values: splitList(honoDefaultMethods), Raw: honoDefaultMethods, Default: true},
		AllowHeaders: policy.List{Mode: policy.ListReflect, Default: true},
	}
	ignore := func(key, suggest, reason string, sp policy.Span) {
		p.Ignored = append(p.Ignored, policy.Ignored{Key: key, Suggest: suggest, Reason: reason, Span: sp})
	}

	if v := obj.get("credentials"); v != nil {
		p.Credentials = policy.Credentials{Set: true, Span: v.span}
		if v.kind != vUnknown && truthy(v) {
			p.Credentials.Value, p.Credentials.Always = "true", true
		}
	} else {
		p.Credentials.Default = true
	}

	o := &p.Origins
	v := obj.get("origin")
	p.Vary = policy.Vary{Origin: policy.VaryAlways}
	switch {
	case v == nil || v.kind == vUndefined:
		*o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true, DefaultNote: "hono cors's default origin '*'"}
		p.Vary = policy.Vary{}
	case v.kind == vString && v.text == "*":
		*o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: v.span}
		p.Vary = policy.Vary{}
	case v.kind == vString:
		*o = policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: v.span,
			Matchers: []policy.Matcher{{Kind: policy.MatchExact, Value: v.text, Span: v.span}}}
	case v.kind == vArray:
		*o = policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: v.span, Matchers: []policy.Matcher{}}
		for _, it := range v.items {
			if it.kind != vString {
				continue // includes() compares with ===: only strings equal an origin
			}
			m := policy.Matcher{Kind: policy.MatchExact, Value: it.text, Span: it.span, Dev: it.dev}
			if it.text == "null" {
				m.Kind = policy.MatchNull
			}
			o.Matchers = append(o.Matchers, m)
		}
	case v.kind == vFunc && v.fn != nil:
		oo, note := f.honoOrigin(v.fn)
		*o = oo
		if note != "" {
			f.notices = append(f.notices, policy.Notice{Level: policy.LevelWarning, Message: note, Span: f.span(v.fn)})
		}
	default:
		*o = unknownOrigins(v)
	}
	if v != nil {
		if o.Span.IsZero() {
			o.Span = v.span
		}
		o.EnvFallback = firstNonEmpty(o.EnvFallback, v.envFallback)
	}

	list := func(key string) (policy.List, bool) {
		lv := obj.get(key)
		if lv == nil || lv.kind == vUnknown || lv.kind == vFunc {
			return policy.List{}, false
		}
		if lv.kind != vArray {
			ignore(key, "", fmt.Sprintf("%s is %s, but hono's cors takes an array of names", key, describe(lv)), lv.span)
			return policy.List{}, false
		}
		raw, _ := listText(lv, ",")
		if raw == "" {
			return policy.List{}, false
		}
		return valuesList(raw, lv.span), true
	}
	if l, ok := list("allowMethods"); ok {
		p.AllowMethods = l
	}
	if l, ok := list("allowHeaders"); ok {
		p.AllowHeaders = l
	}
	if l, ok := list("exposeHeaders"); ok {
		p.ExposeHeaders = l
	}
	if mv := obj.get("maxAge"); mv != nil && mv.kind == vNumber {
		p.MaxAge = maxAgeOf(jsNumber(mv.text), mv.span)
	}
	for i, m := range obj.members {
		if m.key == "" || honoOptions[m.key] || obj.lookup(m.key) != &obj.members[i] {
			continue
		}
		if s := suggestionIn(m.key, honoOptions, honoRename); s.matched {
			ignore(m.key, s.option, ignoredKeyReason("hono's cors", m.key, s), m.keySpan)
		}
	}
	sortIgnored(p.Ignored)
	return p
}
