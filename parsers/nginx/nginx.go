// Package nginx reads nginx configuration (whole nginx.conf trees with their
// includes, or fragments from conf.d/, sites-enabled/, snippets/) and turns
// every place CORS headers are set into a policy.Policy, with nginx's real
// semantics (semantics.md 2): its tokenizer, add_header inheritance and
// `always`, `if` blocks that replace a location's headers, map and if origin
// checks, headers-more. It judges nothing and reads no file except through
// parsers.File, so nothing outside the scan root is ever opened.
package nginx

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

// Parser is the nginx format family.
type Parser struct{}

// New returns the nginx parser.
func New() Parser { return Parser{} }

// Name implements parsers.Parser.
func (Parser) Name() string { return "nginx" }

// Keywords implements parsers.Parser: a file without one of these sets no
// CORS header and builds no origin check. `include` is one: a main nginx.conf
// often holds no CORS line itself but pulls in conf.d/cors.conf at http level
// and sites-enabled/* servers, and only reading it whole shows what the
// servers inherit or drop.
func (Parser) Keywords() [][]byte {
	return [][]byte{[]byte("add_header"), []byte("more_set_headers"), []byte("Access-Control"), []byte("http_origin"), []byte("include")}
}

// fileKind is which context a file's top level is in.
type fileKind int

const (
	kindMain     fileKind = iota // nginx.conf: main context (http, events...)
	kindHTTP                     // conf.d/*.conf: server and map blocks
	kindServer                   // a server body: locations, server_name
	kindLocation                 // a location body: add_header lines (snippets)
)

var mainDirectives = map[string]bool{
	"http": true, "events": true, "stream": true, "mail": true, "worker_processes": true,
	"user": true, "pid": true, "load_module": true, "daemon": true, "master_process": true,
	"worker_rlimit_nofile": true,
}

var httpDirectives = map[string]bool{
	"server": true, "map": true, "upstream": true, "geo": true, "split_clients": true,
	"log_format": true, "proxy_cache_path": true, "limit_req_zone": true, "limit_conn_zone": true,
}

var serverDirectives = map[string]bool{
	"location": true, "listen": true, "server_name": true, "ssl_certificate": true, "root": true,
}

// detectKind decides from the top-level directives what a file is.
func detectKind(tree []*directive) fileKind {
	kind := kindLocation
	for _, d := range tree {
		switch {
		case mainDirectives[d.name]:
			return kindMain
		case httpDirectives[d.name]:
			kind = kindHTTP
		case serverDirectives[d.name] && kind == kindLocation:
			kind = kindServer
		}
	}
	return kind
}

// Parse implements parsers.Parser.
func (Parser) Parse(f parsers.File) ([]policy.Policy, []policy.Notice) {
	if !isYAML(f.Path) {
		return parseConf(f)
	}
	var pols []policy.Policy
	var notices []policy.Notice
	for _, b := range yamlBlocks(f.Data) {
		g := f
		g.Data = b.data
		ps, ns := parseConf(g)
		pols = append(pols, ps...)
		if !b.nginxKey() {
			// A shell script or text block that happens to hold some
			// directives (a CI step writing a config with a heredoc):
			// its other lines are not nginx, and saying so is noise.
			ns = withoutSyntax(ns)
		}
		notices = append(notices, ns...)
	}
	return pols, notices
}

// parseConf parses one configuration file (or one block of a YAML file,
// with the other lines emptied).
func parseConf(f parsers.File) ([]policy.Policy, []policy.Notice) {
	tree, errs := parseTree(f.Path, f.Data)
	kind := detectKind(tree)
	ld := newLoader(f, kind == kindMain)
	ld.syntaxNotices(f.Path, errs)
	tree = ld.expand(tree, []string{f.Path})
	expandDollar(tree)
	if kind != kindMain {
		kind = detectKind(tree)
	}
	w := &walker{e: collectEnv(tree), file: f.Path}
	top := policy.Span{File: f.Path, Start: policy.Pos{Line: 1, Col: 1}, End: policy.Pos{Line: 1, Col: 1}}
	switch kind {
	case kindMain:
		for _, d := range tree {
			if d.name == "http" && d.hasBlock {
				w.walkHTTP(d.children, d.head)
			}
		}
	case kindHTTP:
		if !hasServer(tree) && hasHeaderDirective(tree) {
			// A snippet that holds a map next to the header lines that
			// use it (included in a server or location, or at http level
			// where every server inherits the lines): with no server of
			// its own, its body is the policy, as for any fragment.
			loc := &directive{name: "location", head: top, children: tree}
			sc := w.newScope(f.Path, loc, level{}, nil)
			sc.span = firstCORS(tree, top)
			w.pols = append(w.pols, w.evalScope(sc)...)
			break
		}
		w.walkHTTP(tree, top)
	case kindServer:
		srv := &directive{name: "server", head: top, children: tree}
		w.walkServer(srv, level{}, f.Path)
	case kindLocation:
		loc := &directive{name: "location", head: top, children: tree}
		sc := w.newScope(f.Path, loc, level{}, nil)
		sc.span = firstCORS(tree, top)
		w.pols = append(w.pols, w.evalScope(sc)...)
	}
	notices := append(append([]policy.Notice(nil), ld.notices...), w.notices...)
	if len(w.pols) == 0 && !mentionsCORS(tree) && !bytes.Contains(bytes.ToLower(f.Data), []byte("access-control-")) {
		notices = corsNotices(notices)
	}
	return dedupe(w.pols), notices
}

// withoutSyntax drops syntax notices.
func withoutSyntax(ns []policy.Notice) []policy.Notice {
	var out []policy.Notice
	for _, n := range ns {
		if !strings.HasPrefix(n.Message, "nginx syntax") {
			out = append(out, n)
		}
	}
	return out
}

// mentionsCORS reports whether a directive anywhere in the tree names a CORS
// header, or tests or sets the request origin (forwarding it upstream with
// proxy_set_header is not CORS).
func mentionsCORS(tree []*directive) bool {
	for _, d := range tree {
		origin := d.name == "if" || d.name == "map" || d.name == "set" || d.name == "add_header" || d.name == "more_set_headers"
		for _, a := range d.args {
			s := strings.ToLower(a.text)
			if strings.Contains(s, "access-control-") || origin && strings.Contains(s, "http_origin") {
				return true
			}
		}
		if strings.Contains(strings.ToLower(d.name), "access-control-") || mentionsCORS(d.children) {
			return true
		}
	}
	return false
}

// corsNotices keeps, for a file that sets no CORS header anywhere (a TLS
// reverse proxy, a static site with security headers), only the notices
// that may explain why: an include of a CORS snippet that could not be
// read. Syntax and include notices about such a file are noise to a CORS
// audit.
func corsNotices(ns []policy.Notice) []policy.Notice {
	var out []policy.Notice
	for _, n := range ns {
		if strings.Contains(strings.ToLower(n.Message), "cors") {
			out = append(out, n)
		}
	}
	return out
}

// hasServer reports whether a top-level directive is a server block.
func hasServer(tree []*directive) bool {
	for _, d := range tree {
		if d.name == "server" && d.hasBlock {
			return true
		}
	}
	return false
}

// hasHeaderDirective reports whether the tree sets a response header
// outside a map or server block (at its top level or in an if).
func hasHeaderDirective(tree []*directive) bool {
	for _, d := range tree {
		switch {
		case d.name == "add_header" || d.name == "more_set_headers":
			return true
		case d.name == "if" && hasHeaderDirective(d.children):
			return true
		}
	}
	return false
}

// firstCORS is the span of a fragment's first CORS header directive: the
// best place to point at for a snippet that has no block of its own.
func firstCORS(tree []*directive, def policy.Span) policy.Span {
	for _, d := range tree {
		if d.name == "add_header" || d.name == "more_set_headers" {
			return d.head
		}
	}
	return def
}

// dedupe drops policies identical to an earlier one but for scope and span:
// locations that all inherit one server's add_header lines are one policy,
// reported once at those lines ("one finding per place").
func dedupe(pols []policy.Policy) []policy.Policy {
	// Identical policies come from the same directives: compare whole
	// policies only when their directive spans agree.
	type seen struct {
		first int      // index in out of the first policy with this key
		jsons []string // marshalled policies with this key, once needed
	}
	byKey := map[string]*seen{}
	out := pols[:0]
	fingerprint := func(p policy.Policy) string {
		p.Scope, p.Span = "", policy.Span{}
		b, err := json.Marshal(p)
		if err != nil {
			return fmt.Sprintf("%p", &p) // never equal: keep it
		}
		return string(b)
	}
	for _, p := range pols {
		var k strings.Builder
		for _, d := range p.Directives {
			fmt.Fprintf(&k, "%s:%d:%d;", d.Span.File, d.Span.Start.Line, d.Span.Start.Col)
		}
		for _, d := range p.Dropped {
			fmt.Fprintf(&k, "!%d:%d;", d.Block.Start.Line, d.Block.Start.Col)
		}
		s := byKey[k.String()]
		if s == nil {
			byKey[k.String()] = &seen{first: len(out)}
			out = append(out, p)
			continue
		}
		if s.jsons == nil {
			s.jsons = []string{fingerprint(out[s.first])}
		}
		fp := fingerprint(p)
		if indexOf(s.jsons, fp) >= 0 {
			continue
		}
		s.jsons = append(s.jsons, fp)
		out = append(out, p)
	}
	return out
}
