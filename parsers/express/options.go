package express

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// defaultMethods is cors's default `methods` option.
const defaultMethods = "GET,HEAD,PUT,PATCH,POST,DELETE"

// defaultOriginNote names the default in messages.
const defaultOriginNote = "the cors package's default origin '*'"

// flavor is the library whose option semantics a builder applies: the cors
// package (Express, NestJS on Express, socket.io) or @fastify/cors, which
// takes the same option names with some different meanings
// (semantics.md §3.1, §3.4).
type flavor struct {
	framework, version string
	// fastify selects @fastify/cors's semantics.
	fastify bool
	// jsonRegex: strings written /body/flags are RegExp literals (only in
	// JSON, which cannot hold a RegExp; see regexMatcher).
	jsonRegex bool
}

// corsFlavor is the cors package for Express-style JSON and Express code.
var corsFlavor = flavor{framework: Framework, version: Version}

// fastifyDefaultMethods is @fastify/cors's default since 11.0.0.
const fastifyDefaultMethods = "GET,HEAD,POST"

// fastifyOptions are the option keys @fastify/cors 11 reads.
var fastifyOptions = map[string]bool{
	"origin": true, "credentials": true, "methods": true, "allowedHeaders": true, "exposedHeaders": true,
	"maxAge": true, "preflightContinue": true, "optionsSuccessStatus": true, "preflight": true,
	"strictPreflight": true, "hook": true, "hideOptionsRoute": true, "logLevel": true, "delegator": true,
	"cacheControl": true,
}

// builder turns one options object into a policy.
type builder struct {
	obj *value
	fl  flavor
	p   policy.Policy
}

// buildPolicy applies the library's defaults and then each option, the way
// the middleware reads them (semantics.md §3.1; expressjs/cors lib/index.js,
// fastify/fastify-cors index.js). span is the construct that enables CORS
// (the options object, or the call when there are no options: obj may be
// nil for `cors()`).
func buildPolicy(obj *value, scope string, fl flavor, span policy.Span) policy.Policy {
	if obj == nil {
		obj = &value{kind: vObject, span: span}
	}
	methods, note := defaultMethods, defaultOriginNote
	if fl.fastify {
		methods, note = fastifyDefaultMethods, "@fastify/cors's default origin '*'"
	}
	b := &builder{obj: obj, fl: fl, p: policy.Policy{
		Framework: fl.framework,
		Version:   fl.version,
		Scope:     scope,
		Span:      span,
		// The middleware sets the headers before the route runs, so they are
		// on every status the app answers with.
		OnErrors:        true,
		PreflightStatus: 204,
		AllowMethods: policy.List{
			Mode: policy.ListValues, Values: splitList(methods), Raw: methods, Default: true,
		},
	}}
	enabled := b.origin(note)
	b.credentials()
	b.methods()
	b.allowedHeaders()
	b.exposedHeaders()
	b.maxAge()
	b.preflight()
	b.unknownKeys()
	if !enabled {
		b.disable()
	}
	sortIgnored(b.p.Ignored)
	return b.p
}

func sortIgnored(ig []policy.Ignored) {
	sort.SliceStable(ig, func(i, j int) bool { return before(ig[i].Span.Start, ig[j].Span.Start) })
}

func before(a, b policy.Pos) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

// option returns the value of an option key (the last duplicate, as
// JavaScript keeps), or nil.
func (b *builder) option(key string) *value { return b.obj.get(key) }

func (b *builder) ignore(key, suggest, reason string, span policy.Span) {
	b.p.Ignored = append(b.p.Ignored, policy.Ignored{Key: key, Suggest: suggest, Reason: reason, Span: span})
}

// truthy is JavaScript's ToBoolean. Unknown values count as truthy: callers
// check for vUnknown first where it matters.
func truthy(n *value) bool {
	switch n.kind {
	case vNull, vUndefined:
		return false
	case vBool:
		return n.text == "true"
	case vNumber:
		// Out-of-range literals come back as ±Inf or 0 with ErrRange,
		// which is also what JavaScript makes of them.
		f, _ := strconv.ParseFloat(n.text, 64)
		return f != 0 && !math.IsNaN(f)
	case vString:
		return n.text != ""
	}
	return true // arrays, objects, RegExps, functions
}

// origin applies the `origin` option and reports whether the middleware is
// enabled: a falsy origin makes it call next() without touching the response.
func (b *builder) origin(note string) bool {
	o := &b.p.Origins
	v := b.option("origin")
	if v == nil || v.kind == vUndefined && b.fl.fastify {
		*o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true, DefaultNote: note}
		return true
	}
	o.Span = v.span
	o.EnvFallback = v.envFallback
	if v.kind == vUnknown {
		b.p.Vary.Origin = policy.VaryAlways
		if b.fl.fastify {
			b.p.Vary.Origin = policy.VaryNever // a string would get none; unknown
		}
		*o = unknownOrigins(v)
		return true
	}
	if !truthy(v) {
		if b.fl.fastify && !(v.kind == vBool) {
			// Only `false` disables @fastify/cors quietly; other falsy
			// values make every request fail with "Invalid CORS origin option".
			b.ignore("origin", "false", fmt.Sprintf("origin is %s, which @fastify/cors rejects: every request fails with \"Invalid CORS origin option\"", describe(v)), v.span)
		}
		return false
	}
	// Every origin option other than '*' gets Vary: Origin, also when the
	// origin is rejected (@fastify/cors: every option that is not a string).
	b.p.Vary.Origin = policy.VaryAlways
	kind := v.kind
	if v.collection != "" {
		kind = vObject // a Set or Map is an object to isOriginAllowed
	}
	switch kind {
	case vString:
		if v.text == "*" {
			o.Kind, o.Emit = policy.OriginAny, policy.EmitWildcard
			b.p.Vary.Origin = policy.VaryNever
			return true
		}
		if b.fl.jsonRegex {
			if m, ok := regexMatcher(v); ok {
				o.Kind, o.Emit, o.Matchers = policy.OriginList, policy.EmitOrigin, []policy.Matcher{m}
				return true
			}
		}
		// Any other string is sent as it is, to every origin; a comma list
		// stays one invalid value.
		o.Kind, o.Value = policy.OriginStatic, v.text
		if b.fl.fastify {
			b.p.Vary.Origin = policy.VaryNever
		}
	case vArray:
		if b.fl.fastify && holdsStar(v) {
			// normalizeCorsOptions turns an array holding '*' into '*'.
			o.Kind, o.Emit = policy.OriginAny, policy.EmitWildcard
			return true
		}
		o.Kind, o.Emit = policy.OriginList, policy.EmitOrigin
		o.Matchers = []policy.Matcher{}
		b.originItems(v, 0)
	case vRegExp:
		o.Kind, o.Emit, o.Matchers = policy.OriginList, policy.EmitOrigin, []policy.Matcher{regexpMatcher(v)}
	case vFunc:
		if v.origins == nil {
			*o = unknownOrigins(v)
			return true
		}
		*o = *v.origins
		if o.Span.IsZero() {
			o.Span = v.span
		}
	default:
		// true, and any other truthy value (a number, an object), is allowed
		// by isOriginAllowed's `!!allowedOrigin`: the request origin is
		// reflected.
		o.Kind, o.Emit = policy.OriginEchoAny, policy.EmitOrigin
	}
	return true
}

// unknownOrigins is the origin shape of a value corslint cannot compute.
func unknownOrigins(v *value) policy.Origins {
	note := v.note
	if note == "" {
		note = "the origin option is computed by code corslint cannot evaluate"
	}
	return policy.Origins{Kind: policy.OriginUnknown, Note: note, Span: v.span, EnvFallback: v.envFallback}
}

// holdsStar reports an array with the string '*' as a direct element.
func holdsStar(v *value) bool {
	for _, it := range v.items {
		if it.kind == vString && it.text == "*" {
			return true
		}
	}
	return false
}

// maxOriginNesting bounds the recursion into nested origin arrays.
const maxOriginNesting = 64

// originItems adds the matchers of an origin array. Nested arrays are
// searched too (isOriginAllowed recurses).
func (b *builder) originItems(arr *value, depth int) {
	o := &b.p.Origins
	for _, it := range arr.items {
		var m policy.Matcher
		switch {
		case it.kind == vArray && it.collection == "":
			if depth < maxOriginNesting {
				b.originItems(it, depth+1)
			}
			continue
		case it.kind == vUnknown:
			// An element corslint cannot compute (an environment variable)
			// matches nothing it can name: it is left out of the list.
			continue
		case !truthy(it) && it.envFallback != "":
			// An empty default of an environment lookup (`config.get('ORIGINS',
			// '').split(',')`) is the deliberate "no origins until configured"
			// fallback, not a mistyped option (rules.md decisions: only a
			// dangerous literal fallback is reported).
			continue
		case !truthy(it):
			b.ignore("origin", "", fmt.Sprintf("the origin entry %s never matches: the library compares strings and treats other falsy values as 'no'", it.kind), it.span)
			continue
		case it.kind == vRegExp:
			m = regexpMatcher(it)
		case it.kind == vString:
			if rm, ok := regexMatcher(it); ok && b.fl.jsonRegex {
				m = rm
			} else if it.text == "null" {
				m = policy.Matcher{Kind: policy.MatchNull, Value: it.text, Span: it.span}
			} else {
				// `===`: exact and case-sensitive; '*' here is a literal, not
				// allow-all.
				m = policy.Matcher{Kind: policy.MatchExact, Value: it.text, Span: it.span}
			}
		default:
			// true (or any truthy non-string) accepts every origin.
			text := it.text
			if text == "" {
				text = it.kind.String()
			}
			m = policy.Matcher{Kind: policy.MatchAll, Value: text, Span: it.span}
		}
		m.EnvFallback, m.Dev = it.envFallback, it.dev
		o.Matchers = append(o.Matchers, m)
	}
}

// regexMatcher reads a string written as a RegExp literal, /body/flags.
// JSON cannot hold a RegExp, so applications that keep cors options in JSON
// turn such strings into RegExp objects before calling cors(); passed
// through unconverted the string would be an exact (never matching) origin,
// which is the less likely intent. The match is a JS `test`: a search.
func regexMatcher(n *value) (policy.Matcher, bool) {
	s := n.text
	end := strings.LastIndexByte(s, '/')
	if !strings.HasPrefix(s, "/") || end < 2 {
		return policy.Matcher{}, false
	}
	flags := s[end+1:]
	if !validFlags(flags) {
		return policy.Matcher{}, false
	}
	return regexpMatcher(&value{kind: vRegExp, text: s[1:end], flags: flags, span: n.span}), true
}

// validFlags reports RegExp flags, each at most once.
func validFlags(flags string) bool {
	for i, f := range flags {
		if !strings.ContainsRune("dgimsuvy", f) || strings.ContainsRune(flags[:i], f) {
			return false
		}
	}
	return true
}

// regexpMatcher is the matcher of a RegExp value: `test` is a search.
func regexpMatcher(v *value) policy.Matcher {
	return policy.Matcher{
		Kind:       policy.MatchRegex,
		Value:      v.text,
		Dialect:    policy.DialectECMAScript,
		Mode:       policy.ModeSearch,
		IgnoreCase: strings.Contains(v.flags, "i"),
		Span:       v.span,
	}
}

// credentials: the cors package sends the header only for the boolean true
// (`=== true`); @fastify/cors for any truthy value, and then on every
// response, whether the origin was accepted or not.
func (b *builder) credentials() {
	v := b.option("credentials")
	if v == nil {
		b.p.Credentials = policy.Credentials{Default: true}
		return
	}
	b.p.Credentials = policy.Credentials{Set: true, Span: v.span}
	switch {
	case v.kind == vUnknown:
	case b.fl.fastify:
		if truthy(v) {
			b.p.Credentials.Value, b.p.Credentials.Always = "true", true
		}
	case v.kind == vBool && v.text == "true":
		b.p.Credentials.Value = "true"
		// configureCredentials runs whatever the origin check decided, so a
		// refused origin still gets the header (conformance/express). An
		// origin callback that refuses skips the whole middleware instead.
		if o := b.option("origin"); o == nil || o.kind != vFunc && o.kind != vUnknown {
			b.p.Credentials.Always = true
		}
	case v.kind == vBool || v.kind == vNull || v.kind == vUndefined:
	case truthy(v) && v.text != "false":
		b.ignore("credentials", "true", fmt.Sprintf("credentials is %s, but the cors package sends Access-Control-Allow-Credentials only for the boolean true; it is ignored", describe(v)), v.span)
	default:
		b.ignore("credentials", "false", fmt.Sprintf("credentials is %s, which the cors package ignores (only the boolean true counts)", describe(v)), v.span)
	}
}

// describe renders a value for messages: "the string \"true\"".
func describe(v *value) string {
	switch v.kind {
	case vArray, vObject, vFunc, vRegExp, vUnknown:
		return aOrAn(v.kind)
	}
	return fmt.Sprintf("the %s %s", v.kind, quoteValue(v))
}

// quoteValue renders a scalar for messages.
func quoteValue(v *value) string {
	if v.kind == vString {
		return strconv.Quote(v.text)
	}
	if v.text != "" {
		return v.text
	}
	return v.kind.String()
}

// listText is what a library makes of a string-or-array option: arrays are
// joined with sep (Array.prototype.join). ok is false for other types.
func listText(v *value, sep string) (string, bool) {
	switch v.kind {
	case vString:
		return v.text, true
	case vArray:
		parts := make([]string, 0, len(v.items))
		for _, it := range v.items {
			parts = append(parts, joinElement(it))
		}
		return strings.Join(parts, sep), true
	}
	return "", false
}

// joinElement is JavaScript's string conversion inside Array.join.
func joinElement(n *value) string {
	switch n.kind {
	case vNull, vUndefined:
		return "" // join renders null and undefined as nothing
	case vNumber:
		return jsNumber(n.text)
	case vObject:
		return "[object Object]"
	case vArray:
		if n.collection != "" {
			return "[object " + n.collection + "]" // String(new Set(...))
		}
		s, _ := listText(n, ",")
		return s
	case vRegExp:
		return "/" + n.text + "/" + n.flags
	}
	return n.text // strings, and "true"/"false"
}

// splitList splits a header value on commas, trimming blanks and dropping
// empty items.
func splitList(raw string) []string {
	var out []string
	for _, part := range strings.Split(raw, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// valuesList is the List for a header value sent as written; an empty value
// is not sent (applyHeaders skips falsy values).
func valuesList(raw string, span policy.Span) policy.List {
	if raw == "" {
		return policy.List{Mode: policy.ListUnset, Explicit: true, Span: span}
	}
	return policy.List{Mode: policy.ListValues, Values: splitList(raw), Raw: raw, Explicit: true, Span: span}
}

// joinSep is how the library joins array options: cors with ",",
// @fastify/cors with ", ".
func (b *builder) joinSep() string {
	if b.fl.fastify {
		return ", "
	}
	return ","
}

// methods: a string is sent as is, an array joined; only preflights carry it.
func (b *builder) methods() {
	v := b.option("methods")
	if v == nil || v.kind == vUnknown {
		return // the default set in buildPolicy
	}
	raw, ok := listText(v, b.joinSep())
	if !ok {
		b.p.AllowMethods = policy.List{Mode: policy.ListUnset, Explicit: true, Span: v.span}
		b.ignore("methods", "", fmt.Sprintf("methods is %s, not a string or an array of methods; the library cannot use it", describe(v)), v.span)
		return
	}
	b.p.AllowMethods = valuesList(raw, v.span)
}

// allowedHeaders: `allowedHeaders || headers`; when both are falsy the
// request's Access-Control-Request-Headers is reflected (the package's
// default, which rules treat gently: Explicit stays false). @fastify/cors
// has no `headers` alias and reflects only for null (its default).
func (b *builder) allowedHeaders() {
	a, h := b.option("allowedHeaders"), b.option("headers")
	if b.fl.fastify {
		h = nil
	}
	var v *value
	key := "allowedHeaders"
	switch {
	case a != nil && a.kind == vUnknown:
		b.p.AllowHeaders = policy.List{Mode: policy.ListReflect, Span: a.span}
		return
	case a != nil && truthy(a):
		v = a
		if h != nil {
			b.ignore("headers", "", "headers is an alias of allowedHeaders, which is set and takes precedence; headers is ignored", b.obj.lookup("headers").keySpan)
		}
	case h != nil && truthy(h):
		v, key = h, "headers"
	}
	if v == nil {
		b.p.AllowHeaders = policy.List{Mode: policy.ListReflect, Default: a == nil && h == nil}
		if a != nil {
			b.p.AllowHeaders.Span = a.span
		} else if h != nil {
			b.p.AllowHeaders.Span = h.span
		}
		return
	}
	raw, ok := listText(v, b.joinSep())
	if !ok {
		// A truthy non-string has no .join and no .length: nothing is sent.
		b.p.AllowHeaders = policy.List{Mode: policy.ListUnset, Explicit: true, Span: v.span}
		b.ignore(key, "", fmt.Sprintf("%s is %s, not a string or an array of header names; the library sends no Access-Control-Allow-Headers", key, describe(v)), v.span)
		return
	}
	b.p.AllowHeaders = valuesList(raw, v.span)
}

// exposedHeaders: string or array; falsy or empty sends nothing.
func (b *builder) exposedHeaders() {
	v := b.option("exposedHeaders")
	if v == nil || v.kind == vUnknown {
		return
	}
	if !truthy(v) {
		b.p.ExposeHeaders = policy.List{Mode: policy.ListUnset, Explicit: true, Span: v.span}
		return
	}
	raw, ok := listText(v, b.joinSep())
	if !ok {
		b.p.ExposeHeaders = policy.List{Mode: policy.ListUnset, Explicit: true, Span: v.span}
		b.ignore("exposedHeaders", "", fmt.Sprintf("exposedHeaders is %s, not a string or an array of header names; the library sends no Access-Control-Expose-Headers", describe(v)), v.span)
		return
	}
	b.p.ExposeHeaders = valuesList(raw, v.span)
}

// maxAge: `(typeof maxAge === 'number' || maxAge) && maxAge.toString()`, so
// every number is sent (0 too, since 2.8.5) and any other truthy value is
// sent as its string form.
func (b *builder) maxAge() {
	v := b.option("maxAge")
	if v == nil || v.kind == vUnknown {
		return
	}
	var raw string
	switch v.kind {
	case vNumber:
		raw = jsNumber(v.text)
	case vString, vBool:
		if !truthy(v) {
			return // "" and false: not sent
		}
		raw = v.text
	case vNull, vUndefined:
		return
	default:
		b.ignore("maxAge", "", fmt.Sprintf("maxAge is %s, not a number of seconds; browsers ignore the value it sends", aOrAn(v.kind)), v.span)
		return
	}
	b.p.MaxAge = maxAgeOf(raw, v.span)
	if _, err := strconv.ParseInt(raw, 10, 64); err != nil {
		b.ignore("maxAge", "", fmt.Sprintf("maxAge %s is not a whole number of seconds; browsers ignore the Access-Control-Max-Age it sends and cache the preflight for 5 seconds at most", quoteValue(v)), v.span)
	}
}

// maxAgeOf models an Access-Control-Max-Age value as sent. Raw is kept when
// the value is not a plain non-negative number.
func maxAgeOf(raw string, span policy.Span) policy.MaxAge {
	ma := policy.MaxAge{Set: true, Span: span}
	secs, err := strconv.ParseInt(raw, 10, 64)
	if err != nil {
		ma.Raw = raw
		return ma
	}
	ma.Seconds = secs
	if secs < 0 || raw != strconv.FormatInt(secs, 10) {
		ma.Raw = raw
	}
	return ma
}

func aOrAn(k vkind) string {
	switch k {
	case vArray, vObject, vUnknown:
		return "an " + k.String()
	}
	return "a " + k.String()
}

// jsNumber is Number.prototype.toString for a decimal number literal: the
// shortest round-trip digits, without exponent from 1e-6 up to 1e21.
func jsNumber(lit string) string {
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return lit // not a number literal; the front ends never give one
	}
	switch a := math.Abs(f); {
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0" // also -0
	case a >= 1e-6 && a < 1e21:
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // 1e-07: JavaScript writes 1e-7
	return strings.Replace(strings.Replace(s, "e-0", "e-", 1), "e+0", "e+", 1)
}

// preflight applies preflightContinue and optionsSuccessStatus: unless the
// preflight is passed on to the app, the library ends it with
// optionsSuccessStatus. @fastify/cors also skips preflights with
// `preflight: false`.
func (b *builder) preflight() {
	if v := b.option("preflightContinue"); v != nil && v.kind != vUnknown {
		if v.kind == vString {
			b.ignore("preflightContinue", strconv.FormatBool(truthy(v) && v.text != "false"),
				fmt.Sprintf("preflightContinue is the string %s, which JavaScript treats as %t; use a boolean", strconv.Quote(v.text), truthy(v)), v.span)
		}
		if truthy(v) {
			b.p.PreflightStatus = 0
			return
		}
	}
	if v := b.option("preflight"); b.fl.fastify && v != nil && v.kind != vUnknown && !(v.kind == vBool && v.text == "true") {
		b.p.PreflightStatus = 0 // only `preflight === true` answers preflights
		return
	}
	v := b.option("optionsSuccessStatus")
	if v == nil || v.kind == vUnknown {
		return
	}
	// Node coerces res.statusCode with `|0` and rejects codes outside
	// 100-999 when the head is written.
	var code int64 = -1
	switch v.kind {
	case vNumber:
		code = jsInt32(v.text)
	case vString:
		if s := strings.TrimSpace(v.text); s != "" {
			code = jsInt32(s)
		}
	}
	if code < 100 || code > 999 {
		b.ignore("optionsSuccessStatus", "204", fmt.Sprintf("optionsSuccessStatus %s is not an HTTP status code; Node refuses it when the preflight is answered", quoteValue(v)), v.span)
		return
	}
	b.p.PreflightStatus = int(code)
}

// jsInt32 is `Number(s) | 0` for the decimal forms configuration uses; -1
// when s is not a number.
func jsInt32(s string) int64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return -1
	}
	return int64(int32(uint32(int64(math.Trunc(math.Mod(f, 1<<32))))))
}

// lib names the library in messages.
func (b *builder) lib() string {
	if b.fl.fastify {
		return "@fastify/cors"
	}
	return "the cors package"
}

// known is the option set of the builder's library.
func (b *builder) known() map[string]bool {
	if b.fl.fastify {
		return fastifyOptions
	}
	return knownOptions
}

// unknownKeys records keys that look like an option but are not one
// (CORS021), and earlier duplicates of a key, which JavaScript drops.
func (b *builder) unknownKeys() {
	known := b.known()
	for i, m := range b.obj.members {
		if m.key == "" {
			continue // a spread or computed key
		}
		if b.obj.lookup(m.key) != &b.obj.members[i] {
			if known[m.key] {
				b.ignore(m.key, "", fmt.Sprintf("%s is set again later in the same object; this earlier value is ignored", m.key), m.keySpan)
			}
			continue
		}
		if known[m.key] {
			continue
		}
		if s := suggestionIn(m.key, known, nil); s.matched {
			b.ignore(m.key, s.option, ignoredKeyReason(b.lib(), m.key, s), m.keySpan)
		}
	}
}

// disable models a falsy origin: the middleware calls next() and sends no
// CORS header at all, whatever the other options say.
func (b *builder) disable() {
	p := &b.p
	p.Origins = policy.Origins{Kind: policy.OriginNone, Span: p.Origins.Span}
	p.Credentials.Value = ""
	p.Credentials.Always = false
	p.AllowMethods = policy.List{}
	p.AllowHeaders = policy.List{}
	p.ExposeHeaders = policy.List{}
	p.MaxAge = policy.MaxAge{}
	p.Vary = policy.Vary{}
	p.OnErrors = false
	p.PreflightStatus = 0
}
