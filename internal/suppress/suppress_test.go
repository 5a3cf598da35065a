package suppress

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// want is a directive reduced to what the table checks.
type want struct {
	Line      int
	IDs       []string
	Reason    string
	AppliesTo []int
}

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		path    string
		src     string
		want    []want
		notices []string // substrings, one per notice, in order
	}{
		{"nginx line above", "nginx.conf",
			"# corslint:ignore CORS012 cdn caches preflights\nadd_header Access-Control-Max-Age 86400;\n",
			[]want{{1, []string{"CORS012"}, "cdn caches preflights", []int{1, 2}}}, nil},
		{"trailing comment on code", "sites-enabled/api",
			"add_header X 1; # corslint:ignore CORS020 -- preflight only\nnext;\n",
			[]want{{1, []string{"CORS020"}, "preflight only", []int{1}}}, nil},
		{"comma list", "app.js",
			"// corslint:ignore CORS001,CORS004 -- reviewed in SEC-12\napp.use(cors(opts));\n",
			[]want{{1, []string{"CORS001", "CORS004"}, "reviewed in SEC-12", []int{1, 2}}}, nil},
		{"comma and blanks", "a.yaml",
			"# corslint:ignore CORS001 , CORS004 reason here\nx: 1\n",
			[]want{{1, []string{"CORS001", "CORS004"}, "reason here", []int{1, 2}}}, nil},
		{"blank separated IDs", "a.py",
			"CORS(app)  # corslint:ignore CORS001 CORS004 ok\n",
			[]want{{1, []string{"CORS001", "CORS004"}, "ok", []int{1}}}, nil},
		{"lower case ID and duplicate", "a.toml",
			"# corslint:ignore cors008,CORS008 public\n[x]\n",
			[]want{{1, []string{"CORS008"}, "public", []int{1, 2}}}, nil},
		{"block comment on code line", "a.ts",
			"/* corslint:ignore CORS008 public */ app.use(cors());\n",
			[]want{{1, []string{"CORS008"}, "public", []int{1}}}, nil},
		{"block comment alone", "a.tsx",
			"/* corslint:ignore CORS008 public */\napp.use(cors());\n",
			[]want{{1, []string{"CORS008"}, "public", []int{1, 2}}}, nil},
		{"jsdoc body", "a.js",
			"/**\n * corslint:ignore CORS008 public API\n */\napp.use(cors());\n",
			[]want{{2, []string{"CORS008"}, "public API", []int{2, 4}}}, nil},
		{"code after block comment", "a.js",
			"/* x */ foo(); // corslint:ignore CORS002 r\n",
			[]want{{1, []string{"CORS002"}, "r", []int{1}}}, nil},
		{"chained directives", "a.conf",
			"# corslint:ignore CORS001 a\n# corslint:ignore CORS012 b\nadd_header X y;\n",
			[]want{{1, []string{"CORS001"}, "a", []int{1, 3}}, {2, []string{"CORS012"}, "b", []int{2, 3}}}, nil},
		{"other comment between", "a.conf",
			"# corslint:ignore CORS001 a\n# plain note\nadd_header X y;\n",
			[]want{{1, []string{"CORS001"}, "a", []int{1, 3}}}, nil},
		{"blank line breaks it", "a.conf",
			"# corslint:ignore CORS001 a\n\nadd_header X y;\n",
			[]want{{1, []string{"CORS001"}, "a", []int{1}}}, nil},
		{"at end of file", "a.conf", "# corslint:ignore CORS001 a",
			[]want{{1, []string{"CORS001"}, "a", []int{1}}}, nil},
		{"crlf", "a.conf", "# corslint:ignore CORS012 r\r\nadd_header X y;\r\n",
			[]want{{1, []string{"CORS012"}, "r", []int{1, 2}}}, nil},
		{"yaml apostrophe in plain value", "a.yaml",
			"note: it's public # corslint:ignore CORS008 public bucket\n",
			[]want{{1, []string{"CORS008"}, "public bucket", []int{1}}}, nil},
		{"yaml quoted hash then comment", "a.yml",
			"url: \"http://x#y\" # corslint:ignore CORS008 r\n",
			[]want{{1, []string{"CORS008"}, "r", []int{1}}}, nil},
		{"yaml block scalar holding nginx", "cm.yaml",
			"data:\n  nginx.conf: |\n    # corslint:ignore CORS012 r\n    add_header Access-Control-Max-Age 1;\n",
			[]want{{3, []string{"CORS012"}, "r", []int{3, 4}}}, nil},

		// Not directives.
		{"JS string with marker", "a.js", "const s = \"// corslint:ignore CORS001 x\";\n", nil, nil},
		{"JS single quotes", "a.js", "const s = '/* corslint:ignore CORS001 x */';\n", nil, nil},
		{"JS template over lines", "a.ts", "const s = `\n// corslint:ignore CORS001 x\n`;\n", nil, nil},
		{"python string with hash", "a.py", "x = \"# corslint:ignore CORS001 x\"\n", nil, nil},
		{"python f-string", "a.py", "x = f'# corslint:ignore CORS001 {y}'\n", nil, nil},
		{"python docstring", "a.py", "\"\"\"\n# corslint:ignore CORS001 doc\n\"\"\"\n", nil, nil},
		{"python docstring one line then comment", "a.py", "\"\"\"doc\"\"\"  # corslint:ignore CORS001 r\n",
			[]want{{1, []string{"CORS001"}, "r", []int{1}}}, nil},
		{"nginx hash inside a word", "a.conf", "set $x a#corslint:ignore CORS001 r;\n", nil, nil},
		{"nginx quoted hash", "a.conf", "add_header X \"# corslint:ignore CORS001 r\";\n", nil, nil},
		{"hash is not a JS comment", "a.js", "# corslint:ignore CORS001 r\n", nil, nil},
		{"slash is not a YAML comment", "a.yaml", "// corslint:ignore CORS001 r\n", nil, nil},
		{"JSON has no comments", "s3.json", "// corslint:ignore CORS001 r\n# corslint:ignore CORS001 r\n", nil, nil},
		{"prose mention", "a.conf", "# see corslint:ignore in the docs\n", nil, nil},
		{"corslint colon prose", "a.conf", "# corslint: checked by CI\n", nil, nil},

		// Malformed.
		{"missing reason", "a.conf", "# corslint:ignore CORS012\nx;\n", nil, []string{"CORS012 has no reason and is not applied"}},
		{"missing reason after dashes", "a.conf", "# corslint:ignore CORS012 --  \n", nil, []string{"has no reason"}},
		{"no IDs", "a.conf", "# corslint:ignore because\n", nil, []string{"needs at least one rule ID"}},
		{"no IDs at all", "a.conf", "# corslint:ignore\n", nil, []string{"needs at least one rule ID"}},
		{"malformed ID", "a.conf", "# corslint:ignore CORS12 r\n", nil, []string{`malformed rule ID "CORS12"`}},
		{"malformed in list keeps the rest", "a.conf", "# corslint:ignore CORS001,foo r\nx;\n",
			[]want{{1, []string{"CORS001"}, "r", []int{1, 2}}}, []string{`malformed rule ID "foo"`}},
		{"dangling comma", "a.conf", "# corslint:ignore CORS001, -- r\n",
			[]want{{1, []string{"CORS001"}, "r", []int{1}}}, []string{"missing rule ID after a comma"}},
		{"glued keyword", "a.conf", "# corslint:ignoreCORS001 r\n", nil, []string{"unknown directive"}},
		{"glued comma", "a.conf", "# corslint:ignore,CORS001 r\n", nil, []string{"malformed corslint:ignore directive"}},
		{"unknown directive", "a.conf", "# corslint:disable CORS001 r\n", nil, []string{`unknown directive "corslint:disable"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dirs, notices := Parse(tt.path, []byte(tt.src))
			var got []want
			for _, d := range dirs {
				got = append(got, want{d.Line, d.IDs, d.Reason, d.AppliesTo})
				if d.Span.File != tt.path || d.Span.Start.Line != d.Line || d.Span.End.Line != d.Line {
					t.Errorf("span %+v does not point at %s:%d", d.Span, tt.path, d.Line)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("directives:\n got %+v\nwant %+v", got, tt.want)
			}
			if len(notices) != len(tt.notices) {
				t.Fatalf("notices = %+v, want %d", notices, len(tt.notices))
			}
			for i, n := range notices {
				if !strings.Contains(n.Message, tt.notices[i]) {
					t.Errorf("notice %d = %q, want it to contain %q", i, n.Message, tt.notices[i])
				}
				if n.Span.File != tt.path || n.Span.Start.Line == 0 || n.Level != policy.LevelWarning {
					t.Errorf("notice %d has span %+v level %s", i, n.Span, n.Level)
				}
			}
		})
	}
}

func TestParseSpanColumns(t *testing.T) {
	src := "x;\n  add_header X y; # corslint:ignore CORS012 r  \n"
	dirs, _ := Parse("a.conf", []byte(src))
	if len(dirs) != 1 {
		t.Fatalf("dirs = %+v", dirs)
	}
	line := "  add_header X y; # corslint:ignore CORS012 r  "
	startCol := strings.Index(line, "corslint") + 1
	wantSpan := policy.Span{
		File:  "a.conf",
		Start: policy.Pos{Line: 2, Col: startCol},
		End:   policy.Pos{Line: 2, Col: startCol + len("corslint:ignore CORS012 r")},
	}
	if dirs[0].Span != wantSpan {
		t.Errorf("Span = %+v, want %+v", dirs[0].Span, wantSpan)
	}
}

func TestParseWithKnown(t *testing.T) {
	known := func(id string) bool { return id == "CORS001" || id == "CORS012" }
	dirs, notices := ParseWith("a.conf", []byte("# corslint:ignore CORS001,CORS099 r\nx;\n# corslint:ignore CORS098 r\n"), known)
	if len(dirs) != 1 || !reflect.DeepEqual(dirs[0].IDs, []string{"CORS001"}) {
		t.Errorf("dirs = %+v", dirs)
	}
	if len(notices) != 2 || !strings.Contains(notices[0].Message, "unknown rule ID CORS099") ||
		!strings.Contains(notices[1].Message, "unknown rule ID CORS098") || notices[1].Span.Start.Line != 3 {
		t.Errorf("notices = %+v", notices)
	}
}

func finding(file string, line int, id string) rules.Finding {
	return rules.Finding{RuleID: id, Span: policy.Span{File: file, Start: policy.Pos{Line: line, Col: 1}, End: policy.Pos{Line: line, Col: 2}}}
}

func TestApply(t *testing.T) {
	a, _ := Parse("a.conf", []byte("# corslint:ignore CORS012,CORS020 cdn\nadd_header Access-Control-Max-Age 86400;\nadd_header X y; # corslint:ignore CORS008 public\n# corslint:ignore CORS015 audit only\nx;\n"))
	b, _ := Parse("b.py", []byte("CORS(app)  # corslint:ignore CORS001 reviewed\n"))
	dirs := append(append([]Directive{}, a...), b...)
	findings := []rules.Finding{
		finding("a.conf", 2, "CORS012"), // line below the directive: suppressed
		finding("a.conf", 1, "CORS012"), // the directive's own line: suppressed
		finding("a.conf", 2, "CORS001"), // other rule: kept
		finding("a.conf", 3, "CORS008"), // trailing comment: suppressed
		finding("a.conf", 4, "CORS008"), // the trailing one does not reach the next line
		finding("b.py", 1, "CORS001"),   // other file: suppressed by its own directive
		finding("c.conf", 2, "CORS012"), // a file without directives
	}
	res := Apply(dirs, findings, func(id string) bool { return id != "CORS015" })
	if got, want := keys(res.Kept), []string{"a.conf:2:CORS001", "a.conf:4:CORS008", "c.conf:2:CORS012"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Kept = %q, want %q", got, want)
	}
	var sup []string
	for _, s := range res.Suppressed {
		sup = append(sup, key(s.Finding)+" by "+s.Directive.Reason)
	}
	if want := []string{"a.conf:2:CORS012 by cdn", "a.conf:1:CORS012 by cdn", "a.conf:3:CORS008 by public", "b.py:1:CORS001 by reviewed"}; !reflect.DeepEqual(sup, want) {
		t.Errorf("Suppressed = %q, want %q", sup, want)
	}
	// CORS020 matched nothing; CORS015 did not run, so it is not reported.
	if len(res.Unused) != 1 || res.Unused[0].ID != "CORS020" || res.Unused[0].Directive.Line != 1 {
		t.Fatalf("Unused = %+v", res.Unused)
	}
	n := res.Unused[0].Notice()
	if n.Span.File != "a.conf" || n.Span.Start.Line != 1 || !strings.Contains(n.Message, "corslint:ignore CORS020 suppresses nothing") {
		t.Errorf("Notice = %+v", n)
	}

	// With every rule enabled, the audit-only directive is unused too.
	res = Apply(dirs, findings, nil)
	if len(res.Unused) != 2 || res.Unused[1].ID != "CORS015" {
		t.Errorf("Unused (all enabled) = %+v", res.Unused)
	}
}

func TestMatch(t *testing.T) {
	dirs, _ := Parse("a.conf", []byte("x;\n# corslint:ignore CORS001,CORS012 r\ny;\nz; # corslint:ignore CORS012 s\n"))
	tests := []struct {
		id   string
		line int
		want int
	}{
		{"CORS012", 3, 0},
		{"CORS001", 2, 0},
		{"CORS012", 4, 1},
		{"CORS001", 4, -1},
		{"CORS012", 1, -1},
		{"CORS008", 3, -1},
	}
	for _, tt := range tests {
		if got := Match(dirs, tt.id, tt.line); got != tt.want {
			t.Errorf("Match(%s, %d) = %d, want %d", tt.id, tt.line, got, tt.want)
		}
	}
}

func key(f rules.Finding) string {
	return f.Span.File + ":" + strconv.Itoa(f.Span.Start.Line) + ":" + f.RuleID
}

func keys(fs []rules.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, key(f))
	}
	return out
}
