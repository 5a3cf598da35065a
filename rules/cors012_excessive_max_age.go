// CORS012 is an Access-Control-Max-Age above the configured threshold
// (ctx.MaxAge, 3600 s by default), including framework defaults such as
// django-cors-headers' one day or ingress-nginx's 20 days, reported at the
// setting that enables CORS. It does not judge what the cached preflight
// allows; the other rules do.

package rules

import (
	"fmt"

	"github.com/corslint/corslint/policy"
)

// Browser caps on preflight caching (semantics.md 1, Max-Age).
const (
	chromiumMaxAgeCap = 7200
	firefoxMaxAgeCap  = 86400
)

type excessiveMaxAge struct{}

func (excessiveMaxAge) Meta() Meta {
	bad := `{"origin": ["https://app.example.com"], "maxAge": 86400}`
	good := `{"origin": ["https://app.example.com"], "maxAge": 600}`
	return Meta{
		ID:    "CORS012",
		Name:  "excessive-max-age",
		Short: "Preflight answers are cached for too long.",
		Full: "Access-Control-Max-Age is above the threshold (3600 s by default, configurable). Browsers keep the " +
			"preflight answer that long, so a tightened policy (a removed origin, method or header) keeps working for " +
			"cached clients. Values above the browser caps (Chromium 7200 s, Firefox 86400 s) are silently cut.",
		Help: helpMarkdown(
			"A long preflight cache means a change to the CORS policy takes effect only when the cached entries expire: an origin you removed after an incident can keep sending non-simple requests for hours or days. Large values are also misleading, since Chromium keeps at most 7200 s and Firefox 86400 s.",
			FormatExpressJSON, bad, good,
			"Use a Max-Age of at most an hour (600 s is a common choice); preflights are cheap.",
		),
		Severity:         Low,
		SecuritySeverity: "3.1",
		Tags:             []string{"security", "cors", "external/cwe/cwe-942"},
		Precision:        "very-high",
		ExampleFormat:    FormatExpressJSON,
		BadExample:       bad,
		GoodExample:      good,
	}
}

func (r excessiveMaxAge) Check(ctx *Context, p *policy.Policy) []Finding {
	limit := int64(DefaultMaxAge)
	if ctx != nil && ctx.MaxAge > 0 {
		limit = ctx.MaxAge
	}
	a := p.MaxAge
	if !a.Set || a.Seconds <= limit {
		return nil
	}
	msg := fmt.Sprintf("Browsers keep this policy's preflight answers for up to %s: Access-Control-Max-Age is %d seconds, above the %d-second limit, so a tightened policy keeps working for cached clients.", duration(a.Seconds), a.Seconds, limit)
	caps := ""
	switch {
	case a.Seconds > firefoxMaxAgeCap:
		caps = fmt.Sprintf("The value is above both browser caps (Chromium %d s, Firefox %d s), which silently cut it.", chromiumMaxAgeCap, firefoxMaxAgeCap)
	case a.Seconds > chromiumMaxAgeCap:
		caps = fmt.Sprintf("Chromium silently cuts it to %d s; Firefox keeps up to %d s.", chromiumMaxAgeCap, firefoxMaxAgeCap)
	}
	span := a.Span
	def := ""
	if a.Default || span.IsZero() {
		span = p.Span
		def = "This comes from a default: the framework sends this Max-Age when none is configured."
	}
	f := newFinding(r.Meta(), p, span, join(msg, caps, def))
	f.Fix = fmt.Sprintf("Set Access-Control-Max-Age to %d seconds or less.", limit)
	return []Finding{f}
}

// duration says how long n seconds is in words.
func duration(n int64) string {
	switch {
	case n >= 86400 && n%86400 == 0:
		return plural(n/86400, "day")
	case n >= 3600 && n%3600 == 0:
		return plural(n/3600, "hour")
	case n >= 60 && n%60 == 0:
		return plural(n/60, "minute")
	}
	return plural(n, "second")
}

func plural(n int64, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
