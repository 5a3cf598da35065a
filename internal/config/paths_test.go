package config

import "testing"

func TestIsDevPath(t *testing.T) {
	c := Default()
	tests := []struct {
		rel  string
		want bool
	}{
		{"settings/dev.py", true},
		{"config/development.json", true},
		{"docker-compose.override.yml", true},
		{"deploy/compose.override.yaml", true},
		{"local.settings.json", true},
		{"test/nginx.conf", true},
		{"tests/fixtures/cors.yaml", true},
		{"src/__tests__/app.js", true},
		{"app.test.js", true},
		{"config/dev/nginx.conf", true},
		{"nginx-dev.conf", true},
		{"nginx_local.conf", true},
		{".env.development", true},
		{"src/devServer.js", true},
		{"APIDev/cors.yaml", true},
		{"DEVELOPMENT/x.json", true},
		{"settings/dev2.py", true},
		{"latest.conf", false},
		{"contest/app.py", false},
		{"devops/nginx.conf", false},
		{"localhost.conf", false},
		{"locale/en.json", false},
		{"attestation.yaml", false},
		{"testdata/nginx/cors001.conf", false},
		{"develop/app.js", false},
		{"production.json", false},
		{"nginx/sites-enabled/api", false},
		{"docker-compose.yml", false},
		{"nginx/override.conf", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := c.IsDevPath(tt.rel); got != tt.want {
			t.Errorf("IsDevPath(%q) = %v, want %v (words %q)", tt.rel, got, tt.want, words(tt.rel))
		}
	}
}

func TestIsDevPathCustomMarkers(t *testing.T) {
	c, err := Parse("c.toml", []byte(`dev_paths = ["sandbox", "e2e-env", "Staging"]`), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rel  string
		want bool
	}{
		{"sandbox/app.py", true},
		{"ci/e2e_env.yaml", true},
		{"ci/e2e/other/env.yaml", false},
		{"k8s/staging/ingress.yaml", true},
		{"settings/dev.py", false}, // the list replaces the default
	}
	for _, tt := range tests {
		if got := c.IsDevPath(tt.rel); got != tt.want {
			t.Errorf("IsDevPath(%q) = %v, want %v", tt.rel, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := map[string][]string{
		"settings/dev.py": {"settings", "dev", "py"},
		"devServer.js":    {"dev", "server", "js"},
		"APIDev":          {"api", "dev"},
		"HTTPServer2":     {"http", "server", "2"},
		"e2e-env":         {"e", "2", "e", "env"},
		"__tests__":       {"tests"},
		"caf\xe9/dev":     {"caf", "dev"},
		"":                nil,
	}
	for in, want := range tests {
		got := words(in)
		if len(got) != len(want) {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("words(%q) = %q, want %q", in, got, want)
				break
			}
		}
	}
}
