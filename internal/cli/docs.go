package cli

import (
	"fmt"
	"strings"

	"github.com/corslint/corslint/rules"
)

// RulesTable renders the catalog as the README's Markdown table, so the
// README is generated from the rules' own metadata (style.md: docs derive
// from one source; a test keeps them in sync).
func RulesTable() string {
	var b strings.Builder
	b.WriteString("| ID | name | severity | fires when |\n|---|---|---|---|\n")
	for _, r := range rules.All() {
		m := r.Meta()
		sev := fmt.Sprintf("%s %s", m.Severity, m.SecuritySeverity)
		if m.AuditOnly {
			sev += ", audit only"
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", m.ID, m.Name, sev, strings.ReplaceAll(m.Short, "|", `\|`))
	}
	return b.String()
}
