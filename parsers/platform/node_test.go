package platform

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// SubSpan finds an entry of a multi-line scalar on its own line, and falls
// back to the whole span when no run holds the entry whole.
func TestSubSpanUsesRuns(t *testing.T) {
	whole := policy.Span{Start: policy.Pos{Line: 4, Col: 20}, End: policy.Pos{Line: 4, Col: 22}}
	n := &Node{Kind: String, Value: "https://a.io, http://b.io", Span: whole, Runs: []Run{
		{Off: 0, Len: 13, At: policy.Pos{Line: 5, Col: 7}},
		{Off: 14, Len: 11, At: policy.Pos{Line: 6, Col: 7}},
	}}
	tests := []struct {
		name      string
		off, size int
		want      policy.Pos
	}{
		{"first line", 0, 12, policy.Pos{Line: 5, Col: 7}},
		{"second line", 14, 11, policy.Pos{Line: 6, Col: 7}},
		{"inside the second line", 21, 4, policy.Pos{Line: 6, Col: 14}},
		{"across lines", 8, 10, whole.Start},
		{"out of range", 20, 10, whole.Start},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := n.SubSpan(tt.off, tt.size).Start; got != tt.want {
				t.Errorf("SubSpan(%d, %d) starts at %+v, want %+v", tt.off, tt.size, got, tt.want)
			}
		})
	}
}
