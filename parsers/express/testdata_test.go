package express

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

const testdataDir = "../../testdata/express"

// wantRow is one `LINE CORS0xx` row of a .want sidecar.
var wantRow = regexp.MustCompile(`^([1-9][0-9]*) (CORS0[0-9][0-9])$`)

// TestTestdataCases checks the parser's side of the annotated cases (the
// rules' side is the scan harness's): every case parses cleanly, yields a
// policy unless it is a deliberate non-cors file, and every wanted line is
// a line the parser gives a span on, so findings can land there.
func TestTestdataCases(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testdataDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 24 {
		t.Fatalf("%d cases, want at least 24", len(files))
	}
	clean := 0
	for _, name := range files {
		base := strings.TrimSuffix(filepath.Base(name), ".json")
		t.Run(base, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			rel := "testdata/express/" + base + ".json"
			if !(Parser{}).Claim(rel, data) {
				t.Fatalf("not claimed")
			}
			ps, notes := Parser{}.Parse(parsers.File{Path: rel, Data: data})
			if len(notes) != 0 {
				t.Fatalf("notices: %+v", notes)
			}
			if len(ps) == 0 && !strings.Contains(base, "not_cors") {
				t.Fatalf("no policy")
			}
			lines := spanLines(ps)
			want := readWant(t, strings.TrimSuffix(name, ".json")+".want")
			if strings.HasSuffix(base, "_ok") {
				clean++
				if len(want) != 0 {
					t.Errorf("clean case wants findings %v", want)
				}
			} else if len(want) == 0 {
				t.Errorf("case without _ok suffix wants no finding")
			}
			for _, line := range want {
				if !lines[line] {
					t.Errorf("wanted line %d carries no span of the policy", line)
				}
			}
		})
	}
	if 3*clean < len(files) {
		t.Errorf("%d clean cases of %d, want at least a third", clean, len(files))
	}
}

func readWant(t *testing.T, path string) []int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("sidecar: %v", err)
	}
	var lines []int
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		m := wantRow.FindStringSubmatch(sc.Text())
		if m == nil {
			t.Fatalf("%s: bad row %q", path, sc.Text())
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, n)
	}
	return lines
}

// spanLines is the set of start lines of every span in the policies.
func spanLines(ps []policy.Policy) map[int]bool {
	lines := map[int]bool{}
	for _, s := range allSpans(ps) {
		lines[s.Start.Line] = true
	}
	return lines
}

func allSpans(ps []policy.Policy) []policy.Span {
	var out []policy.Span
	for _, p := range ps {
		out = append(out, p.Span, p.Origins.Span, p.Credentials.Span, p.AllowMethods.Span,
			p.AllowHeaders.Span, p.ExposeHeaders.Span, p.MaxAge.Span, p.PrivateNetwork.Span, p.Vary.Span)
		for _, d := range p.Directives {
			out = append(out, d.Span)
		}
		for _, m := range p.Origins.Matchers {
			out = append(out, m.Span)
		}
		for _, ig := range p.Ignored {
			out = append(out, ig.Span)
		}
	}
	return out
}

// FuzzParse: no input panics, every span set is well-formed and inside the
// file, and malformed input gives exactly one positioned notice.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join(testdataDir, "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"cors": {"origin": [[[true]], "/x/", null]}, "/a": {"origin": "*", "credentials": "true"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		(Parser{}).Claim("x.json", data)
		ps, notes := Parser{}.Parse(parsers.File{Path: "x.json", Data: data})
		nlines := bytes.Count(data, []byte("\n")) + 1
		if len(notes) > 0 {
			if len(ps) != 0 || len(notes) != 1 || notes[0].Span.Start.Line < 1 || notes[0].Span.Start.Line > nlines {
				t.Fatalf("policies %d, notices %+v", len(ps), notes)
			}
			return
		}
		for _, s := range allSpans(ps) {
			if s.IsZero() {
				continue
			}
			if s.File != "x.json" || s.Start.Line > nlines || s.End.Line > nlines || s.Start.Col < 1 ||
				s.End.Line < s.Start.Line || s.End.Line == s.Start.Line && s.End.Col <= s.Start.Col {
				t.Fatalf("bad span %+v", s)
			}
		}
	})
}
