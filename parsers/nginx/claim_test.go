package nginx

import "testing"

func TestClaim(t *testing.T) {
	server := []byte("server {\n  listen 80;\n  location / { add_header Access-Control-Allow-Origin *; }\n}\n")
	snippet := []byte("# CORS\nadd_header Access-Control-Allow-Origin $http_origin;\n")
	apache := []byte("<VirtualHost *:80>\n  Header set Access-Control-Allow-Origin \"*\"\n  <Location /api>\n  </Location>\n</VirtualHost>\n")
	ntp := []byte("server 0.pool.ntp.org iburst\n# add_header\n")
	mapOnly := []byte("map $http_origin $cors {\n  default \"\";\n}\n")
	tests := []struct {
		path string
		data []byte
		want bool
	}{
		{"nginx.conf", server, true},
		{"deploy/nginx/conf.d/api.conf", server, true},
		{"etc/nginx/sites-available/default", server, true},
		{"sites-enabled/example.com", server, true},
		{"vhost.d/app", server, true},
		{"snippets/cors", snippet, true},
		{"snippets/cors.conf", snippet, true},
		{"templates/default.conf.template", server, true},
		{"app.nginx", server, true},
		{"roles/web/templates/site.conf.j2", server, true},
		{"templates/nginx.conf.j2", server, true},
		{"cookbooks/web/templates/default/nginx.conf.erb", server, true},
		{"charts/app/files/nginx.conf.tpl", server, true},
		{"roles/web/templates/app.yaml.j2", server, false},
		{"templates/index.html.j2", server, false},
		{"conf.d/cors-map.conf", mapOnly, true},
		{"apache/site.conf", apache, false},
		{"ntp.conf", ntp, false},
		{"src/server.go", server, false},
		{"README.md", server, false},
		{"conf.d/api.yaml", server, false},
		{"sites-enabled/default.bak", server, false},
		{"random/file", server, false},
		{"nginx.conf", []byte("# empty\n"), false},
	}
	for _, tt := range tests {
		if got := New().Claim(tt.path, tt.data); got != tt.want {
			t.Errorf("Claim(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestKeywords(t *testing.T) {
	kws := New().Keywords()
	want := map[string]bool{"add_header": true, "more_set_headers": true, "Access-Control": true, "http_origin": true}
	if len(kws) != len(want) {
		t.Fatalf("keywords %q", kws)
	}
	for _, k := range kws {
		if !want[string(k)] {
			t.Errorf("unexpected keyword %q", k)
		}
	}
	if New().Name() != "nginx" {
		t.Errorf("name %q", New().Name())
	}
}
