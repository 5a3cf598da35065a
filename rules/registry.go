package rules

import (
	"sort"

	"github.com/corslint/corslint/policy"
)

// DefaultMaxAge is the CORS012 threshold in seconds when the config sets none.
const DefaultMaxAge = 3600

// All returns the catalog in ID order. A new rule adds one line here.
func All() []Rule {
	return []Rule{
		credentialedUntrustedOrigin{}, // CORS001
		originReflected{},             // CORS002
		nullOriginAllowed{},           // CORS003
		originCheckBypass{},           // CORS004
		insecureOriginTrusted{},       // CORS005
		anySubdomainTrusted{},         // CORS006
		localOriginTrusted{},          // CORS007
		wildcardOrigin{},              // CORS008
		multipleOriginValues{},        // CORS009
		invalidCredentialsValue{},     // CORS010
		malformedOrigin{},             // CORS011
		excessiveMaxAge{},             // CORS012
		sensitiveHeaderExposed{},      // CORS013
		wildcardExposeHeaders{},       // CORS014
		wildcardAllowHeaders{},        // CORS015
		permissiveAllowMethods{},      // CORS016
		privateNetworkAccess{},        // CORS017
		missingVaryOrigin{},           // CORS018
		corsHeadersDropped{},          // CORS019
		corsHeadersMissingOnErrors{},  // CORS020
		ignoredOption{},               // CORS021
	}
}

// ByID finds a rule by its ID (CORS001).
func ByID(id string) (Rule, bool) {
	for _, r := range All() {
		if r.Meta().ID == id {
			return r, true
		}
	}
	return nil, false
}

// DefaultContext is the context with the documented defaults.
func DefaultContext() *Context {
	return &Context{MaxAge: DefaultMaxAge}
}

// LevelFor maps a severity to a SARIF level (rules.md: critical and high are
// errors, medium warnings, low notes).
func LevelFor(s Severity) string {
	switch s {
	case Critical, High:
		return "error"
	case Medium:
		return "warning"
	}
	return "note"
}

// Run checks p with every enabled rule (enabled nil means all) and returns
// the findings sorted by place, then rule, then message. The origin analysis
// the origin rules share is computed once.
func Run(ctx *Context, p *policy.Policy, enabled func(id string) bool) []Finding {
	if ctx == nil {
		ctx = DefaultContext()
	}
	var (
		out      []Finding
		issues   []originIssue
		analysed bool
	)
	for _, r := range All() {
		if enabled != nil && !enabled(r.Meta().ID) {
			continue
		}
		if or, ok := r.(originRule); ok {
			if !analysed {
				issues, analysed = originIssues(ctx, p), true
			}
			out = append(out, or.checkIssues(ctx, p, issues)...)
			continue
		}
		out = append(out, r.Check(ctx, p)...)
	}
	SortFindings(out)
	return out
}

// SortFindings orders findings deterministically: file, position, rule,
// message.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		switch {
		case a.Span.File != b.Span.File:
			return a.Span.File < b.Span.File
		case a.Span.Start.Line != b.Span.Start.Line:
			return a.Span.Start.Line < b.Span.Start.Line
		case a.Span.Start.Col != b.Span.Start.Col:
			return a.Span.Start.Col < b.Span.Start.Col
		case a.RuleID != b.RuleID:
			return a.RuleID < b.RuleID
		}
		return a.Message < b.Message
	})
}
