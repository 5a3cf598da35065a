package cli

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// A fake clock steps 60 ms per file: nothing is drawn during the first
// 500 ms, then at most one redraw per 100 ms, and done erases the line.
func TestProgress(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	now := func() time.Time { return clock }
	p := newProgress(&buf, now)
	for i := 0; i < 8; i++ {
		clock = clock.Add(60 * time.Millisecond)
		p.file("f", 0)
	}
	if buf.Len() != 0 {
		t.Fatalf("drew during the first 500 ms: %q", buf.String())
	}
	for i := 0; i < 10; i++ {
		clock = clock.Add(60 * time.Millisecond)
		p.file("f", 0)
	}
	out := buf.String()
	if n := strings.Count(out, "\r"); n < 4 || n > 6 {
		t.Errorf("want about one redraw per 100 ms, got %d in %q", n, out)
	}
	if !strings.Contains(out, "scanned 17 files") {
		t.Errorf("last redraw lacks the count: %q", out)
	}
	p.done()
	if !strings.HasSuffix(buf.String(), "\r\033[K") {
		t.Errorf("done did not erase the line: %q", buf.String())
	}

	var quiet bytes.Buffer
	q := newProgress(&quiet, now)
	q.file("f", 0)
	q.done()
	if quiet.Len() != 0 {
		t.Errorf("a short scan drew %q", quiet.String())
	}
}
