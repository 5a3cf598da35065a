package report

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// dropSARIF copies a SARIF log the tests produced into $CORSLINT_SARIF_OUT
// when it is set, so CI can run Microsoft's SARIF Multitool over every one
// (integration.md §3). The name carries the test name and a content hash, so
// identical logs collapse into one file and reruns overwrite, not pile up.
func dropSARIF(t *testing.T, data []byte) {
	t.Helper()
	dir := os.Getenv("CORSLINT_SARIF_OUT")
	if dir == "" {
		return
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("CORSLINT_SARIF_OUT: %v", err)
	}
	sum := sha256.Sum256(data)
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '_'
	}, t.Name())
	path := filepath.Join(dir, "report-"+name+"-"+hex.EncodeToString(sum[:4])+".sarif")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatalf("CORSLINT_SARIF_OUT: %v", err)
	}
}
