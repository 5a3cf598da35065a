package config

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// sizeUnits: decimal and binary multiples, as people write them.
var sizeUnits = []struct {
	suffix string
	mult   int64
}{
	// Longest suffixes first so "MiB" is not read as "B".
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1000}, {"mb", 1000 * 1000}, {"gb", 1000 * 1000 * 1000},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"b", 1},
}

// parseSize reads max_file_size: a positive number of bytes, or a string such
// as "10MiB", "512 KiB", "2MB" or "1048576".
func parseSize(v any) (int64, error) {
	switch t := v.(type) {
	case int64:
		if t <= 0 {
			return 0, fmt.Errorf("must be positive, not %d", t)
		}
		return t, nil
	case string:
		s := strings.ToLower(strings.TrimSpace(t))
		mult := int64(1)
		for _, u := range sizeUnits {
			if strings.HasSuffix(s, u.suffix) {
				s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
				break
			}
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || f <= 0 || math.IsInf(f, 0) || math.IsNaN(f) || f*float64(mult) > math.MaxInt64/2 {
			return 0, fmt.Errorf("%q is not a size such as \"10MiB\" or \"512KiB\"", t)
		}
		n := int64(f * float64(mult))
		if n <= 0 {
			return 0, fmt.Errorf("%q is less than one byte", t)
		}
		return n, nil
	}
	return 0, fmt.Errorf("must be a size such as \"10MiB\" or a number of bytes, not %s", typeName(v))
}
