package platform

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// header is one configured response header with its spans.
type header struct {
	name    string
	value   *Node
	nameAt  policy.Span
	valueAt policy.Span
	// echo: the value is the request's Origin header (an API Gateway
	// mapping from method.request.header.origin).
	echo bool
}

// staticHeaders maps static header rules: netlify.toml `[[headers]]`,
// vercel.json `headers`/`routes`, firebase.json `hosting.headers`, Azure
// Static Web Apps' staticwebapp.config.json `globalHeaders`/`routes`. Values
// are sent as written, to every origin (semantics.md 5.12).
func (x *extractor) staticHeaders(root *Node) bool {
	found := false
	for _, blk := range root.Get("headers").listItems() {
		switch {
		case blk.Get("for") != nil: // netlify
			if x.headerBlock("netlify", "headers for "+blk.Get("for").Text(), mapHeaders(blk.Get("values"))) {
				found = true
			}
		case blk.Get("source") != nil: // vercel
			if x.headerBlock("vercel", "headers for "+blk.Get("source").Text(), keyValueHeaders(blk.Get("headers"))) {
				found = true
			}
		}
	}
	for _, rt := range root.Get("routes").listItems() {
		switch {
		case rt.Get("src") != nil: // vercel legacy routes
			if x.headerBlock("vercel", "route "+rt.Get("src").Text(), mapHeaders(rt.Get("headers"))) {
				found = true
			}
		case rt.Get("route") != nil: // Azure Static Web Apps
			if x.headerBlock("azure-static-web-apps", "route "+rt.Get("route").Text(), mapHeaders(rt.Get("headers"))) {
				found = true
			}
		}
	}
	// Azure Static Web Apps' globalHeaders apply to every response.
	if x.headerBlock("azure-static-web-apps", "global headers", mapHeaders(root.Get("globalHeaders"))) {
		found = true
	}
	hosting := root.Get("hosting")
	sites := []*Node{hosting}
	if hosting != nil && hosting.Kind == List {
		sites = hosting.Items
	}
	for _, site := range sites {
		for _, blk := range site.Get("headers").listItems() {
			src := blk.First("source", "glob", "regex")
			scope := "hosting headers"
			if src != nil {
				scope += " for " + src.Value.Text()
			}
			if x.headerBlock("firebase", scope, keyValueHeaders(blk.Get("headers"))) {
				found = true
			}
		}
	}
	return found
}

// mapHeaders reads `Name = "value"` maps (netlify, vercel routes).
func mapHeaders(n *Node) []header {
	if n == nil || n.Kind != Map {
		return nil
	}
	out := make([]header, 0, len(n.Pairs))
	for _, pr := range n.Pairs {
		out = append(out, header{name: pr.Key, value: pr.Value, nameAt: pr.KeySpan, valueAt: settingSpan(&pr)})
	}
	return out
}

// keyValueHeaders reads `[{key, value}]` lists (vercel, firebase).
func keyValueHeaders(n *Node) []header {
	var out []header
	for _, it := range n.listItems() {
		k, v := it.Pair("key"), it.Pair("value")
		if k == nil || v == nil {
			continue
		}
		out = append(out, header{name: k.Value.Text(), value: v.Value, nameAt: settingSpan(k), valueAt: settingSpan(v)})
	}
	return out
}

// headerBlock builds one static policy from a block of headers; it
// reports whether the block sets any CORS header.
func (x *extractor) headerBlock(framework, scope string, hs []header) bool {
	p := policy.Policy{Framework: framework, Scope: scope}
	var acao []header
	var first policy.Span
	cors := false
	for _, h := range hs {
		name := strings.ToLower(strings.TrimSpace(h.name))
		val := h.value.Text()
		if strings.HasPrefix(name, "access-control-") {
			cors = true
			if first.IsZero() {
				first = h.valueAt
			}
		}
		switch name {
		case "access-control-allow-origin":
			acao = append(acao, h)
		case "access-control-allow-credentials":
			p.Credentials = policy.Credentials{Value: strings.TrimSpace(val), Set: true, Span: h.valueAt}
		case "access-control-allow-methods":
			p.AllowMethods = staticList(h)
		case "access-control-allow-headers":
			p.AllowHeaders = staticList(h)
		case "access-control-expose-headers":
			p.ExposeHeaders = staticList(h)
		case "access-control-max-age":
			p.MaxAge = maxAgeSetting(&Pair{Key: h.name, KeySpan: h.nameAt, Value: h.value})
			p.MaxAge.Span = h.valueAt
		case "access-control-allow-private-network":
			if strings.EqualFold(strings.TrimSpace(val), "true") {
				p.PrivateNetwork = policy.PrivateNetwork{Allowed: true, Span: h.valueAt}
			}
		case "vary":
			for _, v := range strings.Split(val, ",") {
				if strings.EqualFold(strings.TrimSpace(v), "origin") {
					p.Vary = policy.Vary{Origin: policy.VaryAlways, Span: h.valueAt}
				}
			}
		}
	}
	if !cors {
		return false
	}
	p.Origins = policy.Origins{Kind: policy.OriginNone}
	if len(acao) > 0 {
		first := acao[0]
		p.Span = first.valueAt
		v := strings.TrimSpace(first.value.Text())
		switch {
		case first.echo:
			p.Origins = policy.Origins{Kind: policy.OriginEchoAny, Span: first.valueAt}
		case first.value.Kind == Unknown || placeholderOnly(v):
			p.Origins = unknownOrigins(first.valueAt, "Access-Control-Allow-Origin is a placeholder")
		case v == "*":
			p.Origins = policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Value: v, Span: first.valueAt}
		case v != "":
			p.Origins = policy.Origins{Kind: policy.OriginStatic, Value: v, Span: first.valueAt}
		}
		for _, h := range acao[1:] {
			p.Origins.ExtraFields = append(p.Origins.ExtraFields, policy.Field{Value: h.value.Text(), Echo: h.echo, Span: h.valueAt})
		}
	} else {
		p.Span = first
		p.Origins.Span = first
	}
	x.add(p)
	return true
}

// staticList reads a header value sent as written.
func staticList(h header) policy.List {
	raw := strings.TrimSpace(h.value.Text())
	if raw == "" {
		return policy.List{}
	}
	var vals []string
	for _, v := range strings.Split(raw, ",") {
		if t := strings.TrimSpace(v); t != "" {
			vals = append(vals, t)
		}
	}
	return policy.List{Mode: policy.ListValues, Values: vals, Raw: raw, Explicit: true, Span: h.valueAt}
}
