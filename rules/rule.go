// Package rules is corslint's catalog: one file per rule with its metadata and
// its check. Rules query the policy model and the evaluator; they never look at
// syntax, files or output.
package rules

import "github.com/corslint/corslint/policy"

// Severity bands follow GitHub's security-severity convention (rules.md).
type Severity string

const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
	Low      Severity = "low"
)

// Rank orders severities: critical 4 ... low 1, unknown 0.
func (s Severity) Rank() int {
	switch s {
	case Critical:
		return 4
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// Meta is a rule's public metadata; SARIF, `corslint rules` and the README
// table are all generated from it.
type Meta struct {
	ID               string   // CORS001
	Name             string   // credentialed-untrusted-origin
	Short            string   // one sentence
	Full             string   // a paragraph
	Help             string   // markdown: what goes wrong, bad example, good example, fix
	Severity         Severity // default severity
	SecuritySeverity string   // "9.1": a string number in (0, 10]
	Tags             []string // "security", "external/cwe/cwe-942", ...
	Precision        string   // very-high | high | medium | low
	AuditOnly        bool     // off unless --profile audit or enabled
	// BadExample and GoodExample are Express-style JSON cors options (or
	// another format named by ExampleFormat) used in Help and run as tests.
	ExampleFormat string
	BadExample    string
	GoodExample   string
}

// Context carries configuration the rules need; never globals.
type Context struct {
	MaxAge           int64    // CORS012 threshold in seconds (default 3600)
	TrustedDomains   []string // registrable domains the organisation owns
	SensitiveHeaders []string // extra header names for CORS013
}

// Finding is one problem at one place.
type Finding struct {
	RuleID   string      `json:"ruleId"`
	Severity Severity    `json:"severity"`
	Span     policy.Span `json:"span"`
	// Message's first sentence stands alone (it is the GitHub alert title)
	// and ends with a period.
	Message   string `json:"message"`
	Witness   string `json:"witness,omitempty"`
	Curl      string `json:"curl,omitempty"`
	Fix       string `json:"fix,omitempty"`
	Framework string `json:"framework,omitempty"`
	Scope     string `json:"scope,omitempty"`
	// Key is the normalised text of the flagged construct, for fingerprints
	// that survive line moves (integration.md 1.1). The scan driver fills it
	// from the file's bytes at Span; rules leave it empty.
	Key string `json:"-"`
}

// Rule is one catalog entry.
type Rule interface {
	Meta() Meta
	Check(ctx *Context, p *policy.Policy) []Finding
}
