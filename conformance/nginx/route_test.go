package nginxconf

import (
	"fmt"
	"regexp"
	"strings"
)

// The harness must know which block of a case answers a probe, to pick the
// policy the parser built for that block. It reads the case's server and
// location blocks with a small scanner of its own (not the parser under
// test) and routes as nginx does: server by Host, then location.

// node is one directive of a case file, as far as routing needs it.
type node struct {
	name     string
	args     []string // as written, quotes kept (scopes print them so)
	line     int
	children []*node
}

// scanConfig reads directives and blocks. Case files are written for the
// harness: quotes and comments are handled, variables and escapes need not
// be.
func scanConfig(src string) ([]*node, error) {
	root := &node{}
	stack := []*node{root}
	var cur *node // directive being read
	line := 1
	word := func(w string, l int) {
		if cur == nil {
			cur = &node{name: w, line: l}
			return
		}
		cur.args = append(cur.args, w)
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '\n':
			line++
		case ' ', '\t', '\r':
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			line++
		case ';':
			if cur == nil {
				return nil, fmt.Errorf("line %d: stray ;", line)
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, cur)
			cur = nil
		case '{':
			if cur == nil {
				return nil, fmt.Errorf("line %d: block without a name", line)
			}
			top := stack[len(stack)-1]
			top.children = append(top.children, cur)
			stack = append(stack, cur)
			cur = nil
		case '}':
			if cur != nil || len(stack) == 1 {
				return nil, fmt.Errorf("line %d: unexpected }", line)
			}
			stack = stack[:len(stack)-1]
		case '"', '\'':
			start, l := i, line
			for i++; i < len(src) && src[i] != c; i++ {
				if src[i] == '\\' {
					i++
				}
				if i < len(src) && src[i] == '\n' {
					line++
				}
			}
			if i >= len(src) {
				return nil, fmt.Errorf("line %d: unterminated quote", l)
			}
			word(src[start:i+1], l)
		default:
			start := i
			for i < len(src) && !strings.ContainsRune(" \t\r\n;{}#", rune(src[i])) {
				i++
			}
			word(src[start:i], line)
			i--
		}
	}
	if cur != nil || len(stack) != 1 {
		return nil, fmt.Errorf("unterminated directive or block at end of file")
	}
	return root.children, nil
}

// servers lists the server blocks of a case (http-context fragment).
func servers(tree []*node) []*node {
	var out []*node
	for _, n := range tree {
		if n.name == "server" {
			out = append(out, n)
		}
	}
	return out
}

// serverScope is how parsers/nginx names a server in scopes: its first
// server_name, or its line.
func serverScope(s *node) string {
	for _, d := range s.children {
		if d.name == "server_name" && len(d.args) > 0 {
			return "server_name " + unquote(d.args[0])
		}
	}
	return fmt.Sprintf("server at line %d", s.line)
}

// pickServer is the server whose server_name lists host, else the first one
// (the default server of the port).
func pickServer(srvs []*node, host string) *node {
	for _, s := range srvs {
		for _, d := range s.children {
			if d.name != "server_name" {
				continue
			}
			for _, a := range d.args {
				if strings.EqualFold(unquote(a), host) {
					return s
				}
			}
		}
	}
	if len(srvs) == 0 {
		return nil
	}
	return srvs[0]
}

// locScope is a location's head as parsers/nginx prints it in scopes.
func locScope(l *node) string {
	return strings.Join(append([]string{l.name}, l.args...), " ")
}

// findLocation is nginx's location choice (ngx_http_core_find_location):
// an exact `=` match wins; otherwise the longest prefix, then its nested
// locations; `^~` on that prefix stops the search, else the regex locations
// are tried in order and the first match wins; else the longest prefix.
func findLocation(locs []*node, uri string) (*node, error) {
	var best *node
	bestLen := -1
	var regexes []*node
	for _, l := range locs {
		if l.name != "location" {
			continue
		}
		mod, path := "", ""
		switch len(l.args) {
		case 1:
			path = unquote(l.args[0])
		case 2:
			mod, path = l.args[0], unquote(l.args[1])
		default:
			return nil, fmt.Errorf("line %d: location with %d arguments", l.line, len(l.args))
		}
		switch mod {
		case "=":
			if uri == path {
				return l, nil
			}
		case "", "^~":
			if strings.HasPrefix(uri, path) && len(path) > bestLen {
				best, bestLen = l, len(path)
			}
		case "~", "~*":
			regexes = append(regexes, l)
		default:
			return nil, fmt.Errorf("line %d: location modifier %q", l.line, mod)
		}
	}
	if best != nil {
		inner, err := findLocation(best.children, uri)
		if err != nil || inner != nil {
			return inner, err
		}
		if best.args[0] == "^~" {
			return best, nil
		}
	}
	for _, l := range regexes {
		expr := unquote(l.args[1])
		if l.args[0] == "~*" {
			expr = "(?i)" + expr
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return nil, fmt.Errorf("line %d: location regex: %w", l.line, err)
		}
		if re.MatchString(uri) {
			return l, nil
		}
	}
	return best, nil
}

// unquote strips one level of matching quotes.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// route names the block that answers a request: the scope parsers/nginx
// gives it ("server_name a, location /x"), or the server's own scope when no
// location takes the request.
func route(tree []*node, host, path string) (string, error) {
	srv := pickServer(servers(tree), host)
	if srv == nil {
		return "", fmt.Errorf("the case has no server block")
	}
	uri, _, _ := strings.Cut(path, "?")
	loc, err := findLocation(srv.children, uri)
	if err != nil {
		return "", err
	}
	if loc == nil {
		return serverScope(srv), nil
	}
	return serverScope(srv) + ", " + locScope(loc), nil
}
