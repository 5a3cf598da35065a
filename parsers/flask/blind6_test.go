package flask

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes from the sixth Python blind round (testdata/python/blind6_*).

// A predicate helper that rejects early (`if ...: return False`) before its
// final test holds only when no guard does.
func TestHelperGuardClauses(t *testing.T) {
	const head = "from urllib.parse import urlparse\nfrom flask import request\nAPEX = 'quill.example.com'\n" +
		"def trusted(origin):\n    parts = urlparse(origin)\n"
	const tail = "@app.after_request\ndef cors(resp):\n    origin = request.headers.get('Origin')\n" +
		"    if origin and trusted(origin):\n        resp.headers['Access-Control-Allow-Origin'] = origin\n" +
		"    resp.headers.add('Vary', 'Origin')\n    return resp\n"
	tests := []struct {
		name, body string
		accept     []string
		reject     []string
		line       int // where findings point: the final test
	}{
		{
			"scheme and host guard",
			"    if parts.scheme != 'https' or not parts.hostname:\n        return False\n" +
				"    return parts.hostname == APEX or parts.hostname.endswith('.' + APEX)\n",
			[]string{"https://quill.example.com", "https://a.quill.example.com"},
			[]string{"http://a.quill.example.com", "https://evil.example"},
			8,
		},
		{
			"bare return guard",
			"    if parts.scheme != 'https':\n        return\n    return parts.hostname == APEX\n",
			[]string{"https://quill.example.com"},
			[]string{"http://quill.example.com"},
			8,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse(head + tt.body + tail)
			if len(pols) != 1 || pols[0].Origins.Kind != policy.OriginList {
				t.Fatalf("got %+v, want one allow-list policy", pols)
			}
			ms := pols[0].Origins.Matchers
			for _, o := range tt.accept {
				if !accepts(t, ms, o) {
					t.Errorf("%s rejected", o)
				}
			}
			for _, o := range tt.reject {
				if accepts(t, ms, o) {
					t.Errorf("%s accepted", o)
				}
			}
			for _, m := range ms {
				if m.Span.Start.Line != tt.line {
					t.Errorf("matcher %s points at line %d, want %d", m.Value, m.Span.Start.Line, tt.line)
				}
			}
		})
	}
	// A guard that returns something truthy is not a rejection: the helper
	// is not read as a predicate, so the check stays unknown.
	src := head + "    if parts.scheme == 'https':\n        return True\n    return parts.hostname == APEX\n" + tail
	pols, _ := parse(src)
	if len(pols) != 1 || pols[0].Origins.Kind != policy.OriginUnknown {
		t.Errorf("truthy early return: got %+v, want an unknown origin check", pols)
	}
}
