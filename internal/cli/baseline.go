package cli

import (
	"github.com/corslint/corslint/internal/baseline"
	"github.com/corslint/corslint/report"
	"github.com/corslint/corslint/rules"
)

// readBaseline reads --baseline before the scan, so a bad path fails fast;
// an empty path means no baseline. An unreadable or foreign file is a usage
// error (exit 2): treating every finding as new would fail the run for the
// wrong reason.
func readBaseline(path string) (*baseline.Log, error) {
	if path == "" {
		return nil, nil
	}
	log, err := baseline.Load(path)
	if err != nil {
		return nil, usageErr("%w", err)
	}
	return log, nil
}

// compareBaseline is nil without a baseline.
func compareBaseline(log *baseline.Log, findings []rules.Finding) *report.Baseline {
	if log == nil {
		return nil
	}
	return baseline.Compare(log, findings)
}

// failing reports whether the run fails --fail-on: any finding at or above
// rank, or with a baseline only the new ones (integration.md §6).
func failing(b *report.Baseline, findings []rules.Finding, rank int) bool {
	if b != nil {
		return baseline.CountNew(b, findings, rank) > 0
	}
	for _, fd := range findings {
		if fd.Severity.Rank() >= rank {
			return true
		}
	}
	return false
}
