package flask

import (
	"sort"
	"strconv"
	"strings"

	"github.com/corslint/corslint/parsers/python"
	"github.com/corslint/corslint/policy"
)

// DefaultFlaskCorsVersion is the flask-cors release whose semantics are
// modelled unless configured otherwise (semantics.md 4.1 describes 6.x;
// Debian bookworm still ships 3.0.10, which differs in private-network
// handling).
const DefaultFlaskCorsVersion = "6.0.2"

// flask-cors ALL_METHODS, its default `methods`.
var flaskMethods = []string{"GET", "HEAD", "POST", "OPTIONS", "PUT", "PATCH", "DELETE"}

// regexChars make flask-cors treat an origin string as a regex
// (semantics.md 4.1: not `.`, `+` or `|`).
const regexChars = `*\]?$^[()`

// build turns merged flask-cors options into a policy.
func build(opts optSet, enable policy.Span, scope, version string) policy.Policy {
	p := policy.Policy{
		Framework: "flask-cors",
		Version:   version,
		Scope:     scope,
		Span:      enable,
		// intercept_exceptions and Flask's after_request both put the headers
		// on error responses too.
		OnErrors:        true,
		PreflightStatus: 200,
	}
	buildCredentials(&p, opts)
	buildOrigins(&p, opts)
	buildLists(&p, opts)
	if op, ok := opts["max_age"]; ok && op.Value.Kind != python.None {
		if ma, ok := python.MaxAge(op.Value); ok {
			p.MaxAge = ma
		}
	}
	if op, ok := opts["automatic_options"]; ok {
		if t, known := op.Value.Truthy(); known && !t {
			p.PreflightStatus = 0
		}
	}
	buildPrivateNetwork(&p, opts, version)
	return p
}

func truthy(opts optSet, key string) (truth, set bool, op python.Option) {
	op, ok := opts[key]
	if !ok {
		return false, false, op
	}
	t, known := op.Value.Truthy()
	return t, known, op
}

func buildCredentials(p *policy.Policy, opts optSet) {
	t, set, op := truthy(opts, "supports_credentials")
	if !set {
		return
	}
	// flask-cors sends the exact string "true" for any truthy value.
	p.Credentials = policy.Credentials{Set: true, Span: op.Value.Span}
	if t {
		p.Credentials.Value = "true"
	}
}

func buildOrigins(p *policy.Policy, opts optSet) {
	wildcard, _, _ := truthy(opts, "send_wildcard")
	emit := policy.EmitOrigin
	if wildcard {
		emit = policy.EmitWildcard
	}
	op, written := opts["origins"]
	varyOn := true
	if t, set, _ := truthy(opts, "vary_header"); set && !t {
		varyOn = false
	}
	if !written {
		// The default origins '*' becomes the regex '.*' and echoes every
		// origin (semantics.md 4.1). A finding about it belongs at the setting
		// that makes it dangerous, or the call.
		span := p.Span
		if p.Credentials.Value == "true" {
			span = p.Credentials.Span
		}
		note := "flask-cors default origins '*' (every origin is echoed)"
		if wildcard {
			note = "flask-cors default origins '*', sent as `*` because of send_wildcard"
		}
		p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: emit, Default: true, DefaultNote: note, Span: span}
		if varyOn {
			p.Vary.Origin = policy.VaryWhenDynamic
		}
		return
	}
	v := op.Value
	p.Origins.Span = v.Span
	p.Origins.EnvFallback = v.EnvVar
	var items []python.Value
	switch v.Kind {
	case python.Str, python.Regex:
		items = []python.Value{v}
	case python.List:
		items = v.Items
	default:
		unknownOrigins(p, v)
		return
	}
	regex, unknown := false, false
	var ms []policy.Matcher
	for _, it := range items {
		switch {
		case it.Kind == python.Str && (it.Str == "*" || it.Str == ".*"):
			// Any entry '*' makes the whole list the wildcard regex.
			p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: emit, Span: it.Span, EnvFallback: it.EnvVar}
			if varyOn {
				p.Vary.Origin = policy.VaryWhenDynamic
			}
			return
		case it.Kind == python.Regex:
			regex = true
			ms = append(ms, matcher(it, policy.MatchRegex, it.IgnoreCase))
		case it.Kind == python.Str && strings.ContainsAny(it.Str, regexChars):
			regex = true
			ms = append(ms, matcher(it, policy.MatchRegex, true))
		case it.Kind == python.Str:
			ms = append(ms, matcher(it, policy.MatchExact, true))
		default:
			unknown = true
		}
	}
	if unknown || v.Partial {
		unknownOrigins(p, v)
		return
	}
	if len(ms) == 0 {
		p.Origins.Kind = policy.OriginNone
		return
	}
	p.Origins.Kind, p.Origins.Matchers, p.Origins.Emit = policy.OriginList, ms, policy.EmitOrigin
	// Vary: Origin only with several origins or a regex (semantics.md 4.1).
	if varyOn && (len(ms) > 1 || regex) {
		p.Vary.Origin = policy.VaryWhenDynamic
	}
}

func unknownOrigins(p *policy.Policy, v python.Value) {
	note := v.Note
	if note == "" {
		note = "origins include a value that cannot be evaluated statically"
	}
	p.Origins = policy.Origins{Kind: policy.OriginUnknown, Note: note, Span: v.Span, EnvFallback: v.EnvVar}
}

func matcher(v python.Value, kind policy.MatcherKind, ignoreCase bool) policy.Matcher {
	m := policy.Matcher{Kind: kind, Value: v.Str, IgnoreCase: ignoreCase, Dev: v.Dev, EnvFallback: v.EnvVar, Span: v.Span}
	if kind == policy.MatchRegex {
		m.Dialect, m.Mode = policy.DialectPython, policy.ModePrefix
	}
	if kind == policy.MatchExact && v.Str == "null" {
		m.Kind = policy.MatchNull
	}
	return m
}

func buildLists(p *policy.Policy, opts optSet) {
	p.AllowMethods = policy.List{Mode: policy.ListValues, Values: flaskMethods, Default: true, Span: p.Span}
	if op, ok := opts["methods"]; ok {
		if l, ok := python.HeaderList(op.Value); ok {
			for i, m := range l.Values {
				l.Values[i] = strings.ToUpper(m)
			}
			sort.Strings(l.Values)
			l.Raw = ""
			p.AllowMethods = l
		}
	}
	// allow_headers '*' (the default) answers with every requested header:
	// reflection, never a literal '*' (semantics.md 4.1).
	p.AllowHeaders = policy.List{Mode: policy.ListReflect, Default: true, Span: p.Span}
	if op, ok := opts["allow_headers"]; ok {
		if python.IsStar(op.Value) {
			p.AllowHeaders = policy.List{Mode: policy.ListReflect, Explicit: true, Span: op.Value.Span}
		} else if l, ok := python.HeaderList(op.Value); ok {
			p.AllowHeaders = l
		}
	}
	if op, ok := opts["expose_headers"]; ok && op.Value.Kind != python.None {
		if l, ok := python.HeaderList(op.Value); ok && len(l.Values) > 0 {
			p.ExposeHeaders = l
		}
	}
}

// buildPrivateNetwork follows the version history of semantics.md 4.1: no
// support before 3.1.01, always `true` up to 4.0.1, an option defaulting to
// True in 4.0.x from 4.0.2 and to False from 5.0.0.
func buildPrivateNetwork(p *policy.Policy, opts optSet, version string) {
	switch {
	case versionLess(version, "3.1.01"):
		return
	case versionLess(version, "4.0.2"):
		p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, OnlyWhenRequested: true, Default: true, Span: p.Span}
		return
	}
	def := !versionLess(version, "4.0.2") && versionLess(version, "5.0.0")
	p.PrivateNetwork = policy.PrivateNetwork{Allowed: def, OnlyWhenRequested: true, Default: true, Span: p.Span}
	if t, set, op := truthy(opts, "allow_private_network"); set {
		p.PrivateNetwork = policy.PrivateNetwork{Allowed: t, OnlyWhenRequested: true, Span: op.Value.Span}
	}
}

// versionLess compares dotted release numbers; non-numeric parts count as 0.
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) || i < len(bs); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		}
		if x != y {
			return x < y
		}
	}
	return false
}
