package nginx

import (
	"bytes"
	"testing"
)

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
	want := map[string]bool{"add_header": true, "more_set_headers": true, "Access-Control": true, "http_origin": true, "include": true}
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

// TestKeywordsAdmitIncludingMain: the scanner only hands a file to the parser
// when it holds a keyword. A main nginx.conf whose CORS headers all come from
// included files holds none of the CORS words, yet only it shows that a
// server with its own add_header drops the http-level CORS headers.
func TestKeywordsAdmitIncludingMain(t *testing.T) {
	files := tree{
		"nginx.conf":           "events {}\nhttp {\n    include conf.d/*.conf;\n    include sites-enabled/*;\n}\n",
		"conf.d/cors.conf":     "add_header Access-Control-Allow-Origin * always;\n",
		"sites-enabled/blog":   "server {\n    server_name blog.example.com;\n    add_header X-Frame-Options DENY always;\n}\n",
		"sites-enabled/status": "server {\n    server_name status.example.com;\n}\n",
	}
	f := files.file("nginx.conf")
	admitted := false
	for _, k := range New().Keywords() {
		admitted = admitted || bytes.Contains(f.Data, k)
	}
	if !admitted {
		t.Fatal("the main nginx.conf holds no keyword: the scanner would never parse it")
	}
	pols, _ := New().Parse(f)
	dropped := false
	for _, p := range pols {
		for _, d := range p.Dropped {
			dropped = dropped || d.Block.File == "sites-enabled/blog" && d.From.File == "conf.d/cors.conf"
		}
	}
	if !dropped {
		t.Errorf("want the blog server to drop the http-level CORS header, got %d policies", len(pols))
	}
}
