package flask

import (
	"reflect"
	"testing"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

const flaskHead = "from flask import Flask\nfrom flask_cors import CORS, cross_origin\napp = Flask(__name__)\n"

func TestFlaskCorsShapes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"default echoes", "CORS(app)", []string{"flask-cors any/origin@4 default vary=2"}},
		{"default with credentials points at credentials", "CORS(app,\n  supports_credentials=True)",
			[]string{`flask-cors any/origin@5 default cred="true"@5 vary=2`}},
		{"send_wildcard", "CORS(app, send_wildcard=True)", []string{"flask-cors any/wildcard@4 default vary=2"}},
		{"star in a list is the wildcard", "CORS(app, origins=['https://a.example', '*'])", []string{"flask-cors any/origin@4 vary=2"}},
		{"single exact: no vary", "CORS(app, origins='https://a.example')",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i] vary=0"}},
		{"two exact: vary", "CORS(app, origins=['https://a.example', 'https://b.example'])",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i exact:https://b.example@4/i] vary=2"}},
		{"regex chars make a prefix-match regex", `CORS(app, origins=r"https://.*\.example\.com")`,
			[]string{`flask-cors list/origin@4 [regex:https://.*\.example\.com@4/prefix-match/i] vary=2`}},
		{"a dot alone is not a regex", "CORS(app, origins='https://a.example')",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i] vary=0"}},
		{"compiled pattern keeps its flags", "import re\nCORS(app, origins=[re.compile(r'https://a\\.example$')])",
			[]string{`flask-cors list/origin@5 [regex:https://a\.example$@5/prefix-match] vary=2`}},
		{"vary_header off", "CORS(app, origins=['https://a.example', 'https://b.example'], vary_header=False)",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i exact:https://b.example@4/i] vary=0"}},
		{"max_age timedelta", "from datetime import timedelta\nCORS(app, origins='https://a.example', max_age=timedelta(hours=2))",
			[]string{"flask-cors list/origin@5 [exact:https://a.example@5/i] vary=0 maxage=7200@5"}},
		{"pna option", "CORS(app, origins='https://a.example', allow_private_network=True)",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i] vary=0 pna"}},
		{"unknown origins", "CORS(app, origins=get_origins())", []string{"flask-cors unknown/origin@4 vary=0"}},
		{"**options unknown", "CORS(app, **opts)", []string{"flask-cors unknown/origin@4 vary=2"}},
		{"**options known", "OPTS = {'origins': ['https://a.example']}\nCORS(app, **OPTS)",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i] vary=0"}},
		{"env fallback", "import os\nCORS(app, origins=os.environ.get('ORIGINS', 'http://localhost:3000').split(','))",
			[]string{"flask-cors list/origin@5 [exact:http://localhost:3000@5/i/env=ORIGINS] vary=0"}},
		{"resources: one policy each, resource options win",
			"CORS(app, origins='https://a.example', resources={r'/api/*': {'origins': '*'}, r'/admin/*': {'supports_credentials': True}})",
			[]string{"flask-cors any/origin@4 vary=2", `flask-cors list/origin@4 [exact:https://a.example@4/i] cred="true"@4 vary=0`}},
		{"kwargs beat app.config", "app.config['CORS_ORIGINS'] = '*'\nCORS(app, origins='https://a.example')",
			[]string{"flask-cors list/origin@5 [exact:https://a.example@5/i] vary=0"}},
		{"app.config.update", "app.config.update(CORS_ORIGINS=['https://a.example'], CORS_SUPPORTS_CREDENTIALS=True)\nCORS(app)",
			[]string{`flask-cors list/origin@4 [exact:https://a.example@4/i] cred="true"@4 vary=0`}},
		{"external config makes default origins unknown", "app.config.from_pyfile('cors.cfg')\nCORS(app)",
			[]string{"flask-cors unknown/origin@5 vary=2"}},
		{"init_app options beat the constructor's", "cors = CORS(origins='*')\ncors.init_app(app, origins='https://a.example')",
			[]string{"flask-cors list/origin@5 [exact:https://a.example@5/i] vary=0"}},
		{"misspelt option", "CORS(app, origins='https://a.example', allow_credentials=True)",
			[]string{"flask-cors list/origin@4 [exact:https://a.example@4/i] vary=0 ignored=allow_credentials->supports_credentials@4"}},
		{"debug branch is dev", "if app.debug:\n    CORS(app)", []string{"flask-cors any/origin@5 default vary=2 dev"}},
		{"cross_origin positional", "@app.route('/x')\n@cross_origin('https://a.example')\ndef x():\n    pass",
			[]string{"flask-cors any/origin@5 default vary=2 ignored='https://a.example'->origins@5"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := summaries(flaskHead + tt.src)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n  %q\nwant\n  %q", got, tt.want)
			}
		})
	}
}

func TestFlaskCorsScopesAndDefaults(t *testing.T) {
	pols, _ := parse(flaskHead + "@app.route('/api/items')\n@cross_origin()\ndef items():\n    pass\nCORS(app, resources=r'/api/*')\n")
	if len(pols) != 2 {
		t.Fatalf("got %d policies", len(pols))
	}
	if pols[0].Scope != "/api/items" || pols[1].Scope != "/api/*" {
		t.Errorf("scopes %q %q", pols[0].Scope, pols[1].Scope)
	}
	p := pols[1]
	if p.AllowHeaders.Mode != policy.ListReflect || p.AllowHeaders.Explicit || !p.AllowHeaders.Default {
		t.Errorf("allow_headers default should be gentle reflection: %+v", p.AllowHeaders)
	}
	if !reflect.DeepEqual(p.AllowMethods.Values, flaskMethods) || !p.AllowMethods.Default {
		t.Errorf("methods: %+v", p.AllowMethods)
	}
	if !p.OnErrors || p.PreflightStatus != 200 || p.Version != DefaultFlaskCorsVersion {
		t.Errorf("wiring: %+v", p)
	}
	if p.PrivateNetwork.Allowed || !p.PrivateNetwork.Default {
		t.Errorf("6.x private network default is off: %+v", p.PrivateNetwork)
	}
}

func TestFlaskCorsVersions(t *testing.T) {
	tests := []struct {
		version string
		allowed bool
	}{
		{"3.0.10", false}, {"3.1.01", true}, {"4.0.2", true}, {"5.0.0", false}, {"6.0.2", false},
	}
	for _, tt := range tests {
		pols, _ := Parser{FlaskCorsVersion: tt.version}.Parse(parsers.File{Path: "a.py", Data: []byte(flaskHead + "CORS(app)")})
		if len(pols) != 1 || pols[0].PrivateNetwork.Allowed != tt.allowed || pols[0].Version != tt.version {
			t.Errorf("%s: %+v", tt.version, pols)
		}
	}
}
