package nginx

import "testing"

// TestMeasured pins behaviour measured against the real nginx 1.22 (with
// Debian's headers-more module) by conformance/nginx, where it differed
// from what this package first assumed.
func TestMeasured(t *testing.T) {
	runSem(t, []semCase{
		{"a block that only answers nginx's own error still sends always headers", `
server {
  add_header Access-Control-Allow-Origin * always;
  location / { return 200 "ok"; }
  location /gone { return 410; }
  location /closed { return 444; }
}`, []string{"4: any(wildcard) onerrors status=200", "5: any(wildcard) onerrors status=410"}},
		{"an error return beside other answers stays out (a guard)", `
server {
  location / {
    if ($http_origin !~ '^https://a\.example$') { return 403; }
    add_header Access-Control-Allow-Origin $http_origin;
  }
}`, []string{"3: list[regex:^https://a\\.example$]"}},
		{"headers-more cannot clear or replace add_header's fields", `
server {
  location / {
    add_header Access-Control-Allow-Origin *;
    more_set_headers 'Access-Control-Allow-Origin: https://a.example';
    more_clear_headers Access-Control-Allow-Credentials;
    add_header Access-Control-Allow-Credentials true;
  }
}`, []string{"3: static(https://a.example) +field(*) creds=true onerrors"}},
	})
}
