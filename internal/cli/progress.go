package cli

import (
	"fmt"
	"io"
	"time"
)

// progress shows a file count on a terminal's stderr during long scans
// (issue 7: only on a terminal, never in pipes or CI logs). It redraws at most
// every progressEvery and erases its line when done, so the report and the
// notices that follow start on a clean line. Calls come from the scan's
// per-file hook, which the scan driver serialises.
type progress struct {
	w     io.Writer
	now   func() time.Time
	start time.Time
	last  time.Time
	files int
	shown bool
}

const (
	// progressAfter keeps short scans (pre-commit on a few files) silent.
	progressAfter = 500 * time.Millisecond
	progressEvery = 100 * time.Millisecond
)

func newProgress(w io.Writer, now func() time.Time) *progress {
	t := now()
	return &progress{w: w, now: now, start: t, last: t}
}

func (p *progress) file(string, time.Duration) {
	p.files++
	t := p.now()
	if t.Sub(p.start) < progressAfter || t.Sub(p.last) < progressEvery {
		return
	}
	p.last = t
	p.shown = true
	fmt.Fprintf(p.w, "\rcorslint: scanned %d files...", p.files)
}

// done erases the progress line, if one was drawn.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
