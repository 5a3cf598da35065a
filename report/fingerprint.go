package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/corslint/corslint/rules"
)

// FingerprintKey is the partialFingerprints key corslint writes in SARIF and
// that --baseline matches on.
const FingerprintKey = "corslint/v1"

// Fingerprints returns the corslint/v1 fingerprint of each finding, in the
// order given.
//
// A fingerprint hashes the rule ID, the repository-relative path, the
// normalised text of the flagged construct (Finding.Key, or the message when
// the scan left Key empty) and the finding's index among findings with those
// same three values, counted in file order. It holds no line number, absolute
// path, tool version or time, so it survives lines inserted above the finding,
// another checkout directory and a new release (integration.md §1.1, §8).
func Fingerprints(fs []rules.Finding) []string {
	type group struct{ rule, path, key string }
	keys := make([]group, len(fs))
	for i, f := range fs {
		keys[i] = group{f.RuleID, cleanPath(f.Span.File), fingerprintText(f)}
	}

	// Number equal keys in file order, whatever order the caller used.
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(
			cmp.Compare(fs[a].Span.Start.Line, fs[b].Span.Start.Line),
			cmp.Compare(fs[a].Span.Start.Col, fs[b].Span.Start.Col),
		)
	})
	seen := make(map[group]int, len(fs))
	out := make([]string, len(fs))
	for _, i := range order {
		k := keys[i]
		n := seen[k]
		seen[k] = n + 1
		out[i] = fingerprint(k.rule, k.path, k.key, n)
	}
	return out
}

// fingerprintText is the normalised construct text: runs of whitespace become
// one space, so re-indenting a file changes nothing.
func fingerprintText(f rules.Finding) string {
	text := f.Key
	if strings.TrimSpace(text) == "" {
		text = f.Message
	}
	return strings.Join(strings.Fields(text), " ")
}

func fingerprint(rule, path, key string, index int) string {
	h := sha256.New()
	// Writes to a hash.Hash never fail.
	_, _ = h.Write([]byte(rule + "\x00" + path + "\x00" + key + "\x00" + strconv.Itoa(index)))
	return hex.EncodeToString(h.Sum(nil)[:16])
}
