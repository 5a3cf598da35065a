package nginx

import (
	"fmt"
	"strings"
	"testing"
)

// lexAll renders every token as kind:text@line:col-line:col.
func lexAll(src string) (string, []syntaxError) {
	lx := newLexer([]byte(src))
	var out []string
	for {
		t := lx.next()
		if t.kind == tokEOF {
			break
		}
		k := map[tokKind]string{tokWord: "w", tokSemi: ";", tokOpen: "{", tokClose: "}"}[t.kind]
		q := ""
		if t.quoted {
			q = "q"
		}
		out = append(out, fmt.Sprintf("%s%s:%s@%d:%d-%d:%d", k, q, t.text, t.start.Line, t.start.Col, t.end.Line, t.end.Col))
	}
	return strings.Join(out, " "), lx.errs
}

func TestLexer(t *testing.T) {
	tests := []struct {
		name, src, want string
		errs            int
	}{
		{"directive", "add_header X y;", "w:add_header@1:1-1:11 w:X@1:12-1:13 w:y@1:14-1:15 ;:;@1:15-1:16", 0},
		{"block and lines", "location /a {\n  return 204;\n}\n",
			"w:location@1:1-1:9 w:/a@1:10-1:12 {:{@1:13-1:14 w:return@2:3-2:9 w:204@2:10-2:13 ;:;@2:13-2:14 }:}@3:1-3:2", 0},
		{"comment", "# c ; {\nx; # tail }\n", "w:x@2:1-2:2 ;:;@2:2-2:3", 0},
		{"hash inside a word is a byte", "a#b;", "w:a#b@1:1-1:4 ;:;@1:4-1:5", 0},
		{"double quotes keep spaces and braces", `add_header X "a b;{}";`, `w:add_header@1:1-1:11 w:X@1:12-1:13 wq:a b;{}@1:14-1:22 ;:;@1:22-1:23`, 0},
		{"single quotes", `x 'it''s';`, "", 1},
		{"escaped quote", `x "a\"b" 'c\'d';`, `w:x@1:1-1:2 wq:a"b@1:3-1:9 wq:c'd@1:10-1:16 ;:;@1:16-1:17`, 0},
		{"escapes nginx translates", `x "\t\\\n";`, "w:x@1:1-1:2 wq:\t\\\n@1:3-1:11 ;:;@1:11-1:12", 0},
		{"other escapes stay", `x "\.\$\d" a\;b;`, `w:x@1:1-1:2 wq:\.\$\d@1:3-1:11 w:a\;b@1:12-1:16 ;:;@1:16-1:17`, 0},
		{"variable brace stays in the word", "set $a ${b}c;", "w:set@1:1-1:4 w:$a@1:5-1:7 w:${b}c@1:8-1:13 ;:;@1:13-1:14", 0},
		{"brace after a word opens a block", "location /a{", "w:location@1:1-1:9 w:/a@1:10-1:12 {:{@1:12-1:13", 0},
		{"close brace inside a word", "a b}c;", "w:a@1:1-1:2 w:b}c@1:3-1:6 ;:;@1:6-1:7", 0},
		{"if parens", `if ($a = 'b') {`, `w:if@1:1-1:3 w:($a@1:4-1:7 w:=@1:8-1:9 wq:b@1:10-1:13 w:)@1:13-1:14 {:{@1:15-1:16`, 0},
		{"regex in quotes", `if ($http_origin ~* "^https://[a-z]{3}\.com$") {`, `w:if@1:1-1:3 w:($http_origin@1:4-1:17 w:~*@1:18-1:20 wq:^https://[a-z]{3}\.com$@1:21-1:46 w:)@1:46-1:47 {:{@1:48-1:49`, 0},
		{"utf-8 columns are bytes", "x \"é\" y;", "w:x@1:1-1:2 wq:é@1:3-1:7 w:y@1:8-1:9 ;:;@1:9-1:10", 0},
		{"byte order mark", "\xef\xbb\xbfa;", "w:a@1:4-1:5 ;:;@1:5-1:6", 0},
		{"crlf", "a;\r\nb;", "w:a@1:1-1:2 ;:;@1:2-1:3 w:b@2:1-2:2 ;:;@2:2-2:3", 0},
		{"unterminated quote", "x \"abc;\n}", "w:x@1:1-1:2 wq:abc;\n}@1:3-2:2", 1},
		{"text right after a quote", `x "a"b;`, `w:x@1:1-1:2 wq:a@1:3-1:6 w:b@1:6-1:7 ;:;@1:7-1:8`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, errs := lexAll(tt.src)
			if tt.want != "" && got != tt.want {
				t.Errorf("tokens\n got %s\nwant %s", got, tt.want)
			}
			if len(errs) != tt.errs {
				t.Errorf("errors = %v, want %d", errs, tt.errs)
			}
		})
	}
}

func TestSkipLua(t *testing.T) {
	src := `content_by_lua_block {
    local s = "}" .. '{' -- } comment
    local t = [[ } ]] --[==[ { ]==]
    if x then ngx.say("{") end
}
add_header After 1;`
	pols, ns := parseOne(t, "conf.d/x.conf", "server { location / { "+src+" add_header Access-Control-Allow-Origin *; } }")
	if len(ns) != 0 {
		t.Fatalf("notices: %v", ns)
	}
	if len(pols) != 1 || pols[0].Origins.Kind.String() != "any" {
		t.Fatalf("policies after a Lua block: %v", summaries(pols))
	}
	tree, errs := parseTree("x", []byte(src))
	if len(errs) != 0 || len(tree) != 2 || !tree[0].opaque || tree[1].name != "add_header" || tree[1].head.Start.Line != 6 {
		t.Fatalf("tree: %d directives, errs %v", len(tree), errs)
	}
}

func TestUnescape(t *testing.T) {
	for in, want := range map[string]string{
		`a\"b`: `a"b`, `a\\b`: `a\b`, `\t`: "\t", `\x`: `\x`, `\$x`: `\$x`, `end\`: `end\`,
	} {
		if got := unescape(in); got != want {
			t.Errorf("unescape(%q) = %q, want %q", in, got, want)
		}
	}
}
