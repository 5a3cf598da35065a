package report

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"testing"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

func finding(rule, file string, line, col int, key string) rules.Finding {
	return rules.Finding{
		RuleID:   rule,
		Severity: rules.High,
		Message:  "a message.",
		Key:      key,
		Span: policy.Span{
			File:  file,
			Start: policy.Pos{Line: line, Col: col},
			End:   policy.Pos{Line: line, Col: col + len(key)},
		},
	}
}

func TestFingerprintsSurviveLineMoves(t *testing.T) {
	before := []rules.Finding{
		finding("CORS001", "nginx/a.conf", 4, 9, "$http_origin"),
		finding("CORS001", "nginx/a.conf", 9, 9, "$http_origin"),
		finding("CORS012", "nginx/a.conf", 12, 5, "86400"),
	}
	// Lines inserted above every finding, and re-indentation.
	after := slices.Clone(before)
	for i := range after {
		after[i].Span.Start.Line += 7
		after[i].Span.End.Line += 7
		after[i].Span.Start.Col += 4
		after[i].Message = "a reworded message."
	}
	if got, want := Fingerprints(after), Fingerprints(before); !slices.Equal(got, want) {
		t.Errorf("fingerprints changed when findings moved down:\n%v\n%v", got, want)
	}
}

func TestFingerprintsDistinguish(t *testing.T) {
	base := finding("CORS001", "nginx/a.conf", 4, 9, "$http_origin")
	fs := []rules.Finding{
		base,
		finding("CORS001", "nginx/a.conf", 9, 9, "$http_origin"), // same key, second in file
		finding("CORS002", "nginx/a.conf", 4, 9, "$http_origin"), // other rule
		finding("CORS001", "nginx/b.conf", 4, 9, "$http_origin"), // other file
		finding("CORS001", "nginx/a.conf", 6, 9, "$origin"),      // other construct
	}
	got := Fingerprints(fs)
	hex := regexp.MustCompile(`^[0-9a-f]{32}$`)
	seen := map[string]int{}
	for i, fp := range got {
		if !hex.MatchString(fp) {
			t.Errorf("fingerprint %d = %q, want 32 hex digits", i, fp)
		}
		if j, dup := seen[fp]; dup {
			t.Errorf("findings %d and %d share fingerprint %s", j, i, fp)
		}
		seen[fp] = i
	}
}

func TestFingerprintsNormalise(t *testing.T) {
	tests := []struct {
		name string
		a, b rules.Finding
	}{
		{"./ prefix", finding("CORS001", "./a.conf", 1, 1, "x"), finding("CORS001", "a.conf", 1, 1, "x")},
		{"dot segments", finding("CORS001", "nginx/./a.conf", 1, 1, "x"), finding("CORS001", "nginx/a.conf", 1, 1, "x")},
		{"whitespace in key", finding("CORS001", "a.conf", 1, 1, "add_header  X\n\t y"), finding("CORS001", "a.conf", 1, 1, " add_header X y ")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if a, b := Fingerprints([]rules.Finding{tt.a})[0], Fingerprints([]rules.Finding{tt.b})[0]; a != b {
				t.Errorf("%s != %s", a, b)
			}
		})
	}

	// With no key, the message stands in (and differs by message).
	m1 := finding("CORS001", "a.conf", 1, 1, "")
	m2 := m1
	m2.Message = "another message."
	if a, b := Fingerprints([]rules.Finding{m1})[0], Fingerprints([]rules.Finding{m2})[0]; a == b {
		t.Error("keyless findings with different messages share a fingerprint")
	}
}

func TestFingerprintsIndexInFileOrder(t *testing.T) {
	first := finding("CORS001", "a.conf", 3, 1, "k")
	second := finding("CORS001", "a.conf", 8, 1, "k")
	inOrder := Fingerprints([]rules.Finding{first, second})
	reversed := Fingerprints([]rules.Finding{second, first})
	if inOrder[0] != reversed[1] || inOrder[1] != reversed[0] {
		t.Errorf("the index among equal keys depends on the slice order: %v vs %v", inOrder, reversed)
	}
	// Known value, computed outside Go
	// (printf 'CORS001\0a.conf\0k\0000' | sha256sum | cut -c1-32): guards the
	// v1 recipe, whose change would turn every baseline entry into a new finding.
	if want := "153d2bbafcdacc34add2655e62188685"; inOrder[0] != want {
		t.Errorf("first fingerprint %s, want %s", inOrder[0], want)
	}
}

func TestFingerprintsMatchSARIFAndJSON(t *testing.T) {
	in := testInput(t)
	want := Fingerprints(prepare(in).Findings)
	var buf bytes.Buffer
	if err := Write(&buf, "sarif", in, Options{}); err != nil {
		t.Fatal(err)
	}
	doc := decodeSARIF(t, buf.Bytes())
	var got []string
	for _, r := range *doc.Runs[0].Results {
		got = append(got, r.Fingerprints[FingerprintKey])
	}
	if !slices.Equal(got, want) {
		t.Errorf("SARIF fingerprints %v, want %v", got, want)
	}

	buf.Reset()
	if err := Write(&buf, "json", in, Options{}); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Findings []struct {
			Fingerprint string `json:"fingerprint"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	got = got[:0]
	for _, f := range out.Findings {
		got = append(got, f.Fingerprint)
	}
	if !slices.Equal(got, want) {
		t.Errorf("json fingerprints %v, want %v", got, want)
	}
}
