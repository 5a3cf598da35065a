package rules

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	idPattern   = regexp.MustCompile(`^CORS0\d\d$`)
	namePattern = regexp.MustCompile(`^[a-z]+(-[a-z]+)*$`)
	cwePattern  = regexp.MustCompile(`^external/cwe/cwe-\d+$`)
)

func TestCatalogOrderAndIDs(t *testing.T) {
	all := All()
	if len(all) != 21 {
		t.Fatalf("catalog has %d rules, want 21", len(all))
	}
	for i, r := range all {
		want := fmt.Sprintf("CORS%03d", i+1)
		if id := r.Meta().ID; id != want {
			t.Errorf("rule %d has ID %s, want %s (ID order, no gaps)", i, id, want)
		}
		got, ok := ByID(want)
		if !ok || got.Meta().ID != want {
			t.Errorf("ByID(%s) = %v, %v", want, got, ok)
		}
	}
	if _, ok := ByID("CORS999"); ok {
		t.Error("ByID found an unknown rule")
	}
}

// band is the severity GitHub derives from a security-severity score.
func band(score float64) Severity {
	switch {
	case score >= 9:
		return Critical
	case score >= 7:
		return High
	case score >= 4:
		return Medium
	}
	return Low
}

func TestMetadataComplete(t *testing.T) {
	names := map[string]bool{}
	for _, r := range All() {
		m := r.Meta()
		t.Run(m.ID, func(t *testing.T) {
			if !idPattern.MatchString(m.ID) {
				t.Errorf("bad ID %q", m.ID)
			}
			if !namePattern.MatchString(m.Name) || names[m.Name] {
				t.Errorf("name %q is not a unique kebab-case name", m.Name)
			}
			names[m.Name] = true
			for field, v := range map[string]string{"Short": m.Short, "Full": m.Full} {
				if v == "" || len(v) > 1024 {
					t.Errorf("%s empty or over 1024 characters", field)
				}
				if !strings.HasSuffix(v, ".") {
					t.Errorf("%s %q does not end with a period", field, v)
				}
			}
			if m.Help == "" || len(m.Help) > 4000 {
				t.Errorf("help empty or too long (%d)", len(m.Help))
			}
			score, err := strconv.ParseFloat(m.SecuritySeverity, 64)
			if err != nil || score <= 0 || score > 10 || score == 9.0 {
				t.Errorf("security-severity %q must be a number in (0, 10], not 9.0", m.SecuritySeverity)
			}
			if band(score) != m.Severity {
				t.Errorf("severity %s does not match security-severity %s (%s)", m.Severity, m.SecuritySeverity, band(score))
			}
			hasSecurity, hasCWE := false, false
			for _, tag := range m.Tags {
				hasSecurity = hasSecurity || tag == "security" || tag == "correctness"
				hasCWE = hasCWE || cwePattern.MatchString(tag)
			}
			if !hasSecurity || !hasCWE || len(m.Tags) > 20 {
				t.Errorf("tags %v need security (or correctness) and a CWE tag", m.Tags)
			}
			switch m.Precision {
			case "very-high", "high", "medium", "low":
			default:
				t.Errorf("bad precision %q", m.Precision)
			}
			if m.AuditOnly != (m.ID == "CORS015" || m.ID == "CORS016") {
				t.Errorf("AuditOnly = %v", m.AuditOnly)
			}
			if m.BadExample == "" || m.GoodExample == "" || m.BadExample == m.GoodExample {
				t.Error("bad and good examples must be set and differ")
			}
			switch m.ExampleFormat {
			case FormatExpressJSON:
				for _, ex := range []string{m.BadExample, m.GoodExample} {
					var opts map[string]any
					if err := json.Unmarshal([]byte(ex), &opts); err != nil {
						t.Errorf("example %q is not JSON: %v", ex, err)
					}
				}
			case FormatNginx:
				for _, ex := range []string{m.BadExample, m.GoodExample} {
					if strings.Count(ex, "{") != strings.Count(ex, "}") || !strings.Contains(ex, "add_header") {
						t.Errorf("nginx example is unbalanced or sets no header:\n%s", ex)
					}
				}
			default:
				t.Errorf("unknown example format %q", m.ExampleFormat)
			}
			for _, part := range []string{"**What goes wrong.**", "**Bad example**", "**Good example**", "**Fix.**", m.BadExample, m.GoodExample} {
				if !strings.Contains(m.Help, part) {
					t.Errorf("help lacks %q", part)
				}
			}
			// Outside code blocks, one line per paragraph: no single newlines.
			inCode := false
			lines := strings.Split(m.Help, "\n")
			for i, l := range lines {
				if strings.HasPrefix(l, "```") {
					inCode = !inCode
					continue
				}
				if !inCode && l != "" && i+1 < len(lines) && lines[i+1] != "" && !strings.HasPrefix(lines[i+1], "```") {
					t.Errorf("help line %d is followed by a single newline: %q", i+1, l)
				}
			}
		})
	}
}

func TestSecuritySeverityMatchesCatalog(t *testing.T) {
	// rules.md, the catalog tables.
	want := map[string]string{
		"CORS001": "9.1", "CORS002": "5.3", "CORS003": "5.3", "CORS004": "7.4", "CORS005": "5.9",
		"CORS006": "3.7", "CORS007": "3.1", "CORS008": "2.0", "CORS009": "4.3", "CORS010": "3.1",
		"CORS011": "3.1", "CORS012": "3.1", "CORS013": "5.3", "CORS014": "3.7", "CORS015": "2.6",
		"CORS016": "2.6", "CORS017": "5.3", "CORS018": "4.8", "CORS019": "4.3", "CORS020": "2.0",
		"CORS021": "3.1",
	}
	for _, r := range All() {
		m := r.Meta()
		if m.SecuritySeverity != want[m.ID] {
			t.Errorf("%s security-severity %q, want %q", m.ID, m.SecuritySeverity, want[m.ID])
		}
	}
}

func TestLevelFor(t *testing.T) {
	for s, want := range map[Severity]string{Critical: "error", High: "error", Medium: "warning", Low: "note"} {
		if got := LevelFor(s); got != want {
			t.Errorf("LevelFor(%s) = %s, want %s", s, got, want)
		}
	}
}

func TestDefaultContext(t *testing.T) {
	if c := DefaultContext(); c.MaxAge != 3600 {
		t.Errorf("default MaxAge %d", c.MaxAge)
	}
}
