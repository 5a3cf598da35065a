package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

// GitLab SAST report schema (integration.md §9). 15.0.x, not the newest
// 15.x: a GitLab instance ingests only the MODEL.REVISION versions it
// vendors, GitLab 16 and early 17 releases vendor 15.0 but not 15.2, and a
// 15.0 patch they lack is validated against their latest 15.0 patch
// (report/testdata/schemas/README.md).
const (
	gitlabSchemaVersion = "15.0.7"
	gitlabSchemaURL     = "https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v" +
		gitlabSchemaVersion + "/dist/sast-report-format.json"
	// gitlabTime is the schema's start_time/end_time format: UTC, no zone.
	gitlabTime = "2006-01-02T15:04:05"
	// Length limits of the schema's vulnerability fields.
	gitlabMaxName        = 255
	gitlabMaxDescription = 1 << 20
	gitlabMaxSolution    = 7000
)

// gitlabReport is a gl-sast-report.json: the scan, then one vulnerability per
// finding. Notices become scan messages.
type gitlabReport struct {
	Schema          string       `json:"schema"`
	Version         string       `json:"version"`
	Scan            gitlabScan   `json:"scan"`
	Vulnerabilities []gitlabVuln `json:"vulnerabilities"`
}

type gitlabScan struct {
	Analyzer  gitlabTool      `json:"analyzer"`
	Scanner   gitlabTool      `json:"scanner"`
	Type      string          `json:"type"`
	StartTime string          `json:"start_time"`
	EndTime   string          `json:"end_time"`
	Status    string          `json:"status"`
	Messages  []gitlabMessage `json:"messages,omitempty"`
}

type gitlabTool struct {
	ID      string       `json:"id"`
	Name    string       `json:"name"`
	URL     string       `json:"url"`
	Version string       `json:"version"`
	Vendor  gitlabVendor `json:"vendor"`
}

type gitlabVendor struct {
	Name string `json:"name"`
}

type gitlabMessage struct {
	Level string `json:"level"` // info | warn | fatal
	Value string `json:"value"`
}

type gitlabVuln struct {
	ID          string             `json:"id"`
	Name        string             `json:"name"`
	Description string             `json:"description"`
	Severity    string             `json:"severity"`
	Solution    string             `json:"solution,omitempty"`
	Identifiers []gitlabIdentifier `json:"identifiers"`
	Location    gitlabLocation     `json:"location"`
}

type gitlabIdentifier struct {
	Type  string `json:"type"`
	Name  string `json:"name"`
	Value string `json:"value"`
	URL   string `json:"url,omitempty"`
}

type gitlabLocation struct {
	File      string `json:"file"`
	StartLine int    `json:"start_line"`
	// EndLine is always set: GitLab's vulnerability page fails to load a
	// finding without it (integration.md §9).
	EndLine int `json:"end_line"`
}

func writeGitLab(buf *bytes.Buffer, in *Input, _ Options) error {
	version := firstNonEmpty(in.Version, "0.0.0")
	tool := gitlabTool{ID: toolName, Name: toolName, URL: informationURI, Version: version, Vendor: gitlabVendor{Name: toolName}}
	out := gitlabReport{
		Schema:  gitlabSchemaURL,
		Version: gitlabSchemaVersion,
		Scan: gitlabScan{
			Analyzer:  tool,
			Scanner:   tool,
			Type:      "sast",
			StartTime: in.Started.UTC().Format(gitlabTime),
			EndTime:   in.Finished.UTC().Format(gitlabTime),
			Status:    "success",
		},
		Vulnerabilities: make([]gitlabVuln, 0, len(in.Findings)),
	}
	for _, n := range in.Notices {
		out.Scan.Messages = append(out.Scan.Messages, gitlabMessage{Level: gitlabLevel(n.Level), Value: noticeText(n)})
	}

	metas := catalog(in.Rules)
	prints := Fingerprints(in.Findings)
	for i, f := range in.Findings {
		file := cleanPath(f.Span.File)
		if file == "" {
			// GitLab needs a file to show a vulnerability; keep the
			// finding visible as a scan message instead.
			out.Scan.Messages = append(out.Scan.Messages, gitlabMessage{Level: "warn",
				Value: fmt.Sprintf("%s (no file to attach it to): %s", f.RuleID, findingText(f))})
			continue
		}
		m := metas[f.RuleID]
		v := gitlabVuln{
			ID:          uuidOf(prints[i]),
			Name:        truncate(firstNonEmpty(strings.TrimSuffix(strings.TrimSpace(m.Short), "."), "corslint rule "+f.RuleID), gitlabMaxName),
			Description: truncate(findingDetails(f, false), gitlabMaxDescription),
			Severity:    gitlabSeverity(f.Severity),
			Solution:    truncate(f.Fix, gitlabMaxSolution),
			Identifiers: gitlabIdentifiers(f.RuleID, m.Tags),
			Location:    gitlabLocationOf(file, f.Span),
		}
		out.Vulnerabilities = append(out.Vulnerabilities, v)
	}

	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode gitlab report: %w", err)
	}
	return nil
}

// uuidOf shapes a 32-hex-digit fingerprint as a UUID (8-4-4-4-12), the form
// the schema recommends for ids. The id is then as stable as the
// fingerprint: the same finding keeps it across runs and line moves.
func uuidOf(fp string) string {
	if len(fp) != 32 {
		return fp
	}
	return fp[:8] + "-" + fp[8:12] + "-" + fp[12:16] + "-" + fp[16:20] + "-" + fp[20:]
}

// gitlabIdentifiers puts the rule first (GitLab's primary identifier, which
// groups a rule's vulnerabilities), then every CWE the rule's tags name.
func gitlabIdentifiers(ruleID string, tags []string) []gitlabIdentifier {
	ids := []gitlabIdentifier{{Type: "corslint_rule_id", Name: "corslint " + ruleID, Value: ruleID, URL: rulesURL}}
	for _, t := range tags {
		n, ok := strings.CutPrefix(strings.ToLower(t), "external/cwe/cwe-")
		if !ok || n == "" || strings.Trim(n, "0123456789") != "" {
			continue
		}
		ids = append(ids, gitlabIdentifier{
			Type:  "cwe",
			Name:  "CWE-" + n,
			Value: n,
			URL:   "https://cwe.mitre.org/data/definitions/" + n + ".html",
		})
	}
	return ids
}

func gitlabLocationOf(file string, s policy.Span) gitlabLocation {
	start := max(s.Start.Line, 1)
	return gitlabLocation{File: file, StartLine: start, EndLine: max(s.End.Line, start)}
}

// gitlabSeverity spells a severity as GitLab does (Info..Critical).
func gitlabSeverity(s rules.Severity) string {
	switch s {
	case rules.Critical:
		return "Critical"
	case rules.High:
		return "High"
	case rules.Medium:
		return "Medium"
	case rules.Low:
		return "Low"
	}
	return "Unknown"
}

// gitlabLevel maps a notice level to a scan message level. A notice never
// stops the scan, so none is fatal.
func gitlabLevel(l policy.Level) string {
	if l == policy.LevelNote {
		return "info"
	}
	return "warn"
}

// noticeText is a notice with its position in front, non-empty as the schema
// requires.
func noticeText(n policy.Notice) string {
	msg := firstNonEmpty(strings.TrimSpace(n.Message), "corslint notice.")
	if cleanPath(n.Span.File) == "" {
		return msg
	}
	return position(n.Span) + ": " + msg
}
