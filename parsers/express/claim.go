package express

import (
	"bytes"
	"path"
	"strings"
)

// sourceExts are the JS/TS extensions the parser reads.
var sourceExts = map[string]bool{
	".js": true, ".mjs": true, ".cjs": true, ".jsx": true, ".ts": true, ".mts": true, ".cts": true, ".tsx": true,
}

// sourceFile reports a JS/TS file by its name.
func sourceFile(p string) bool {
	return sourceExts[strings.ToLower(path.Ext(p))]
}

// sourceMarkers are the strings a source file must hold to be worth parsing:
// the libraries' names and the header names.
var sourceMarkers = [][]byte{
	[]byte("cors"), []byte("Cors"), []byte("CORS"), []byte("Access-Control-Allow-Origin"),
	[]byte("access-control-allow-origin"),
}

// claimSource: a JS/TS file with a marker, and not a bundle, a declaration
// file or a minified file.
func claimSource(p string, data []byte) bool {
	if skipSource(p, data) {
		return false
	}
	for _, m := range sourceMarkers {
		if bytes.Contains(data, m) {
			return true
		}
	}
	// A module named after CORS that only holds the options
	// (config/cors.config.js: `module.exports = { origin, credentials }`).
	return corsFileName(p) && (bytes.Contains(data, []byte("origin")) || bytes.Contains(data, []byte("credentials")))
}

// Minified-file heuristics: a line this long, or this long on average.
const (
	maxLineLen = 10000
	maxAvgLine = 500
)

// skipSource reports files skipped quietly: larger than maxSourceSize,
// `.min.js`, declaration files (no code), and minified bundles (very long
// lines).
func skipSource(p string, data []byte) bool {
	low := strings.ToLower(path.Base(p))
	if len(data) > maxSourceSize || strings.Contains(low, ".min.") || strings.HasSuffix(low, ".d.ts") ||
		strings.HasSuffix(low, ".d.mts") || strings.HasSuffix(low, ".d.cts") {
		return true
	}
	lines, longest, cur := 1, 0, 0
	for _, c := range data {
		if c == '\n' {
			lines++
			longest = max(longest, cur)
			cur = 0
			continue
		}
		cur++
	}
	longest = max(longest, cur)
	return longest > maxLineLen || len(data)/lines > maxAvgLine
}
