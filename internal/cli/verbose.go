package cli

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
)

// fileTimings collects scan.Options.Timings calls for --verbose. The scan
// calls add one file at a time, so it needs no lock of its own.
type fileTimings struct {
	files []fileTiming
}

type fileTiming struct {
	path string
	took time.Duration
}

func (t *fileTimings) add(path string, d time.Duration) {
	t.files = append(t.files, fileTiming{path, d})
}

// print writes one line per file, in path order so runs compare with diff,
// then the total: the files' own time (summed over the parallel workers)
// and the scan's wall time. A nil t (no --verbose) prints nothing.
func (t *fileTimings) print(w io.Writer, wall time.Duration) {
	if t == nil {
		return
	}
	slices.SortFunc(t.files, func(a, b fileTiming) int { return cmp.Compare(a.path, b.path) })
	var sum time.Duration
	var slowest fileTiming
	for _, f := range t.files {
		fmt.Fprintf(w, "corslint: %9s  %s\n", round(f.took), printablePath(f.path))
		sum += f.took
		if f.took > slowest.took {
			slowest = f
		}
	}
	line := fmt.Sprintf("corslint: %d files in %s (%s of file work)", len(t.files), round(wall), round(sum))
	if slowest.path != "" {
		line += fmt.Sprintf(", slowest %s (%s)", printablePath(slowest.path), round(slowest.took))
	}
	fmt.Fprintln(w, line)
}

// round keeps timings readable: whole microseconds below a millisecond,
// hundredths of a millisecond below a second, whole milliseconds above.
func round(d time.Duration) time.Duration {
	switch {
	case d < time.Millisecond:
		return d.Round(time.Microsecond)
	case d < time.Second:
		return d.Round(10 * time.Microsecond)
	}
	return d.Round(time.Millisecond)
}

// printablePath escapes control characters and bidirectional overrides in
// a file name, so a hostile name cannot drive the terminal or disguise
// itself.
func printablePath(p string) string {
	var b strings.Builder
	for _, r := range p {
		if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
			fmt.Fprintf(&b, "\\u%04x", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
