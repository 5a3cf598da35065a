package cli

import (
	"github.com/agnivade/levenshtein"

	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/corslint/corslint/rules"
)

// maxTypo is how many edits apart a mistyped name may be from the one we
// suggest: enough for a slip ("--fial-on", "CORS08"), not for a guess.
const maxTypo = 2

// flagError is a flag parsing error with the nearest real flag suggested and
// a pointer to the command's help.
func flagError(c *cobra.Command, err error) error {
	hint := ""
	if name, ok := strings.CutPrefix(err.Error(), "unknown flag: --"); ok {
		if best := nearestFlag(c.Flags(), name); best != "" {
			hint = fmt.Sprintf("; did you mean --%s?", best)
		}
	}
	return &exitError{code: ExitError, err: fmt.Errorf("%w%s (see '%s --help')", err, hint, c.CommandPath())}
}

// nearestFlag is the flag name closest to name: one it starts (an
// abbreviation) or one within maxTypo edits; "" when none is close.
func nearestFlag(fs *pflag.FlagSet, name string) string {
	best, bestDist := "", maxTypo+1
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		d := levenshtein.ComputeDistance(name, f.Name)
		if strings.HasPrefix(f.Name, name) && len(name) >= 3 {
			d = 0
		}
		if d < bestDist || (d == bestDist && f.Name < best) {
			best, bestDist = f.Name, d
		}
	})
	return best
}

// unknownRuleErr explains an unknown rule ID: a rule name given instead of
// its ID, or an ID one slip away from a real one, is named.
func unknownRuleErr(id string) error {
	want := strings.ToUpper(strings.TrimSpace(id))
	best, bestDist := "", maxTypo+1
	for _, r := range rules.All() {
		m := r.Meta()
		if strings.EqualFold(strings.TrimSpace(id), m.Name) {
			return usageErr("unknown rule ID %q: rules are selected by ID, and %s is %s (see 'corslint rules')", id, m.Name, m.ID)
		}
		if d := levenshtein.ComputeDistance(want, m.ID); d < bestDist {
			best, bestDist = m.ID, d
		}
	}
	if best != "" {
		return usageErr("unknown rule ID %q; did you mean %s? (see 'corslint rules')", id, best)
	}
	return usageErr("unknown rule ID %q (see 'corslint rules')", id)
}
