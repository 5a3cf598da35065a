package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// isS3Rules reports whether a list holds S3 CORS rules.
func isS3Rules(n *Node) bool {
	items := n.listItems()
	return len(items) > 0 && items[0].Get("AllowedOrigins") != nil
}

// isGCSRules reports whether a list holds GCS bucket CORS entries.
func isGCSRules(n *Node) bool {
	items := n.listItems()
	if len(items) == 0 {
		return false
	}
	first := items[0]
	return first.Get("origin") != nil && (first.Get("method") != nil || first.Get("responseHeader") != nil || first.Get("maxAgeSeconds") != nil)
}

// s3Rules maps S3 bucket CORS rules (API JSON, CloudFormation, or
// Terraform's snake_case `cors_rule` blocks). The first
// rule matching origin, method and headers wins; each rule is a policy.
// Output per semantics.md 5.7: a `*` rule sends `*` without credentials,
// any other rule echoes the origin with ACAC `true` and Vary.
func (x *extractor) s3Rules(rules *Node, bucket string) {
	for i, r := range rules.listItems() {
		if r.Kind != Map {
			continue
		}
		scope := bucket + " rule " + itoa(i+1)
		if id := r.First("ID", "Id", "id"); id != nil {
			scope += " (" + id.Value.Text() + ")"
		}
		op := r.First("AllowedOrigins", "allowed_origins")
		if op == nil {
			continue
		}
		at := settingSpan(op)
		p := policy.Policy{
			Framework:             "aws-s3",
			Scope:                 scope,
			Span:                  at,
			PreflightStatus:       200,
			PreflightRejectStatus: 403,
		}
		o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: at}
		unknown := false
		for _, it := range Items(op.Value, false) {
			if it.Unknown {
				unknown = true
				continue
			}
			if it.Value == "*" {
				o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Span: it.Span}
				break
			}
			m := policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span}
			if strings.Contains(it.Value, "*") {
				m.Kind, m.GlobCrossesDots = policy.MatchGlob, true
			}
			o.Matchers = append(o.Matchers, m)
		}
		switch {
		case o.Kind == policy.OriginList && len(o.Matchers) == 0 && unknown:
			o = unknownOrigins(at, "AllowedOrigins is computed (an intrinsic function)")
		case o.Kind == policy.OriginList && len(o.Matchers) == 0:
			o = policy.Origins{Kind: policy.OriginNone, Span: at}
		}
		p.Origins = o
		if o.Kind != policy.OriginAny {
			p.Credentials = policy.Credentials{Value: "true", Default: true, Span: at}
			p.Vary = policy.Vary{Origin: policy.VaryAlways}
		}
		p.AllowMethods = listSetting(r.First("AllowedMethods", "allowed_methods"), false)
		p.AllowHeaders = reflectStar(listSetting(r.First("AllowedHeaders", "allowed_headers"), false))
		p.ExposeHeaders = listSetting(r.First("ExposeHeaders", "ExposedHeaders", "expose_headers"), false)
		p.MaxAge = maxAgeSetting(r.First("MaxAgeSeconds", "MaxAge", "max_age_seconds"))
		x.add(p)
	}
}

// gcs maps Google Cloud Storage bucket CORS entries (the JSON document, or
// Terraform's `cors` blocks with snake_case keys; semantics.md 5.11): a
// match returns the request's own Origin, also for `*`. Whether GCS adds
// Vary is unverified, so no Vary finding is built on it.
func (x *extractor) gcs(entries *Node) {
	for i, e := range entries.listItems() {
		op := e.Pair("origin")
		if op == nil {
			continue
		}
		at := settingSpan(op)
		p := policy.Policy{
			Framework:       "gcs",
			Scope:           "bucket CORS entry " + itoa(i+1),
			Span:            at,
			PreflightStatus: 200,
			Vary:            policy.Vary{Origin: policy.VaryWhenDynamic},
		}
		o := policy.Origins{Kind: policy.OriginList, Emit: policy.EmitOrigin, Span: at}
		for _, it := range Items(op.Value, false) {
			if it.Unknown {
				continue
			}
			if it.Value == "*" {
				o = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitOrigin, Span: it.Span}
				break
			}
			o.Matchers = append(o.Matchers, policy.Matcher{Kind: policy.MatchExact, Value: it.Value, Span: it.Span})
		}
		if o.Kind == policy.OriginList && len(o.Matchers) == 0 {
			o = policy.Origins{Kind: policy.OriginNone, Span: at}
		}
		p.Origins = o
		p.AllowMethods = reflectStar(listSetting(e.Pair("method"), false))
		// responseHeader both allows request headers and exposes
		// response headers.
		p.ExposeHeaders = listSetting(e.First("responseHeader", "response_header"), false)
		p.AllowHeaders = p.ExposeHeaders
		p.MaxAge = maxAgeSetting(e.First("maxAgeSeconds", "max_age_seconds"))
		x.add(p)
	}
}
