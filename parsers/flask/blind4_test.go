package flask

import (
	"testing"

	"github.com/corslint/corslint/policy"
)

// Shapes from the fourth Python blind round (testdata/python/blind4_*).

func TestOriginHelperFunctions(t *testing.T) {
	head := "from urllib.parse import urlsplit\nfrom flask import request\nFRONT = 'https://app.acme.com'\n"
	tests := []struct {
		name, src    string
		kind         policy.OriginKind
		accept, deny []string
		line         int // where the matchers point; 0: not checked
	}{
		{"predicate helper with a prefix test",
			"def ok(origin):\n    return origin.startswith(FRONT)\n" +
				"def hook(resp):\n    o = request.headers.get('Origin', '')\n    if ok(o):\n" +
				"        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp\n",
			policy.OriginList, []string{"https://app.acme.com", "https://app.acme.com.evil.example"}, []string{"https://evil.example"}, 5},
		{"negated predicate that exits",
			"def allowed(value: str) -> bool:\n    \"\"\"Checks.\"\"\"\n    host = urlsplit(value).hostname or ''\n    return host == 'app.acme.com'\n" +
				"def hook(resp):\n    o = request.headers.get('Origin', '')\n    if not allowed(o):\n        return resp\n" +
				"    resp.headers['Access-Control-Allow-Origin'] = o\n    return resp\n",
			policy.OriginList, []string{"https://app.acme.com", "http://app.acme.com"}, []string{"https://evil.example"}, 0},
		{"helper returning the origin or None",
			"def pick(origin):\n    if not origin:\n        return None\n    p = urlsplit(origin)\n" +
				"    if p.scheme == 'https' and (p.hostname or '').endswith('.acme.com'):\n        return origin\n    return None\n" +
				"def hook(resp):\n    o = pick(request.headers.get('Origin'))\n    if o is not None:\n" +
				"        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp\n",
			policy.OriginList, []string{"https://x.acme.com"}, []string{"http://x.acme.com", "https://evilacme.com", "https://evil.example"}, 0},
		{"bool() around a compiled pattern's match",
			"import re\nPAT = re.compile(r'https://app\\.acme\\.com')\ndef ok(origin):\n    return bool(PAT.match(origin))\n" +
				"def hook(resp):\n    o = request.headers.get('Origin', '')\n    if ok(o):\n" +
				"        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp\n",
			policy.OriginList, []string{"https://app.acme.com", "https://app.acme.com.evil.example"}, []string{"https://evil.example"}, 0},
		{"method helper on self",
			"class H:\n    def _ok(self, origin):\n        return origin.endswith('acme.com')\n" +
				"    def hook(self, resp):\n        o = request.headers.get('Origin', '')\n        if self._ok(o):\n" +
				"            resp.headers['Access-Control-Allow-Origin'] = o\n",
			policy.OriginList, []string{"https://a.acme.com", "https://evilacme.com"}, []string{"https://evil.example"}, 6},
		{"a staticmethod's parameters do not line up",
			"class H:\n    @staticmethod\n    def _ok(origin):\n        return origin.endswith('acme.com')\n" +
				"    def hook(self, resp):\n        o = request.headers.get('Origin', '')\n        if self._ok(o):\n" +
				"            resp.headers['Access-Control-Allow-Origin'] = o\n",
			policy.OriginUnknown, nil, nil, 0},
		{"helper with an unreadable body",
			"def ok(origin):\n    for x in load():\n        if x == origin:\n            return True\n    return False\n" +
				"def hook(resp):\n    o = request.headers.get('Origin', '')\n    if ok(o):\n" +
				"        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp\n",
			policy.OriginUnknown, nil, nil, 0},
		{"helper returning another string is not guessed",
			"def pick(origin):\n    if origin == FRONT:\n        return origin\n    return FRONT\n" +
				"def hook(resp):\n    resp.headers['Access-Control-Allow-Origin'] = pick(request.headers.get('Origin'))\n    return resp\n",
			policy.OriginUnknown, nil, nil, 0},
		{"a function defined twice is not read",
			"def ok(origin):\n    return True\ndef ok(origin):\n    return origin == FRONT\n" +
				"def hook(resp):\n    o = request.headers.get('Origin', '')\n    if ok(o):\n" +
				"        resp.headers['Access-Control-Allow-Origin'] = o\n    return resp\n",
			policy.OriginUnknown, nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse(head + tt.src)
			if len(pols) != 1 {
				t.Fatalf("got %d policies", len(pols))
			}
			o := pols[0].Origins
			if o.Kind != tt.kind {
				t.Fatalf("origins %+v, want kind %v", o, tt.kind)
			}
			for _, origin := range tt.accept {
				if !accepts(t, o.Matchers, origin) {
					t.Errorf("%s rejected, want accepted (matchers %+v)", origin, o.Matchers)
				}
			}
			for _, origin := range tt.deny {
				if accepts(t, o.Matchers, origin) {
					t.Errorf("%s accepted, want rejected (matchers %+v)", origin, o.Matchers)
				}
			}
			for _, m := range o.Matchers {
				if tt.line != 0 && m.Span.Start.Line != tt.line {
					t.Errorf("matcher %q at line %d, want the test at %d", m.Value, m.Span.Start.Line, tt.line)
				}
			}
		})
	}
}

func TestAppendedOriginFields(t *testing.T) {
	tests := []struct {
		name, body string
		policies   int
		extra      int // ExtraFields of the first policy
	}{
		{"two headers.add in one block", "    r.headers.add('Access-Control-Allow-Origin', 'https://a.example')\n" +
			"    r.headers.add('Access-Control-Allow-Origin', 'https://b.example')\n", 1, 1},
		{"item assignment then add", "    r.headers['Access-Control-Allow-Origin'] = 'https://a.example'\n" +
			"    r.headers.add('Access-Control-Allow-Origin', 'https://b.example')\n", 1, 1},
		{"assignment replaces the field", "    r.headers.add('Access-Control-Allow-Origin', 'https://a.example')\n" +
			"    r.headers['Access-Control-Allow-Origin'] = 'https://b.example'\n", 2, 0},
		{"adds in exclusive branches", "    if x:\n        r.headers.add('Access-Control-Allow-Origin', 'https://a.example')\n" +
			"    else:\n        r.headers.add('Access-Control-Allow-Origin', 'https://b.example')\n", 2, 0},
		{"falcon append_header", "    r.set_header('Access-Control-Allow-Origin', 'https://a.example')\n" +
			"    r.append_header('Access-Control-Allow-Origin', 'https://b.example')\n", 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pols, _ := parse("def hook(r, x):\n" + tt.body + "    return r\n")
			if len(pols) != tt.policies {
				t.Fatalf("got %d policies, want %d", len(pols), tt.policies)
			}
			if got := len(pols[0].Origins.ExtraFields); got != tt.extra {
				t.Errorf("extra fields %+v, want %d", pols[0].Origins.ExtraFields, tt.extra)
			}
			if tt.extra > 0 && pols[0].Origins.ExtraFields[0].Span.Start.Line != 3 {
				t.Errorf("extra field at line %d, want the second write at 3", pols[0].Origins.ExtraFields[0].Span.Start.Line)
			}
		})
	}
}

func TestFalconAppendHeaderVary(t *testing.T) {
	src := "def process_response(self, req, resp, resource, ok):\n    origin = req.get_header('Origin')\n" +
		"    if origin in ('https://a.example', 'https://b.example'):\n" +
		"        resp.set_header('Access-Control-Allow-Origin', origin)\n        resp.append_header('Vary', 'Origin')\n"
	pols, _ := parse(src)
	if len(pols) != 1 {
		t.Fatalf("got %d policies", len(pols))
	}
	if pols[0].Vary.Origin != policy.VaryAlways {
		t.Errorf("vary %+v, want Vary: Origin from append_header", pols[0].Vary)
	}
}
