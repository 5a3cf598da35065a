package policy

import (
	"slices"
	"strings"
)

// Values of Verdict.Check.
const (
	CheckCORS           = "cors"
	CheckStatus         = "status"
	CheckMethod         = "method"
	CheckHeader         = "header"
	CheckPrivateNetwork = "private-network"
)

// preflightPrefix is how Chromium introduces errors found on a preflight
// response by the CORS check, the status check and the PNA check.
const preflightPrefix = "Response to preflight request doesn't pass access control check: "

// Check applies the browser's decision (WHATWG Fetch, semantics.md §1) to resp
// answering r, and on failure gives the reason in the words of Chromium's
// console. It judges the headers only: a Response marked Unknown has none the
// evaluator could compute, so callers look at resp.Unknown first.
//
// On a preflight (r.Preflight) the CORS check uses the actual request's
// credentials mode (r.Credentials), then the status must be ok (200–299),
// Private Network Access must be granted when r.PrivateNetwork, and the method
// and every CORS-unsafe name in r.Headers must be allowed. Request carries
// names without values, so the names are judged as PreflightHeaderNames does.
// Checks run in Chromium's order, and the first failure is reported.
func Check(r Request, resp Response) Verdict {
	if reason := corsCheck(r, resp); reason != "" {
		if r.Preflight {
			reason = preflightPrefix + reason
		}
		return Verdict{Check: CheckCORS, Reason: reason}
	}
	if !r.Preflight {
		return Verdict{OK: true}
	}
	status := resp.Status
	if status == 0 {
		status = r.Status
	}
	if status == 0 {
		status = 200
	}
	if status < 200 || status > 299 {
		return Verdict{Check: CheckStatus, Reason: preflightPrefix + "It does not have HTTP ok status."}
	}
	if r.PrivateNetwork {
		if reason := privateNetworkCheck(resp); reason != "" {
			return Verdict{Check: CheckPrivateNetwork, Reason: preflightPrefix + reason}
		}
	}
	methods, ok := tokenList(resp, HeaderAllowMethods)
	if !ok {
		return Verdict{Check: CheckMethod, Reason: "Cannot parse Access-Control-Allow-Methods response header field in preflight response."}
	}
	headers, ok := tokenList(resp, HeaderAllowHeaders)
	if !ok {
		return Verdict{Check: CheckHeader, Reason: "Cannot parse Access-Control-Allow-Headers response header field in preflight response."}
	}
	// With credentials, `*` is a literal name in both lists.
	wildcard := !r.Credentials
	method := requestMethod(r)
	// Methods compare byte-exactly: `patch` does not allow PATCH.
	if !IsSafelistedMethod(method) && !slices.Contains(methods, method) &&
		(!wildcard || !slices.Contains(methods, "*")) {
		return Verdict{Check: CheckMethod, Reason: "Method " + method + " is not allowed by Access-Control-Allow-Methods in preflight response."}
	}
	headerWildcard := wildcard && slices.Contains(headers, "*")
	for _, name := range PreflightHeaderNames(r.Headers) {
		if slices.ContainsFunc(headers, func(h string) bool { return strings.EqualFold(h, name) }) {
			continue
		}
		// `*` never covers Authorization in Chromium-based browsers (97+).
		if headerWildcard && name != "authorization" {
			continue
		}
		return Verdict{Check: CheckHeader, Reason: "Request header field " + name + " is not allowed by Access-Control-Allow-Headers in preflight response."}
	}
	return Verdict{OK: true}
}

// corsCheck is Fetch's CORS check with Chromium's error detail; "" = pass.
func corsCheck(r Request, resp Response) string {
	acao, present := resp.Combined(HeaderAllowOrigin)
	switch {
	case !present:
		return "No 'Access-Control-Allow-Origin' header is present on the requested resource."
	case acao == "*":
		if r.Credentials {
			return "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'."
		}
		// Without credentials, `*` passes and Allow-Credentials is ignored.
		return ""
	case r.Origin == "" || acao != r.Origin:
		switch {
		case strings.ContainsAny(acao, " ,"):
			return "The 'Access-Control-Allow-Origin' header contains multiple values '" + acao + "', but only one is allowed."
		case acao != "null" && !urlLike(acao):
			return "The 'Access-Control-Allow-Origin' header contains the invalid value '" + acao + "'."
		}
		return "The 'Access-Control-Allow-Origin' header has a value '" + acao + "' that is not equal to the supplied origin."
	}
	if r.Credentials {
		// Only the exact `true` counts; two fields give "true, true".
		if acac, _ := resp.Combined(HeaderAllowCredentials); acac != "true" {
			return "The value of the 'Access-Control-Allow-Credentials' header in the response is '" + acac + "' which must be 'true' when the request's credentials mode is 'include'."
		}
	}
	return ""
}

// privateNetworkCheck is the PNA preflight requirement; "" = pass. Chromium
// also names the target address space, which a static tool cannot know.
func privateNetworkCheck(resp Response) string {
	v, present := resp.Combined(HeaderAllowPrivateNetwork)
	switch {
	case !present:
		return "No 'Access-Control-Allow-Private-Network' header was present in the preflight response for this private network request."
	case v != "true":
		return "The 'Access-Control-Allow-Private-Network' header in the preflight response for this private network request had a value of '" + v + "', not 'true'."
	}
	return ""
}

// urlLike approximates whether Chromium's URL parser accepts an
// Allow-Origin value; it only selects between two error messages.
func urlLike(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || !validScheme(s[:i]) {
		return false
	}
	switch strings.ToLower(s[:i]) {
	case "http", "https", "ws", "wss", "ftp":
		_, _, _, ok := ParseOrigin(s)
		return ok
	}
	return true
}

// tokenList extracts a comma-list header of tokens (Allow-Methods,
// Allow-Headers). Empty elements are skipped; any element that is not an
// HTTP token (`Content-Type; X-A`) makes the whole header unparsable, which
// fails the preflight in Chromium and Firefox. An absent header is an empty
// list.
func tokenList(resp Response, name string) ([]string, bool) {
	v, present := resp.Combined(name)
	if !present {
		return nil, true
	}
	var out []string
	for _, item := range strings.Split(v, ",") {
		item = strings.Trim(item, " \t")
		if item == "" {
			continue
		}
		if !isToken(item) {
			return nil, false
		}
		out = append(out, item)
	}
	return out, true
}

// isToken is RFC 9110's token: 1*tchar.
func isToken(s string) bool {
	for _, c := range []byte(s) {
		isAlnum := (c >= '0' && c <= '9') || ((c|0x20) >= 'a' && (c|0x20) <= 'z')
		if !isAlnum && strings.IndexByte("!#$%&'*+-.^_`|~", c) < 0 {
			return false
		}
	}
	return s != ""
}

// lowerSortedNames is a header-name list as a browser puts it in
// Access-Control-Request-Headers: trimmed, lower-cased, sorted, unique.
func lowerSortedNames(names []string) []string {
	out := make([]string, 0, len(names))
	for _, n := range names {
		if n = strings.ToLower(strings.TrimSpace(n)); n != "" {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NormalizeMethod upper-cases the methods fetch() normalizes (DELETE GET HEAD
// OPTIONS POST PUT, case-insensitively) and leaves any other as written, so
// `patch` stays `patch` and does not match an allowed `PATCH`.
func NormalizeMethod(m string) string {
	for _, n := range []string{"DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"} {
		if strings.EqualFold(m, n) {
			return n
		}
	}
	return m
}

// IsSafelistedMethod reports whether m is a CORS-safelisted method (GET,
// HEAD, POST; byte-exact, so normalize first).
func IsSafelistedMethod(m string) bool {
	return m == "GET" || m == "HEAD" || m == "POST"
}

// IsSafelistedHeader reports whether one request header is a CORS-safelisted
// request-header (Fetch): Accept, Accept-Language, Content-Language,
// Content-Type or Range with a value of at most 128 bytes that passes the
// per-name rules. The 1024-byte total across headers is UnsafeHeaderNames'
// business.
func IsSafelistedHeader(name, value string) bool {
	if len(value) > 128 {
		return false
	}
	switch strings.ToLower(name) {
	case "accept":
		return !hasUnsafeByte(value)
	case "accept-language", "content-language":
		for _, c := range []byte(value) {
			isAlnum := (c >= '0' && c <= '9') || ((c|0x20) >= 'a' && (c|0x20) <= 'z')
			if !isAlnum && strings.IndexByte(" *,-.;=", c) < 0 {
				return false
			}
		}
		return true
	case "content-type":
		if hasUnsafeByte(value) {
			return false
		}
		essence, _, _ := strings.Cut(value, ";")
		switch strings.ToLower(strings.Trim(essence, " \t\r\n")) {
		case "application/x-www-form-urlencoded", "multipart/form-data", "text/plain":
			return true
		}
		return false
	case "range":
		return simpleRange(value)
	}
	return false
}

// hasUnsafeByte looks for a CORS-unsafe request-header byte: a control other
// than TAB, DEL, or one of "():<>?@[\]{}.
func hasUnsafeByte(v string) bool {
	for _, c := range []byte(v) {
		if (c < 0x20 && c != '\t') || c == 0x7f || strings.IndexByte(`"():<>?@[\]{}`, c) >= 0 {
			return true
		}
	}
	return false
}

// simpleRange is a single `bytes=start-[end]` range with a start (suffix
// ranges such as `bytes=-500` are not safelisted) and start <= end.
func simpleRange(v string) bool {
	if len(v) < 6 || !strings.EqualFold(v[:6], "bytes=") {
		return false
	}
	start, end, found := strings.Cut(v[6:], "-")
	if !found || !allDigits(start) || (end != "" && !allDigits(end)) {
		return false
	}
	if end == "" {
		return true
	}
	// Compare as decimal strings: no overflow on long digit runs.
	start, end = strings.TrimLeft(start, "0"), strings.TrimLeft(end, "0")
	return len(start) < len(end) || (len(start) == len(end) && start <= end)
}

// UnsafeHeaderNames is Fetch's "CORS-unsafe request-header names": the names
// a browser lists in Access-Control-Request-Headers, lower-cased and sorted.
// When safelisted values add up to more than 1024 bytes, they all become
// unsafe.
func UnsafeHeaderNames(headers []Header) []string {
	var unsafe, safe []string
	size := 0
	for _, h := range headers {
		if IsSafelistedHeader(h.Name, h.Value) {
			safe = append(safe, h.Name)
			size += len(h.Value)
		} else {
			unsafe = append(unsafe, h.Name)
		}
	}
	if size > 1024 {
		unsafe = append(unsafe, safe...)
	}
	return lowerSortedNames(unsafe)
}

// PreflightHeaderNames is the Access-Control-Request-Headers list for a
// request that sets headers with these names, lower-cased and sorted. Without
// values the safelist can only be applied by name: Accept, Accept-Language,
// Content-Language and Range are assumed to carry the usual safelisted values,
// and Content-Type is assumed unsafe (a page names it to send JSON; a form
// body needs no header). Use UnsafeHeaderNames when values are known.
func PreflightHeaderNames(names []string) []string {
	out := lowerSortedNames(names)
	return slices.DeleteFunc(out, func(n string) bool {
		switch n {
		case "accept", "accept-language", "content-language", "range":
			return true
		}
		return false
	})
}

// NeedsPreflight reports whether a browser sends a preflight before r, judging
// headers by name as PreflightHeaderNames does (and leaving aside the
// use-CORS-preflight flag set by upload listeners and streamed bodies).
func NeedsPreflight(r Request) bool {
	return !IsSafelistedMethod(requestMethod(r)) || len(PreflightHeaderNames(r.Headers)) > 0
}

// requestMethod is r's normalized method; an empty one means GET.
func requestMethod(r Request) string {
	if r.Method == "" {
		return "GET"
	}
	return NormalizeMethod(r.Method)
}
