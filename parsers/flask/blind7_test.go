package flask

import (
	"reflect"
	"testing"
)

// Shapes from the seventh Python blind round (testdata/python/blind7_*).

// TestWerkzeugCORSProperties: werkzeug responses (Flask, Quart) set CORS
// headers through properties; access_control_allow_credentials dumps True
// as "true" and removes the header for False.
func TestWerkzeugCORSProperties(t *testing.T) {
	const head = "from flask import Flask, request\napp = Flask(__name__)\n@app.after_request\ndef h(resp):\n"
	tests := []struct {
		name, body string
		want       []string
	}{
		{"echo with credentials", "    resp.access_control_allow_origin = request.origin\n    resp.access_control_allow_credentials = True\n",
			[]string{`flask echo-any/origin@5 cred="true"@6 vary=0`}},
		{"credentials False drops the header", "    resp.access_control_allow_origin = request.origin\n    resp.access_control_allow_credentials = False\n",
			[]string{"flask echo-any/origin@5 vary=0"}},
		{"fixed origin and vary", "    resp.access_control_allow_origin = 'https://a.example'\n    resp.vary.add('Origin')\n",
			[]string{`flask static/origin@5 static="https://a.example" vary=1`}},
		{"other attribute", "    resp.allow_origin = request.origin\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := summaries(head + tc.body); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
	if !(Parser{}).Claim("app.py", []byte(head+tests[0].body)) {
		t.Error("a file setting only werkzeug CORS properties is not claimed")
	}
}

// TestWerkzeugListProperty: HeaderSet properties join a list with ", ".
func TestWerkzeugListProperty(t *testing.T) {
	pols, _ := parse("from flask import Flask\napp = Flask(__name__)\n@app.after_request\ndef h(resp):\n" +
		"    resp.access_control_allow_origin = '*'\n    resp.access_control_expose_headers = ['X-Api-Key', 'ETag']\n")
	if len(pols) != 1 {
		t.Fatalf("%d policies, want 1", len(pols))
	}
	got := pols[0].ExposeHeaders.Values
	if !reflect.DeepEqual(got, []string{"X-Api-Key", "ETag"}) {
		t.Errorf("expose headers %q, want [X-Api-Key ETag]", got)
	}
}
