package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/corslint/corslint/policy"
	"github.com/corslint/corslint/rules"
)

func newRulesCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "rules [ID|NAME]",
		Short: "List the rule catalog, or show one rule's help",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				r, ok := rules.ByID(strings.ToUpper(args[0]))
				if !ok {
					// People remember names (wildcard-origin) as often as IDs.
					for _, c := range rules.All() {
						if strings.EqualFold(c.Meta().Name, args[0]) {
							r, ok = c, true
						}
					}
				}
				if !ok {
					return unknownRuleErr(args[0])
				}
				m := r.Meta()
				audit := ""
				if m.AuditOnly {
					audit = ", audit only"
				}
				_, err := fmt.Fprintf(e.stdout, "%s %s (%s %s%s, precision %s)\n\n%s\n\n%s\n", m.ID, m.Name, m.Severity, m.SecuritySeverity, audit, m.Precision, m.Full, m.Help)
				return err
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tNAME\tSEVERITY\tDESCRIPTION")
			for _, r := range rules.All() {
				m := r.Meta()
				sev := string(m.Severity)
				if m.AuditOnly {
					sev += " (audit)"
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.ID, m.Name, sev, m.Short)
			}
			return tw.Flush()
		},
	}
}

func noticePos(n policy.Notice) string {
	s := n.Span
	switch {
	case s.File == "":
		return "corslint"
	case s.Start.Line == 0:
		return s.File
	default:
		return fmt.Sprintf("%s:%d:%d", s.File, s.Start.Line, s.Start.Col)
	}
}
