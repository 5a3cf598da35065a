package nginx

import "testing"

// TestBlankedAllowOrigin: a block that sets Access-Control-Allow-Origin to
// "" turns CORS off there on purpose; the other CORS headers it stops
// inheriting change nothing (no CORS019), but non-CORS ones still count.
func TestBlankedAllowOrigin(t *testing.T) {
	runSem(t, []semCase{
		{"blanked origin loses no CORS headers", `
server {
  add_header Access-Control-Allow-Origin "https://app.example.com" always;
  add_header Access-Control-Allow-Credentials "true" always;
  location / { }
  location /internal/ {
    add_header Access-Control-Allow-Origin "" always;
  }
}`, []string{`5: static(https://app.example.com) creds=true onerrors`, `6: none onerrors`}},
		{"blanked origin still loses security headers", `
server {
  add_header Access-Control-Allow-Origin "https://app.example.com" always;
  add_header Strict-Transport-Security "max-age=63072000" always;
  location / { }
  location /internal/ {
    add_header Access-Control-Allow-Origin '' always;
  }
}`, []string{`5: static(https://app.example.com) onerrors`, `6: none onerrors dropped@6(Strict-Transport-Security)from4`}},
		{"an origin set to a value keeps the drop", `
server {
  add_header Access-Control-Allow-Origin "https://app.example.com" always;
  add_header Access-Control-Allow-Credentials "true" always;
  location / { }
  location /other/ {
    add_header Access-Control-Allow-Origin "https://other.example.com" always;
  }
}`, []string{`5: static(https://app.example.com) creds=true onerrors`, `6: static(https://other.example.com) onerrors dropped@6(Access-Control-Allow-Credentials)from4`}},
	})
}
