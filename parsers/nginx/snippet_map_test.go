package nginx

import "testing"

// TestSnippetWithMap: a snippet holding a map beside the header lines that
// use it has no server block; its body is still the policy (it is included
// in a server or location, or at http level where servers inherit it). A
// file with a server block keeps the http-level walk.
func TestSnippetWithMap(t *testing.T) {
	runSem(t, []semCase{
		{"map and top-level add_header", `
map $http_origin $c {
  default "";
  "https://a.example.com" $http_origin;
}
add_header Access-Control-Allow-Origin $c always;
add_header Access-Control-Allow-Credentials true always;`,
			[]string{"6: list[exact:https://a.example.com/i] creds=true(always) onerrors"}},
		{"map and add_header inside an if only", `
map $http_origin $c {
  default "";
  "https://a.example.com" $http_origin;
}
if ($request_method = OPTIONS) {
  add_header Access-Control-Allow-Origin $c;
  return 204;
}`, []string{"6: list[exact:https://a.example.com/i] preflight-only status=204"}},
		{"map alone is no policy", `
map $http_origin $c {
  default "";
  "https://a.example.com" $http_origin;
}`, nil},
		{"a server block keeps the http walk", `
map $http_origin $c {
  default "";
  "https://a.example.com" $http_origin;
}
server {
  add_header Access-Control-Allow-Origin $c always;
}`, []string{"6: list[exact:https://a.example.com/i] onerrors"}},
	})
}
