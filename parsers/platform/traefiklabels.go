package platform

import (
	"sort"
	"strings"
)

// traefikOptions are the headers middleware's CORS options. Traefik matches
// option names case-insensitively (its labels are usually written in lower
// case: `...headers.accesscontrolalloworiginlist=...`), so keys are put back
// into this spelling before mapping.
var traefikOptions = []string{
	"accessControlAllowCredentials", "accessControlAllowHeaders", "accessControlAllowMethods",
	"accessControlAllowOrigin", "accessControlAllowOriginList", "accessControlAllowOriginListRegex", "accessControlExposeHeaders",
	"accessControlMaxAge", "addVaryHeader",
}

// traefikCanon returns h with the CORS option keys in their canonical
// spelling; other keys are kept as written.
func traefikCanon(h *Node) *Node {
	if h == nil || h.Kind != Map {
		return h
	}
	c := *h
	c.Pairs = make([]Pair, len(h.Pairs))
	for i, pr := range h.Pairs {
		for _, name := range traefikOptions {
			if strings.EqualFold(pr.Key, name) {
				pr.Key = name
				break
			}
		}
		c.Pairs[i] = pr
	}
	return &c
}

// traefikLabelPrefix starts a middleware option in Traefik's label syntax
// (Docker, Swarm, ECS dockerLabels): traefik.http.middlewares.NAME.headers.OPTION.
const traefikLabelPrefix = "traefik.http.middlewares."

// traefikLabels maps headers middlewares declared as container labels: a
// list of `key=value` strings or a map, anywhere in the document (Compose
// `labels` and `deploy.labels`, ECS `dockerLabels`). Label values are
// comma lists. It reports whether any CORS middleware was found.
func (x *extractor) traefikLabels(root *Node) bool {
	type mw struct {
		name    string
		headers *Node
	}
	byName := map[string]*mw{}
	add := func(key string, keySpan Pair, value *Node) {
		lk := strings.ToLower(key)
		if !strings.HasPrefix(lk, traefikLabelPrefix) {
			return
		}
		rest := key[len(traefikLabelPrefix):]
		name, opt, ok := strings.Cut(rest, ".headers.")
		if !ok || name == "" || strings.Contains(name, ".") || opt == "" {
			return
		}
		m := byName[name]
		if m == nil {
			m = &mw{name: name, headers: &Node{Kind: Map, Span: keySpan.KeySpan}}
			byName[name] = m
		}
		m.headers.Pairs = append(m.headers.Pairs, Pair{Key: opt, KeySpan: keySpan.KeySpan, Value: value})
	}
	walk(root, func(n *Node) bool {
		for _, pr := range n.mapPairs() {
			if pr.Value.IsScalar() || pr.Value.Kind == Unknown {
				add(pr.Key, pr, pr.Value)
			}
		}
		for _, it := range n.listItems() {
			s, ok := it.Str()
			if !ok {
				continue
			}
			k, v, ok := strings.Cut(s, "=")
			if !ok {
				continue
			}
			key := strings.TrimSpace(k)
			lead := strings.Index(s, key)
			val := labelValue(it, len(k)+1, v)
			add(key, Pair{KeySpan: it.SubSpan(lead, len(key))}, val)
		}
		return true
	})
	names := make([]string, 0, len(byName))
	for n := range byName {
		names = append(names, n)
	}
	sort.Strings(names)
	found := false
	before := len(x.pols)
	for _, n := range names {
		x.traefikHeaders(byName[n].headers, "middleware "+n+" (labels)")
	}
	if len(x.pols) > before {
		found = true
	}
	return found
}

// labelValue is the value part of a `key=value` label string, with its own
// span when the string is written verbatim on one line.
func labelValue(it *Node, off int, v string) *Node {
	trimmed := strings.TrimSpace(v)
	lead := off + strings.Index(v, trimmed)
	n := &Node{Kind: String, Value: trimmed, Templated: it.Templated}
	n.Span = it.SubSpan(lead, len(trimmed))
	if n.Span != it.Span {
		n.Literal = n.Span.Start
	}
	return n
}
