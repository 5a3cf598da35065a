package platform

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// ingress-nginx annotation names and defaults (controller v1.15.0,
// semantics.md 5.1).
const (
	nginxPrefix          = "nginx.ingress.kubernetes.io/"
	nginxDefaultMethods  = "GET, PUT, POST, DELETE, PATCH, OPTIONS"
	nginxDefaultHeaders  = "DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,Content-Type,Range,Authorization"
	nginxDefaultMaxAge   = 1728000
	nginxFramework       = "ingress-nginx"
	nginxOneLabelPattern = `[A-Za-z0-9\-]+`
)

// The controller's validators: a value failing originValidator is replaced by
// `*` (annotation validation, spaces removed first); an entry failing
// originEntry is dropped; invalid method/header lists fall back to defaults.
var (
	nginxOriginValidator = regexp.MustCompile(`^(((([a-z]+://)?(\*\.)?[A-Za-z0-9\-.]*(:\d+)?,?)+)|\*)?$`)
	nginxOriginEntry     = regexp.MustCompile(`^([a-z]+://(\*\.)?[A-Za-z0-9\-.]*(:\d+)?|\*)?$`)
	nginxMethods         = regexp.MustCompile(`^([A-Za-z]+,?\s?)+$`)
	nginxHeaders         = regexp.MustCompile(`^([A-Za-z0-9\-\_]+,?\s?)+$`)
	nginxExposeHeaders   = regexp.MustCompile(`^(([A-Za-z0-9\-\_]+|\*),?\s?)+$`)
)

// ingressNginx maps the CORS annotations of one Ingress.
func (x *extractor) ingressNginx(root *Node) {
	x.nginxAnnotations(root.Path("metadata", "annotations"), ingressScope(root), true)
}

// nginxAnnotations maps one set of ingress-nginx annotations. onIngress is
// false for annotations that a chart or operator copies onto an Ingress
// later (Helm values, a HelmRelease's values): there a CORS annotation
// without enable-cors may be completed by the template, so it is not
// reported as ignored.
func (x *extractor) nginxAnnotations(ann *Node, scope string, onIngress bool) {
	x.nginxSnippets(ann, scope)
	enable := ann.Pair(nginxPrefix + "enable-cors")
	on := false
	if enable != nil {
		if enable.Value.Templated || enable.Value.Kind == Unknown {
			return // decided at deploy time; nothing to judge
		}
		on, _ = ParseBool(enable.Value.Text())
	}
	if !on {
		// An explicit enable-cors "false" is a deliberate off switch: the
		// CORS annotations beside it are kept on purpose (a rollback
		// plan), not options the author believes are in effect, so only a
		// missing or unreadable enable-cors makes them CORS021.
		if onIngress && !explicitlyOff(enable) {
			x.ingressIgnored(ann, enable, scope)
		}
		return
	}
	at := settingSpan(enable)
	p := policy.Policy{
		Framework:       nginxFramework,
		Scope:           scope,
		Span:            at,
		OnErrors:        true, // more_set_headers: every status (semantics.md 5.1)
		PreflightStatus: 204,
		Vary:            policy.Vary{Origin: policy.VaryNever},
	}
	p.Origins = x.nginxOrigins(ann.Pair(nginxPrefix+"cors-allow-origin"), at, &p)

	// cors-allow-credentials defaults to true; an unparsable value keeps it.
	p.Credentials = policy.Credentials{Value: "true", Default: true, Span: at}
	if c := ann.Pair(nginxPrefix + "cors-allow-credentials"); c != nil {
		if b, ok := ParseBool(c.Value.Text()); ok {
			p.Credentials = policy.Credentials{Set: true, Span: settingSpan(c)}
			if b {
				p.Credentials.Value = "true"
			}
		}
	}
	p.AllowMethods = nginxList(ann.Pair(nginxPrefix+"cors-allow-methods"), nginxMethods, at, nginxDefaultMethods)
	p.AllowHeaders = nginxList(ann.Pair(nginxPrefix+"cors-allow-headers"), nginxHeaders, at, nginxDefaultHeaders)
	p.ExposeHeaders = nginxList(ann.Pair(nginxPrefix+"cors-expose-headers"), nginxExposeHeaders, at, "")

	p.MaxAge = policy.MaxAge{Set: true, Seconds: nginxDefaultMaxAge, Default: true, Span: at}
	if m := ann.Pair(nginxPrefix + "cors-max-age"); m != nil {
		switch v, ok := IntOf(m.Value); {
		case ok:
			p.MaxAge = policy.MaxAge{Set: true, Seconds: v, Span: settingSpan(m)}
		case m.Value.Templated || m.Value.Kind == Unknown || placeholderOnly(m.Value.Text()):
			// Decided at deploy time (a Helm value): unknown, not the
			// controller's default, which only an unusable literal gets.
			p.MaxAge = policy.MaxAge{}
		}
	}
	x.add(p)
}

// nginxOrigins resolves cors-allow-origin: default and `*` give a literal
// `*`; a list becomes one case-insensitive, end-anchored PCRE per entry
// whose match is echoed.
func (x *extractor) nginxOrigins(ap *Pair, enableAt policy.Span, p *policy.Policy) policy.Origins {
	if ap == nil || strings.TrimSpace(ap.Value.Text()) == "" {
		if ap != nil && ap.Value.Kind == Unknown {
			return unknownOrigins(settingSpan(ap), "cors-allow-origin is not a literal string")
		}
		return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true,
			DefaultNote: "ingress-nginx allows every origin (cors-allow-origin defaults to *)", Span: enableAt}
	}
	at := settingSpan(ap)
	raw := ap.Value.Text()
	if placeholderOnly(raw) {
		return unknownOrigins(at, "cors-allow-origin is a template placeholder")
	}
	// A placeholder is judged as a valid host: only the known text can
	// fail the validator (`https://${DOMAIN}` is fine, `HTTPS://${DOMAIN}`
	// is not).
	if !ap.Value.Templated && !nginxOriginValidator.MatchString(strings.ReplaceAll(fillPlaceholders(raw), " ", "")) {
		// The written value is what the user fixes, so it is not a
		// Default (whose findings point at the enabling setting).
		return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: at,
			Replaced: "ingress-nginx sends `*` instead, because " + nginxRejection(ap.Value) + " fails its cors-allow-origin validator"}
	}
	o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: at}
	for _, it := range Items(ap.Value, true) {
		if it.Value == "*" {
			return policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
		}
		if it.Unknown {
			continue
		}
		// `null` stays: the generated regex then accepts any origin ending
		// in "null" (semantics.md 5.1).
		if !ap.Value.Templated && it.Value != "null" && !nginxOriginEntry.MatchString(fillPlaceholders(it.Value)) {
			p.Ignored = append(p.Ignored, policy.Ignored{
				Key:    "cors-allow-origin",
				Reason: fmt.Sprintf("ingress-nginx drops the entry %q: an origin needs a lower-case scheme", it.Value),
				Span:   it.Span,
			})
			continue
		}
		m := policy.Matcher{
			Kind:       policy.MatchRegex,
			Value:      nginxOriginRegex(it.Value),
			Dialect:    policy.DialectPCRE,
			Mode:       policy.ModeSuffix,
			IgnoreCase: true,
			Span:       it.Span,
		}
		if it.Value != "null" && !strings.Contains(it.Value, "*") {
			// The quoted entry, anchored at the end, accepts no browser
			// origin but itself (a scheme can only start the string), so
			// it is an exact, case-insensitive entry: one such entry
			// always echoes the same value (rules.md, CORS018).
			m = policy.Matcher{Kind: policy.MatchExact, Value: it.Value, IgnoreCase: true, Span: it.Span}
		} else if nginxLabelGlob(it.Value) {
			// `scheme://*.rest` with its only `*` opening the host: the
			// one-label regex, anchored at the end behind a scheme that
			// can only start an origin, accepts exactly what a host glob
			// accepts. As a glob, rules can judge `https://*.${DOMAIN}`
			// (rules.md, template placeholders: still CORS006).
			m = policy.Matcher{Kind: policy.MatchGlob, Value: it.Value, IgnoreCase: true, Span: it.Span}
		}
		o.Matchers = append(o.Matchers, m)
	}
	if len(o.Matchers) == 0 {
		return unknownOrigins(at, "no cors-allow-origin entry is usable")
	}
	return o
}

// nginxRejection names the first entry of a cors-allow-origin value that the
// controller's validator refuses, with why a browser never sends it, for the
// message.
func nginxRejection(v *Node) string {
	for _, it := range Items(v, true) {
		if it.Unknown || nginxOriginEntry.MatchString(fillPlaceholders(it.Value)) {
			continue
		}
		if ok, why := policy.IsValidOriginValue(it.Value); !ok {
			return strconv.Quote(it.Value) + " (it " + why + ")"
		}
		return strconv.Quote(it.Value)
	}
	return strconv.Quote(v.Text())
}

// nginxLabelGlob reports whether an entry's only `*` opens its host, right
// after `scheme://`, so the controller's regex equals a one-label host glob.
func nginxLabelGlob(origin string) bool {
	i := strings.Index(origin, "://*.")
	return i > 0 && strings.Count(origin, "*") == 1
}

// nginxOriginRegex is the controller's buildOriginRegex: the entry quoted,
// its first `*` standing for one DNS label.
func nginxOriginRegex(origin string) string {
	return strings.Replace(regexp.QuoteMeta(origin), `\*`, nginxOneLabelPattern, 1)
}

// nginxList reads a method/header annotation; invalid values fall back to
// the default as the controller does.
func nginxList(ap *Pair, valid *regexp.Regexp, enableAt policy.Span, def string) policy.List {
	if ap != nil {
		raw := ap.Value.Text()
		if valid.MatchString(raw) {
			l := listSetting(ap, true)
			l.Raw = raw
			return l
		}
	}
	if def == "" {
		return policy.List{}
	}
	var vals []string
	for _, v := range strings.Split(def, ",") {
		vals = append(vals, strings.TrimSpace(v))
	}
	l := defaultList(enableAt, vals...)
	l.Raw = def
	return l
}

// explicitlyOff reports whether enable-cors is present with a value the
// controller reads as false.
func explicitlyOff(enable *Pair) bool {
	if enable == nil {
		return false
	}
	b, ok := ParseBool(enable.Value.Text())
	return ok && !b
}

// ingressIgnored records CORS annotations that do nothing because CORS is
// not enabled on the Ingress (CORS021).
func (x *extractor) ingressIgnored(ann *Node, enable *Pair, scope string) {
	if ann == nil || ann.Kind != Map {
		return
	}
	var ignored []policy.Ignored
	for _, pr := range ann.Pairs {
		if !strings.HasPrefix(pr.Key, nginxPrefix+"cors-") {
			continue
		}
		reason := "ingress-nginx ignores CORS annotations unless enable-cors is \"true\""
		ignored = append(ignored, policy.Ignored{
			Key:     strings.TrimPrefix(pr.Key, nginxPrefix),
			Suggest: nginxPrefix + "enable-cors",
			Reason:  reason,
			Span:    pr.KeySpan,
		})
	}
	if len(ignored) == 0 {
		return
	}
	span := ignored[0].Span
	if enable != nil {
		span = settingSpan(enable)
	}
	x.add(policy.Policy{
		Framework: nginxFramework,
		Scope:     scope,
		Span:      span,
		Origins:   policy.Origins{Kind: policy.OriginNone, Span: span},
		Ignored:   ignored,
	})
}

// annotationMaps maps ingress-nginx CORS annotations written outside an
// Ingress object: Helm values (`ingress.annotations`), a HelmRelease's
// values, or any other map that the annotations are copied from. Only maps
// that set enable-cors count, so a values file listing a lone
// cors-allow-origin for a template that adds the switch is not judged
// without it. It reports whether any map was found.
func (x *extractor) annotationMaps(root *Node) bool {
	found := false
	var visit func(n *Node, path string, depth int)
	visit = func(n *Node, path string, depth int) {
		if n == nil || depth > 64 {
			return
		}
		if n.Pair(nginxPrefix+"enable-cors") != nil || n.Pair(nginxPrefix+"configuration-snippet") != nil {
			found = true
			scope := "ingress-nginx annotations"
			if path != "" {
				scope += " at " + path
			}
			x.nginxAnnotations(n, scope, false)
			return
		}
		for _, pr := range n.mapPairs() {
			sub := pr.Key
			if path != "" {
				sub = path + "." + pr.Key
			}
			visit(pr.Value, sub, depth+1)
		}
		for i, it := range n.listItems() {
			visit(it, path+"["+itoa(i)+"]", depth+1)
		}
	}
	visit(root, "", 0)
	return found
}

// ingressScope names an Ingress and the hosts and paths it routes.
func ingressScope(root *Node) string {
	var parts []string
	for _, r := range root.Path("spec", "rules").listItems() {
		host := r.Get("host").Text()
		if host == "" {
			host = "*"
		}
		paths := r.Path("http", "paths").listItems()
		if len(paths) == 0 {
			parts = append(parts, host)
			continue
		}
		for _, pth := range paths {
			parts = append(parts, host+pth.Get("path").Text())
		}
	}
	s := objectName(root, "Ingress")
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}
