package flask

import (
	"reflect"
	"testing"
)

// Shapes from the eighth Python blind round (testdata/python/blind8_*).

// TestLowerCaseHeaderNames: a raw ASGI middleware must send lower-case
// header names as bytes tuples; a file writing only such names is claimed
// and its Access-Control-Allow-Origin is read.
func TestLowerCaseHeaderNames(t *testing.T) {
	const src = `ALLOWED = {"https://a.example"}

async def wrap(scope, receive, send):
    origin = dict(scope["headers"]).get(b"origin", b"").decode()

    async def send_wrapper(message):
        if origin in ALLOWED:
            headers = list(message.get("headers", []))
            headers.append((b"access-control-allow-origin", origin.encode()))
            message["headers"] = headers
        await send(message)
`
	if !(Parser{}).Claim("asgi.py", []byte(src)) {
		t.Fatal("a file writing only lower-case CORS header names is not claimed")
	}
	want := []string{"flask list/origin@9 [exact:https://a.example@1] vary=0"}
	if got := summaries(src); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if (Parser{}).Claim("asgi.py", []byte("x = 'access-control'\n")) {
		t.Error("a file without a CORS header prefix is claimed")
	}
	if got, want := summaries("resp.headers['access-control-max-age'] = '60'\n"), []string(nil); !reflect.DeepEqual(got, want) {
		t.Errorf("max-age only: got %q", got)
	}
}

// TestConditionalFallback: the branch sent when the origin check fails
// counts: "null" answers the null origin with itself, "*" answers every
// origin; an unchecked echo stays an echo.
func TestConditionalFallback(t *testing.T) {
	const head = "from flask import Flask, request\napp = Flask(__name__)\nALLOWED = ('https://a.example',)\n@app.after_request\ndef h(resp):\n    origin = request.headers.get('Origin')\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"null fallback", "    resp.headers['Access-Control-Allow-Origin'] = origin if origin in ALLOWED else 'null'\n",
			[]string{"flask list/origin@7 [exact:https://a.example@3 null:null@7] vary=0"}},
		{"star fallback", "    resp.headers['Access-Control-Allow-Origin'] = origin if origin in ALLOWED else '*'\n",
			[]string{"flask any/wildcard@7 vary=0"}},
		{"allowed fallback", "    resp.headers['Access-Control-Allow-Origin'] = origin if origin in ALLOWED else ALLOWED[0]\n",
			[]string{"flask list/origin@7 [exact:https://a.example@3] vary=0"}},
		{"unchecked echo with star", "    resp.headers['Access-Control-Allow-Origin'] = origin if origin else '*'\n",
			[]string{"flask echo-any/origin@7 vary=0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summaries(head + tc.body); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestASGIStartMessageHeaders: header tuples in the "headers" list of an
// ASGI response-start message are sent; pairs under other keys are not.
func TestASGIStartMessageHeaders(t *testing.T) {
	const head = "async def app(scope, receive, send):\n    await send({'type': 'http.response.start', 'status': 200, "
	tests := []struct {
		name, body string
		want       []string
	}{
		{"headers key", "'headers': [(b'access-control-allow-origin', b'*')]})\n", []string{"flask any/wildcard@2 vary=0"}},
		{"other key", "'expected': [(b'access-control-allow-origin', b'*')]})\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summaries(head + tc.body); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
