package nginx

import "testing"

// TestOriginEqualsUnknown: after `if ($http_origin = X)` holds, the origin
// is X; when X is not a known literal (an undefined variable, an envsubst
// placeholder), an echo under the test sends X's value, not any origin
// (semantics.md 2, if: `=` is an exact comparison).
func TestOriginEqualsUnknown(t *testing.T) {
	runSem(t, []semCase{
		{"placeholder compared with = is not reflection", `
server {
  location / {
    if ($http_origin = "${FRONTEND_ORIGIN}") {
      add_header Access-Control-Allow-Origin "$http_origin" always;
      add_header Access-Control-Allow-Credentials "true" always;
    }
  }
}`, []string{`4: unknown creds=true onerrors`}},
		{"a variable holding one of several literals", `
map $host $front {
  api.a.example https://app.a.example;
  api.b.example https://app.b.example;
}
server {
  location / {
    if ($http_origin = $front) {
      add_header Access-Control-Allow-Origin $http_origin always;
    }
  }
}`, []string{`8: static(https://app.a.example) onerrors`}},
		{"!= that fails: the echo after it is the variable", `
server {
  location / {
    set $cors "";
    if ($http_origin != $allowed_origin) {
      return 403;
    }
    add_header Access-Control-Allow-Origin $http_origin always;
  }
}`, []string{`3: unknown onerrors`}},
		{"a literal keeps the exact test", `
server {
  location / {
    if ($http_origin = "https://app.example.com") {
      add_header Access-Control-Allow-Origin $http_origin always;
    }
  }
}`, []string{`4: list[exact:https://app.example.com] onerrors`}},
	})
}
