package nginx

import (
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// record is one value a header takes on one path of a group.
type record struct {
	atoms []atom
	v     val
}

// headerRecords evaluates a field on every path.
func (e *env) headerRecords(h hdr, paths []*state) []record {
	var out []record
	for _, p := range paths {
		if p.twin {
			continue
		}
		for _, c := range e.eval(h.value, p, 0) {
			atoms := append(append(make([]atom, 0, len(p.atoms)+len(c.atoms)), p.atoms...), c.atoms...)
			if e.consistent(atoms) {
				out = append(out, record{atoms: atoms, v: c.v})
			}
		}
	}
	return out
}

// buildPolicies is buildPolicy, plus a second policy when an origin check
// falls back to the literal `*` for every other origin: the model gives a
// list one emit, and the fallback is a wildcard policy of its own, with only
// what the origin rules read (the header rules judge the first one).
func (e *env) buildPolicies(fields []hdr, paths []*state) (policy.Policy, *policy.Policy) {
	p := e.buildPolicy(fields, paths)
	for _, h := range fields {
		if h.lname != "access-control-allow-origin" {
			continue
		}
		if !starFallback(e.headerRecords(h, paths), h) {
			break
		}
		star := policy.Policy{
			Framework:    p.Framework,
			Origins:      policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: h.vspan},
			Credentials:  p.Credentials,
			AllowHeaders: p.AllowHeaders,
			AllowMethods: p.AllowMethods,
			Vary:         p.Vary,
			OnErrors:     true,
		}
		return p, &star
	}
	return p, nil
}

// buildPolicy turns the header fields in effect for a group of paths into a
// policy (without Scope, Span, Dropped, preflight marks).
func (e *env) buildPolicy(fields []hdr, paths []*state) policy.Policy {
	p := policy.Policy{Framework: "nginx"}
	var acao []hdr
	allAlways := true
	for _, h := range fields {
		if !isCORSHeader(h.lname) {
			continue
		}
		p.Directives = append(p.Directives, policy.HeaderDirective{Name: h.name, Value: h.value, Always: h.always, Span: h.span, Via: via(h)})
		allAlways = allAlways && h.always
		if h.lname == "access-control-allow-origin" {
			acao = append(acao, h)
		}
	}
	p.OnErrors = len(p.Directives) > 0 && allAlways
	if len(acao) > 0 {
		p.OnErrors = acao[0].always
		recs := e.headerRecords(acao[0], paths)
		p.Origins = toOrigins(recs, acao[0])
		for _, h := range acao[1:] {
			f := policy.Field{Value: h.value, Span: h.vspan}
			for _, r := range e.headerRecords(h, paths) {
				switch r.v.kind {
				case vEcho:
					f.Echo = true
				case vLit:
					if r.v.text != "" && f.Value == h.value {
						f.Value = r.v.text
					}
				}
			}
			p.Origins.ExtraFields = append(p.Origins.ExtraFields, f)
		}
	}
	for _, h := range fields {
		switch h.lname {
		case "access-control-allow-credentials":
			if p.Credentials.Set {
				continue
			}
			p.Credentials = policy.Credentials{Set: true, Value: firstLit(e.headerRecords(h, paths), h.value), Span: h.vspan}
			if len(acao) > 0 {
				p.Credentials.Always = e.credentialsWithoutOrigin(acao[0], h, paths)
			}
		case "access-control-allow-methods":
			setList(&p.AllowMethods, h, e.listText(h, paths), "http_access_control_request_method")
		case "access-control-allow-headers":
			setList(&p.AllowHeaders, h, e.listText(h, paths), "http_access_control_request_headers")
		case "access-control-expose-headers":
			setList(&p.ExposeHeaders, h, e.listText(h, paths), "")
		case "access-control-max-age":
			if p.MaxAge.Set {
				continue
			}
			p.MaxAge = policy.MaxAge{Set: true, Span: h.vspan}
			raw := strings.TrimSpace(firstLit(e.headerRecords(h, paths), h.value))
			if n, err := strconv.ParseInt(raw, 10, 64); err == nil {
				p.MaxAge.Seconds = n
			} else {
				p.MaxAge.Raw = raw
			}
		case "access-control-allow-private-network":
			if strings.EqualFold(strings.TrimSpace(firstLit(e.headerRecords(h, paths), h.value)), "true") {
				p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, Span: h.vspan}
			}
		case "vary":
			if p.Vary.Origin == policy.VaryNever && varyHasOrigin(h.value) {
				p.Vary = policy.Vary{Origin: policy.VaryAlways, Span: h.vspan}
			}
		}
	}
	return p
}

// varyHasOrigin reports whether a Vary value names Origin (or is `*`).
func varyHasOrigin(v string) bool {
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if strings.EqualFold(f, "origin") || f == "*" {
			return true
		}
	}
	return false
}

// firstLit is the first non-empty known value, else the text as written.
func firstLit(recs []record, written string) string {
	for _, r := range recs {
		if r.v.kind == vLit && r.v.text != "" {
			return r.v.text
		}
	}
	for _, r := range recs {
		if r.v.kind == vLit {
			return r.v.text
		}
	}
	return written
}

// listText is a list header's value with its variables resolved, when every
// path gives it the same known text (`set $cors_headers '...'` used in
// add_header Access-Control-Expose-Headers "$cors_headers"); otherwise the
// value as written.
func (e *env) listText(h hdr, paths []*state) string {
	if !strings.Contains(h.value, "$") {
		return h.value
	}
	text, known := "", false
	for _, r := range e.headerRecords(h, paths) {
		if r.v.kind != vLit || known && r.v.text != text {
			return h.value
		}
		text, known = r.v.text, true
	}
	if !known {
		return h.value
	}
	return text
}

// setList fills a comma-list header from its value text (variables
// resolved); reflectVar is the request header whose echo means reflection.
func setList(l *policy.List, h hdr, text, reflectVar string) {
	if l.Mode != policy.ListUnset {
		return
	}
	if reflectVar != "" {
		if ps := splitExpr(strings.TrimSpace(h.value)); len(ps) == 1 && ps[0].varRef == reflectVar {
			*l = policy.List{Mode: policy.ListReflect, Explicit: true, Raw: h.value, Span: h.vspan}
			return
		}
	}
	*l = policy.List{Mode: policy.ListValues, Raw: text, Explicit: true, Span: h.vspan}
	for _, v := range strings.Split(text, ",") {
		if v = strings.TrimSpace(v); v != "" {
			l.Values = append(l.Values, v)
		}
	}
}

// credentialsWithoutOrigin reports whether Allow-Credentials is sent on some
// path where Allow-Origin is not (a rejected origin still gets it).
func (e *env) credentialsWithoutOrigin(acao, acac hdr, paths []*state) bool {
	for _, p := range paths {
		if p.twin {
			continue
		}
		origin := e.headerRecords(acao, []*state{p})
		cred := e.headerRecords(acac, []*state{p})
		for _, o := range origin {
			if o.v.kind != vLit || o.v.text != "" {
				continue
			}
			for _, c := range cred {
				if (c.v.kind != vLit || c.v.text != "") && compatible(o.atoms, c.atoms) {
					return true
				}
			}
		}
	}
	return false
}

// toOrigins folds the values Allow-Origin takes on every path into the
// model's one origin shape. Reflection wins over everything (it is what an
// attacker gets), then unknown values, then `*`, fixed values and values
// built from other request data; empty values send nothing (semantics.md 2).
func toOrigins(recs []record, h hdr) policy.Origins {
	o, _ := foldOrigins(recs, h)
	return o
}

// starFallback reports whether Allow-Origin is the literal `*` on the paths
// where a checked echo does not apply: `set $acao '*'; if ($http_origin ~
// ...) { set $acao $http_origin; }`, or a map whose default is "*".
func starFallback(recs []record, h hdr) bool {
	o, star := foldOrigins(recs, h)
	return star && o.Kind == policy.OriginList
}

// foldOrigins is toOrigins, also saying whether some path sends `*`.
func foldOrigins(recs []record, h hdr) (policy.Origins, bool) {
	o := policy.Origins{Span: h.vspan}
	var matchers []policy.Matcher
	echoAny := false
	var unknown, tmpl *val
	var lits []record
	star := false
	for _, r := range recs {
		switch r.v.kind {
		case vEcho:
			ms, ok := echoMatchers(r.atoms)
			if !ok {
				echoAny = true
			}
			matchers = appendMatchers(matchers, ms...)
		case vUnknown:
			if unknown == nil {
				v := r.v
				unknown = &v
			}
		case vTmpl:
			if tmpl == nil {
				v := r.v
				tmpl = &v
			}
		case vLit:
			if r.v.text != "" {
				lits = append(lits, r)
			}
			star = star || strings.TrimSpace(r.v.text) == "*"
		}
	}
	// A map that sends a key's own text for that key (`https://a.com
	// https://a.com;`) is an allow-list too.
	var keyed []policy.Matcher
	var other []record
	for _, r := range lits {
		if m, ok := selfKey(r); ok {
			keyed = appendMatchers(keyed, m)
		} else {
			other = append(other, r)
		}
	}
	switch {
	case echoAny:
		o.Kind, o.Emit = policy.OriginEchoAny, policy.EmitOrigin
		return o, star
	case len(matchers) > 0:
		o.Kind, o.Emit, o.Matchers = policy.OriginList, policy.EmitOrigin, appendMatchers(matchers, keyed...)
		return o, star
	case unknown != nil:
		o.Kind, o.Note = policy.OriginUnknown, unknown.note
		return o, star
	}
	for _, r := range other {
		if strings.TrimSpace(r.v.text) == "*" {
			o.Kind, o.Emit = policy.OriginAny, policy.EmitWildcard
			return o, star
		}
	}
	switch {
	case len(keyed) > 0:
		o.Kind, o.Emit, o.Matchers = policy.OriginList, policy.EmitOrigin, keyed
	case len(other) > 0:
		o.Kind, o.Value = policy.OriginStatic, other[0].v.text
		// Prefer the value sent without conditions (a map default).
		for _, r := range other {
			if len(r.atoms) == 0 {
				o.Value = r.v.text
				break
			}
		}
	case tmpl != nil:
		o.Kind, o.Value, o.Note = policy.OriginStatic, tmpl.text, tmpl.note
	default:
		o.Kind = policy.OriginNone
	}
	return o, star
}

// selfKey recognises a literal value sent exactly for the one exact key equal
// to it.
func selfKey(r record) (policy.Matcher, bool) {
	ms, ok := echoMatchers(r.atoms)
	if !ok || len(ms) != 1 || ms[0].Kind != policy.MatchExact {
		return policy.Matcher{}, false
	}
	if !strings.EqualFold(ms[0].Value, r.v.text) {
		return policy.Matcher{}, false
	}
	return ms[0], true
}

func appendMatchers(dst []policy.Matcher, ms ...policy.Matcher) []policy.Matcher {
	for _, m := range ms {
		dup := false
		for _, d := range dst {
			if sameMatcher(d, m) {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, m)
		}
	}
	return dst
}

// via names a headers-more directive for wiring messages (CORS020).
func via(h hdr) string {
	if h.more {
		return "more_set_headers"
	}
	return ""
}
