package report

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// sarifDoc decodes the parts of a SARIF log GitHub reads. Pointers tell a
// missing field from a zero one.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name            string      `json:"name"`
				SemanticVersion string      `json:"semanticVersion"`
				Rules           []sarifRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results            *[]sarifResult `json:"results"`
		ColumnKind         string         `json:"columnKind"`
		OriginalURIBaseIDs map[string]any `json:"originalUriBaseIds"`
		AutomationDetails  struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		Invocations []struct {
			ExecutionSuccessful *bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level     string          `json:"level"`
				Message   sarifMessage    `json:"message"`
				Locations []sarifLocation `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

// sarifMessage is a SARIF message; go-sarif also writes "arguments": [].
type sarifMessage struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID               string            `json:"id"`
	Name             string            `json:"name"`
	ShortDescription map[string]string `json:"shortDescription"`
	FullDescription  map[string]string `json:"fullDescription"`
	Help             map[string]string `json:"help"`
	Default          struct {
		Level string `json:"level"`
	} `json:"defaultConfiguration"`
	Properties map[string]any `json:"properties"`
}

type sarifResult struct {
	RuleID       string            `json:"ruleId"`
	RuleIndex    *int              `json:"ruleIndex"`
	Level        string            `json:"level"`
	Message      sarifMessage      `json:"message"`
	Fingerprints map[string]string `json:"partialFingerprints"`
	Properties   map[string]any    `json:"properties"`
	Locations    []sarifLocation   `json:"locations"`
}

type sarifLocation struct {
	Physical struct {
		Artifact struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region *struct {
			StartLine   *int `json:"startLine"`
			StartColumn *int `json:"startColumn"`
			EndLine     *int `json:"endLine"`
			EndColumn   *int `json:"endColumn"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

func decodeSARIF(t *testing.T, data []byte) sarifDoc {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("decode SARIF: %v", err)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want exactly 1", len(doc.Runs))
	}
	return doc
}

// checkSARIF validates a SARIF log the way integration.md §3 asks: read it
// back with go-sarif and run its schema Validate, then assert what GitHub
// needs and the Multitool's Gh rules let through. The GitHub checks read the
// raw JSON, so they see exactly the bytes written.
func checkSARIF(t *testing.T, data []byte) {
	t.Helper()
	dropSARIF(t, data)
	log, err := sarif.FromBytes(data)
	if err != nil {
		t.Fatalf("read back SARIF: %v", err)
	}
	if err := log.Validate(); err != nil {
		t.Fatalf("SARIF schema validation: %v", err)
	}

	doc := decodeSARIF(t, data)
	if doc.Schema == "" || doc.Version != "2.1.0" {
		t.Errorf("$schema %q, version %q: GitHub needs both (GH1013)", doc.Schema, doc.Version)
	}
	run := doc.Runs[0]
	if run.Tool.Driver.Name != "corslint" {
		t.Errorf("driver name %q", run.Tool.Driver.Name)
	}
	if run.ColumnKind != "utf16CodeUnits" {
		t.Errorf("columnKind %q, want utf16CodeUnits", run.ColumnKind)
	}
	if run.OriginalURIBaseIDs != nil {
		t.Error("originalUriBaseIds written: output would be machine-specific")
	}
	if id := run.AutomationDetails.ID; id == "" || !strings.HasSuffix(id, "/") {
		t.Errorf("automationDetails.id %q, want <category>/", id)
	}
	if len(run.Invocations) != 1 || run.Invocations[0].ExecutionSuccessful == nil || !*run.Invocations[0].ExecutionSuccessful {
		t.Error("want one invocation with executionSuccessful true")
	}

	ruleIDs := run.Tool.Driver.Rules
	seen := map[string]bool{}
	for _, r := range ruleIDs {
		if seen[r.ID] {
			t.Errorf("duplicate rule %s (GitHub fails the upload)", r.ID)
		}
		seen[r.ID] = true
		checkRule(t, r)
	}

	if run.Results == nil {
		t.Fatal(`no "results" array: GitHub needs it even when empty`)
	}
	for i, res := range *run.Results {
		if res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(ruleIDs) || ruleIDs[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d (%s): ruleIndex %v does not point at its rule", i, res.RuleID, res.RuleIndex)
		}
		switch res.Level {
		case "error", "warning", "note":
		default:
			t.Errorf("result %d: level %q", i, res.Level)
		}
		if strings.TrimSpace(res.Message.Text) == "" {
			t.Errorf("result %d: empty message.text (GH1015)", i)
		}
		if res.Fingerprints[FingerprintKey] == "" {
			t.Errorf("result %d: no %s partial fingerprint", i, FingerprintKey)
		}
		if len(res.Locations) != 1 {
			t.Errorf("result %d: %d locations, want exactly 1", i, len(res.Locations))
			continue
		}
		checkLocation(t, res.Locations[0])
	}
}

func checkRule(t *testing.T, r sarifRule) {
	t.Helper()
	for name, s := range map[string]string{
		"shortDescription.text": r.ShortDescription["text"],
		"fullDescription.text":  r.FullDescription["text"],
		"help.text":             r.Help["text"],
		"help.markdown":         r.Help["markdown"],
	} {
		if strings.TrimSpace(s) == "" {
			t.Errorf("rule %s: empty %s (GH2012)", r.ID, name)
		}
		if name != "help.markdown" && len([]rune(s)) > 1024 {
			t.Errorf("rule %s: %s over 1024 characters", r.ID, name)
		}
	}
	switch r.Default.Level {
	case "error", "warning", "note":
	default:
		t.Errorf("rule %s: defaultConfiguration.level %q", r.ID, r.Default.Level)
	}
	sev, ok := r.Properties["security-severity"].(string)
	if !ok {
		t.Errorf("rule %s: security-severity %#v is not a string", r.ID, r.Properties["security-severity"])
	} else if v, err := strconv.ParseFloat(sev, 64); err != nil || v <= 0 || v > 10 {
		t.Errorf("rule %s: security-severity %q not a number in (0, 10]", r.ID, sev)
	}
	tags, _ := r.Properties["tags"].([]any)
	if len(tags) == 0 || len(tags) > 20 {
		t.Errorf("rule %s: %d tags, want 1..20", r.ID, len(tags))
	}
	security := false
	for _, tag := range tags {
		security = security || tag == "security"
	}
	if !security {
		t.Errorf("rule %s: no security tag", r.ID)
	}
}

func checkLocation(t *testing.T, loc sarifLocation) {
	t.Helper()
	uri := loc.Physical.Artifact.URI
	u, err := url.Parse(uri)
	switch {
	case err != nil:
		t.Errorf("uri %q: %v", uri, err)
	case uri == "" || u.IsAbs() || strings.HasPrefix(uri, "/") || strings.HasPrefix(uri, "./") ||
		strings.Contains(uri, "\\") || strings.Contains(uri, "/./") || strings.HasPrefix(uri, "../"):
		t.Errorf("uri %q is not a clean repository-relative path", uri)
	}
	if loc.Physical.Artifact.URIBaseID != "%SRCROOT%" {
		t.Errorf("uri %q: uriBaseId %q", uri, loc.Physical.Artifact.URIBaseID)
	}
	r := loc.Physical.Region
	if r == nil || r.StartLine == nil || r.StartColumn == nil || r.EndLine == nil || r.EndColumn == nil {
		t.Errorf("uri %q: region lacks one of startLine/startColumn/endLine/endColumn", uri)
		return
	}
	if *r.StartLine < 1 || *r.StartColumn < 1 || *r.EndLine < *r.StartLine ||
		(*r.EndLine == *r.StartLine && *r.EndColumn <= *r.StartColumn) {
		t.Errorf("uri %q: bad region %d:%d-%d:%d", uri, *r.StartLine, *r.StartColumn, *r.EndLine, *r.EndColumn)
	}
}
