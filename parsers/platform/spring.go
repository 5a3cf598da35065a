package platform

import (
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
)

// springProp is one Spring property reached through nested maps, dotted
// keys or both, with its key canonicalised for relaxed binding.
type springProp struct {
	key  string // canonical: segments lower-cased without - and _, [..] kept
	pair *Pair
}

// flattenSpring lists the leaves of a Spring configuration document.
func flattenSpring(n *Node, prefix string, depth int, out *[]springProp) {
	if n == nil || n.Kind != Map || depth > 32 {
		return
	}
	for i := range n.Pairs {
		pr := &n.Pairs[i]
		key := prefix + springCanon(pr.Key)
		if pr.Value.Kind == Map {
			flattenSpring(pr.Value, key+".", depth+1, out)
			continue
		}
		if items := pr.Value.listItems(); len(items) > 0 && items[0].Kind == Map {
			// A list of objects (gateway routes) binds as key[0].field.
			for j, it := range items {
				flattenSpring(it, key+"["+itoa(j)+"].", depth+1, out)
			}
			continue
		}
		*out = append(*out, springProp{key: key, pair: pr})
	}
}

// springCanon applies relaxed binding to a dotted key: allowed-origins,
// allowedOrigins and allowed_origins are one property. Bracketed segments
// (`[/**]`) are map keys and stay as written.
func springCanon(key string) string {
	var b strings.Builder
	inBracket := false
	for _, r := range key {
		switch {
		case r == '[':
			inBracket = true
			b.WriteRune(r)
		case r == ']':
			inBracket = false
			b.WriteRune(r)
		case inBracket:
			b.WriteRune(r)
		case r == '-' || r == '_':
		default:
			b.WriteString(strings.ToLower(string(r)))
		}
	}
	return b.String()
}

// hasDottedPrefix reports whether a top-level key is a dotted Spring key.
func hasDottedPrefix(n *Node, prefixes ...string) bool {
	if n == nil || n.Kind != Map {
		return false
	}
	for _, pr := range n.Pairs {
		for _, pfx := range prefixes {
			if strings.HasPrefix(pr.Key, pfx) {
				return true
			}
		}
	}
	return false
}

// Spring's CORS configuration roots (Cloud Gateway, classic and 4.3+
// server.webflux names, and the actuator endpoints).
var (
	springGateway    = regexp.MustCompile(`^spring\.cloud\.gateway\.(?:server\.webflux\.)?globalcors\.corsconfigurations\.(\[[^\]]*\]|[^.]+)\.([a-z]+)$`)
	springManagement = regexp.MustCompile(`^management\.endpoints\.web\.cors\.([a-z]+)$`)
	// Per-route CORS of Spring Cloud Gateway (4.x): a route's
	// metadata.cors holds the same CorsConfiguration fields.
	springRouteBlock = regexp.MustCompile(`^spring\.cloud\.gateway\.(?:server\.webflux\.)?routes\[\d+\]\.metadata\.cors$`)
	springRoute      = regexp.MustCompile(`^spring\.cloud\.gateway\.(?:server\.webflux\.)?routes\[(\d+)\]\.metadata\.cors\.([a-z]+)$`)
)

// spring maps Spring Boot YAML/properties CORS settings (semantics.md 5.6).
func (x *extractor) spring(root *Node) {
	var props []springProp
	flattenSpring(root, "", 0, &props)
	type cfg struct {
		scope string
		props map[string]*Pair
		first *Pair
	}
	var cfgs []*cfg
	byScope := map[string]*cfg{}
	get := func(scope string, first *Pair) *cfg {
		if c, ok := byScope[scope]; ok {
			return c
		}
		c := &cfg{scope: scope, props: map[string]*Pair{}, first: first}
		byScope[scope] = c
		cfgs = append(cfgs, c)
		return c
	}
	for _, pr := range props {
		if m := springGateway.FindStringSubmatch(pr.key); m != nil {
			get("spring cloud gateway globalcors "+strings.Trim(m[1], "[]"), pr.pair).props[m[2]] = pr.pair
		} else if m := springManagement.FindStringSubmatch(pr.key); m != nil {
			get("actuator endpoints", pr.pair).props[m[1]] = pr.pair
		} else if m := springRoute.FindStringSubmatch(pr.key); m != nil {
			get("spring cloud gateway route "+springRouteID(props, pr.key, m[1]), pr.pair).props[m[2]] = pr.pair
		}
	}
	dev := springDevProfile(props)
	for _, c := range cfgs {
		before := len(x.pols)
		x.springPolicy(c.scope, c.props, c.first)
		for i := before; i < len(x.pols); i++ {
			x.pols[i].Dev = dev
		}
	}
}

// springRouteID names gateway route n by its id, or by its index.
func springRouteID(props []springProp, key, n string) string {
	i := strings.Index(key, "["+n+"]")
	if i < 0 {
		return n
	}
	want := key[:i] + "[" + n + "].id"
	for _, pr := range props {
		if pr.key == want {
			if id := pr.pair.Value.Text(); id != "" {
				return id
			}
		}
	}
	return "[" + n + "]"
}

// devProfiles are profile names that mean development, the same words as
// corslint's default development paths (rules.md decisions).
var devProfiles = []string{"dev", "development", "local", "test"}

// springDevProfile reports whether a document only applies under
// development profiles (`spring.config.activate.on-profile: local`, or the
// older `spring.profiles: dev`): its local origins are development origins,
// as those of application-dev.yml are.
func springDevProfile(props []springProp) bool {
	for _, pr := range props {
		if pr.key != "spring.config.activate.onprofile" && pr.key != "spring.profiles" {
			continue
		}
		items := Items(pr.pair.Value, true)
		if len(items) == 0 {
			return false
		}
		for _, it := range items {
			for _, name := range strings.FieldsFunc(it.Value, func(r rune) bool { return strings.ContainsRune("|&() ", r) }) {
				if !containsFold(devProfiles, name) {
					return false // a negation (`!prod`) or a production profile
				}
			}
		}
		return true
	}
	return false
}

func (x *extractor) springPolicy(scope string, props map[string]*Pair, first *Pair) {
	op, pp := props["allowedorigins"], props["allowedoriginpatterns"]
	if op == nil && pp == nil {
		return // an empty CorsConfiguration allows nothing
	}
	actuator := scope == "actuator endpoints"
	p := policy.Policy{
		Framework:             "spring",
		Version:               "5.3+",
		Scope:                 scope,
		Span:                  first.KeySpan,
		OnErrors:              true,
		PreflightStatus:       200,
		PreflightRejectStatus: 403,
		Vary:                  policy.Vary{Origin: policy.VaryAlways}, // DefaultCorsProcessor
	}
	p.Credentials = credentialsSetting(props["allowcredentials"])
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin}
	if op != nil {
		p.Span = settingSpan(op)
		o.Span = settingSpan(op)
		for _, it := range Items(op.Value, true) {
			if it.Unknown {
				continue
			}
			if it.Value == "*" {
				// `*` is sent literally; with credentials Spring 5.3+
				// rejects the configuration (the pair stays a CORS001).
				o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
				break
			}
			o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchExact,
				Value: strings.TrimSuffix(it.Value, "/"), IgnoreCase: true, Span: it.Span})
		}
	}
	if pp != nil && o.Kind == policy.OriginList {
		if o.Span.IsZero() {
			o.Span = settingSpan(pp)
			p.Span = o.Span
		}
		for _, it := range Items(pp.Value, true) {
			if it.Unknown {
				continue
			}
			if it.Value == "*" {
				// allowedOriginPatterns("*") echoes every origin.
				o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitOrigin, Span: it.Span}
				break
			}
			o.Matchers = append(o.Matchers, springPattern(it))
		}
	}
	if o.Kind == policy.OriginList && len(o.Matchers) == 0 {
		o = unknownOrigins(o.Span, "allowed origins are placeholders")
	}
	p.Origins = o
	p.AllowMethods = reflectStar(listSetting(props["allowedmethods"], true))
	if p.AllowMethods.Mode == policy.ListUnset {
		if actuator {
			p.AllowMethods = defaultList(p.Span, "GET")
		} else {
			p.AllowMethods = defaultList(p.Span, "GET", "HEAD")
		}
	}
	p.AllowHeaders = reflectStar(listSetting(props["allowedheaders"], true))
	p.ExposeHeaders = listSetting(props["exposedheaders"], true)
	p.MaxAge = springMaxAge(props["maxage"])
	if !p.MaxAge.Set && actuator {
		p.MaxAge = policy.MaxAge{Set: true, Seconds: 1800, Default: true, Span: p.Span}
	}
	x.add(p)
}

// springPattern reads an allowedOriginPatterns entry: `*` crosses dots;
// `:[8080,8081]` / `:[*]` port lists need the regex form.
func springPattern(it Item) policy.Matcher {
	v := strings.TrimSuffix(it.Value, "/")
	if !strings.Contains(v, "[") {
		return policy.Matcher{Kind: policy.MatchGlob, Value: v, GlobCrossesDots: true, Span: it.Span}
	}
	base, ports := v, ""
	if i := strings.LastIndex(v, ":["); i >= 0 && strings.HasSuffix(v, "]") {
		base, ports = v[:i], v[i+2:len(v)-1]
	}
	re := strings.ReplaceAll(regexp.QuoteMeta(base), `\*`, ".*")
	switch {
	case ports == "*":
		re += `(:\d+)?`
	case ports != "":
		var alts []string
		for _, pt := range strings.Split(ports, ",") {
			alts = append(alts, regexp.QuoteMeta(strings.TrimSpace(pt)))
		}
		re += "(:(" + strings.Join(alts, "|") + "))?"
	}
	return policy.Matcher{Kind: policy.MatchRegex, Value: re, Dialect: policy.DialectJava, Mode: policy.ModeFull, Span: it.Span}
}

// springMaxAge reads a Duration (`1800`, `1800s`, `30m`, `1d`).
func springMaxAge(pr *Pair) policy.MaxAge {
	if pr == nil {
		return policy.MaxAge{}
	}
	s := strings.TrimSpace(pr.Value.Text())
	if strings.HasSuffix(s, "d") {
		if days, ok := DurationSeconds(strings.TrimSuffix(s, "d")); ok {
			return policy.MaxAge{Set: true, Seconds: days * 86400, Span: settingSpan(pr)}
		}
	}
	return maxAgeSetting(pr)
}
