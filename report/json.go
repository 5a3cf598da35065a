package report

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/corslint/corslint/policy"
)

// The json format is corslint's own stable, documented shape (FORMATS.md).
// Every key is always present, in this order, so consumers can rely on it:
//
//	{
//	  "version": "0.1.0",                  // corslint's semantic version
//	  "findings": [{
//	    "ruleId": "CORS001",
//	    "ruleName": "credentialed-untrusted-origin",  // "" for a rule outside the catalog
//	    "severity": "critical",            // critical|high|medium|low, after config overrides
//	    "securitySeverity": "9.1",         // the rule's catalog score, a string as in SARIF
//	    "file": "nginx/api.conf",          // relative to the scan root, forward slashes
//	    "line": 12, "column": 5,           // 1-based; columns count UTF-8 bytes
//	    "endLine": 12, "endColumn": 40,    // endColumn is just after the last byte
//	    "message": "...",
//	    "witness": "", "curl": "", "fix": "",
//	    "framework": "nginx", "scope": "server api.example.com, location /",
//	    "fingerprint": "..."               // corslint/v1, as in SARIF partialFingerprints
//	  }],
//	  "notices": [{"level": "warning", "file": "a.conf", "line": 0, "column": 0, "message": "..."}],
//	  "summary": {
//	    "total": 1, "files": 1,
//	    "bySeverity": {"critical": 1, "high": 0, "low": 0, "medium": 0},
//	    "byRule": {"CORS001": 1}           // only rules with findings
//	  }
//	}
//
// Findings come sorted by file, line, column and rule ID; notices by file,
// line, column and message. A line or column of 0 means unknown.
type jsonReport struct {
	Version  string        `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Notices  []jsonNotice  `json:"notices"`
	Summary  jsonSummary   `json:"summary"`
	// Baseline is present only with --baseline (FORMATS.md, Baseline).
	Baseline *jsonBaseline `json:"baseline,omitempty"`
}

// jsonBaseline counts findings by baseline state; Absent are baseline
// results fixed since (no longer found).
type jsonBaseline struct {
	New       int `json:"new"`
	Unchanged int `json:"unchanged"`
	Updated   int `json:"updated"`
	Absent    int `json:"absent"`
}

type jsonFinding struct {
	RuleID           string `json:"ruleId"`
	RuleName         string `json:"ruleName"`
	Severity         string `json:"severity"`
	SecuritySeverity string `json:"securitySeverity"`
	File             string `json:"file"`
	Line             int    `json:"line"`
	Column           int    `json:"column"`
	EndLine          int    `json:"endLine"`
	EndColumn        int    `json:"endColumn"`
	Message          string `json:"message"`
	Witness          string `json:"witness"`
	Curl             string `json:"curl"`
	Fix              string `json:"fix"`
	Framework        string `json:"framework"`
	Scope            string `json:"scope"`
	Fingerprint      string `json:"fingerprint"`
	// BaselineState is new, unchanged or updated; present only with --baseline.
	BaselineState string `json:"baselineState,omitempty"`
}

type jsonNotice struct {
	Level   string `json:"level"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

type jsonSummary struct {
	Total      int            `json:"total"`
	Files      int            `json:"files"`
	BySeverity map[string]int `json:"bySeverity"`
	ByRule     map[string]int `json:"byRule"`
}

func writeJSON(buf *bytes.Buffer, in *Input, _ Options) error {
	metas := catalog(in.Rules)
	prints := Fingerprints(in.Findings)
	out := jsonReport{
		Version:  in.Version,
		Findings: make([]jsonFinding, 0, len(in.Findings)),
		Notices:  make([]jsonNotice, 0, len(in.Notices)),
	}
	for i, f := range in.Findings {
		m := metas[f.RuleID]
		out.Findings = append(out.Findings, jsonFinding{
			RuleID:           f.RuleID,
			RuleName:         m.Name,
			Severity:         string(f.Severity),
			SecuritySeverity: m.SecuritySeverity,
			File:             cleanPath(f.Span.File),
			Line:             f.Span.Start.Line,
			Column:           f.Span.Start.Col,
			EndLine:          f.Span.End.Line,
			EndColumn:        f.Span.End.Col,
			Message:          f.Message,
			Witness:          f.Witness,
			Curl:             f.Curl,
			Fix:              f.Fix,
			Framework:        f.Framework,
			Scope:            f.Scope,
			Fingerprint:      prints[i],
			BaselineState:    in.Baseline.State(prints[i]),
		})
	}
	for _, n := range in.Notices {
		out.Notices = append(out.Notices, jsonNotice{
			Level:   noticeLevel(n.Level),
			File:    cleanPath(n.Span.File),
			Line:    n.Span.Start.Line,
			Column:  n.Span.Start.Col,
			Message: n.Message,
		})
	}
	s := summarize(in.Findings)
	out.Summary = jsonSummary{
		Total:      s.total,
		Files:      s.files,
		BySeverity: map[string]int{},
		ByRule:     map[string]int{},
	}
	for _, sev := range severities {
		out.Summary.BySeverity[string(sev)] = 0
	}
	for sev, n := range s.bySeverity {
		out.Summary.BySeverity[string(sev)] = n
	}
	for id, n := range s.byRule {
		out.Summary.ByRule[id] = n
	}
	if in.Baseline != nil {
		c := countBaseline(in.Baseline, in.Findings)
		out.Baseline = &jsonBaseline{New: c.new, Unchanged: c.unchanged, Updated: c.updated, Absent: c.absent}
	}

	// encoding/json sorts map keys, so the summary maps are deterministic.
	// HTML escaping is off: messages quote config values such as "<" and "&"
	// that consumers should see as written.
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	return nil
}

// noticeLevel defaults an unset level to warning, SARIF's default.
func noticeLevel(l policy.Level) string {
	if l == "" {
		return string(policy.LevelWarning)
	}
	return string(l)
}
