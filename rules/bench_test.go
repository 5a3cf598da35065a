package rules

import (
	"fmt"
	"testing"

	"github.com/corslint/corslint/policy"
)

// BenchmarkRun measures a large allow-list: 40 exact origins and 4 patterns.
func BenchmarkRun(b *testing.B) {
	var ms []policy.Matcher
	for i := range 40 {
		ms = append(ms, exact(fmt.Sprintf("https://app%d.example.com", i), 10+i))
	}
	ms = append(ms,
		jsRe(`^https:\/\/[a-z0-9-]+\.example\.org$`, 60),
		jsRe(`example\.net$`, 61),
		re(`https://.*\.example\.io`, policy.DialectPython, policy.ModePrefix, 62),
		kindM(policy.MatchGlob, "https://*.example.dev", 63),
	)
	p := newPolicy(list(ms...), creds)
	ctx := DefaultContext()
	b.ResetTimer()
	for range b.N {
		Run(ctx, p, nil)
	}
}
