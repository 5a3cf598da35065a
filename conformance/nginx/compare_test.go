package nginxconf

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// answer is what nginx sent, body aside.
type answer struct {
	status int
	header http.Header
}

func send(client *http.Client, base string, pr probe) (answer, error) {
	url := base + pr.Path
	req, err := http.NewRequest(pr.Method, url, nil)
	if err != nil {
		return answer{}, fmt.Errorf("build %s %s: %w", pr.Method, url, err)
	}
	if pr.Host != "" {
		req.Host = pr.Host
	}
	if pr.Origin != "" {
		req.Header.Set("Origin", pr.Origin)
	}
	if pr.preflight() {
		req.Header.Set("Access-Control-Request-Method", pr.RequestMethod)
		// As a browser sends it: unsafe names, lower-cased, sorted, bare
		// commas (what Evaluate reflects).
		if names := policy.PreflightHeaderNames(pr.RequestHeaders); len(names) > 0 {
			req.Header.Set("Access-Control-Request-Headers", strings.Join(names, ","))
		}
	} else {
		for _, h := range pr.RequestHeaders {
			req.Header.Set(h, "1")
		}
		if pr.Credentials {
			req.Header.Set("Cookie", "session=1")
		}
	}
	resp, err := client.Do(req)
	if err != nil {
		return answer{}, fmt.Errorf("%s %s: %w", pr.Method, url, err)
	}
	defer resp.Body.Close()
	if _, err := io.Copy(io.Discard, resp.Body); err != nil {
		return answer{}, fmt.Errorf("read body of %s %s: %w", pr.Method, url, err)
	}
	return answer{status: resp.StatusCode, header: resp.Header}, nil
}

// request is the model's view of a probe.
func request(pr probe) policy.Request {
	r := policy.Request{
		Origin:      pr.Origin,
		Method:      pr.Method,
		Headers:     pr.RequestHeaders,
		Credentials: pr.Credentials,
		Status:      pr.ExpectStatus,
	}
	if pr.preflight() {
		r.Preflight, r.Method = true, pr.RequestMethod
	}
	return r
}

// Headers compared field by field on every response (same number of
// fields, same values, same order).
var strictAlways = []string{policy.HeaderAllowOrigin, policy.HeaderAllowCredentials}

// Headers a browser reads only on a preflight: strict there. nginx's
// add_header also sends them on actual responses, where the model does not
// carry them; there the real value, if any, must be the configured one.
var preflightOnly = []string{policy.HeaderAllowMethods, policy.HeaderAllowHeaders, policy.HeaderMaxAge, policy.HeaderAllowPrivateNetwork}

// compare returns every difference between nginx's answer and Evaluate's
// prediction for p (nil: no CORS header is set for the request), and how
// many fields were checked loosely because browsers ignore them there.
func compare(p *policy.Policy, pr probe, got answer) (diffs []string, loose int) {
	req := request(pr)
	want := policy.Evaluate(p, req)
	if want.Unknown {
		diffs = append(diffs, "the prediction is unknown (policy not evaluable)")
	}
	wantStatus := want.Status
	if wantStatus == 0 {
		wantStatus = req.Status
	}
	if wantStatus == 0 {
		wantStatus = http.StatusOK
	}
	if got.status != wantStatus {
		diffs = append(diffs, fmt.Sprintf("status: real %d, predicted %d", got.status, wantStatus))
	}
	strict := strictAlways
	if pr.preflight() {
		strict = append(slices.Clone(strict), preflightOnly...)
	}
	for _, h := range strict {
		if g, w := got.header.Values(h), want.Get(h); !slices.Equal(g, w) {
			diffs = append(diffs, fmt.Sprintf("%s: real %q, predicted %q", h, g, w))
		}
	}
	readsExpose := !pr.preflight() && len(want.Get(policy.HeaderAllowOrigin)) > 0
	if readsExpose {
		if g, w := got.header.Values(policy.HeaderExposeHeaders), want.Get(policy.HeaderExposeHeaders); !slices.Equal(g, w) {
			diffs = append(diffs, fmt.Sprintf("%s: real %q, predicted %q", policy.HeaderExposeHeaders, g, w))
		}
	}
	ignoredHere := []string{}
	if !pr.preflight() {
		ignoredHere = append(ignoredHere, preflightOnly...)
	}
	if !readsExpose {
		ignoredHere = append(ignoredHere, policy.HeaderExposeHeaders)
	}
	for _, h := range ignoredHere {
		g := got.header.Values(h)
		if len(g) == 0 {
			continue
		}
		loose++
		if c := configured(p, h); len(g) != 1 || g[0] != c {
			diffs = append(diffs, fmt.Sprintf("%s where browsers ignore it: real %q, configured %q", h, g, c))
		}
	}
	if rv, pv := varies(got.header.Values(policy.HeaderVary)), varies(want.Get(policy.HeaderVary)); rv != pv {
		diffs = append(diffs, fmt.Sprintf("Vary contains Origin: real %t (%q), predicted %t", rv, got.header.Values(policy.HeaderVary), pv))
	}
	return diffs, loose
}

// configured is the value p writes for a header browsers ignore on this
// response ("" when p does not set it, or sets it by reflection, which
// yields nothing without the request header).
func configured(p *policy.Policy, name string) string {
	if p == nil {
		return ""
	}
	list := func(l policy.List) string {
		if l.Mode != policy.ListValues {
			return ""
		}
		if l.Raw != "" {
			return l.Raw
		}
		return strings.Join(l.Values, ", ")
	}
	switch name {
	case policy.HeaderAllowMethods:
		return list(p.AllowMethods)
	case policy.HeaderAllowHeaders:
		return list(p.AllowHeaders)
	case policy.HeaderExposeHeaders:
		return list(p.ExposeHeaders)
	case policy.HeaderMaxAge:
		if !p.MaxAge.Set {
			return ""
		}
		if p.MaxAge.Raw != "" {
			return p.MaxAge.Raw
		}
		return strconv.FormatInt(p.MaxAge.Seconds, 10)
	case policy.HeaderAllowPrivateNetwork:
		if p.PrivateNetwork.Allowed {
			return "true"
		}
	}
	return ""
}

// varies reports whether Vary fields name Origin.
func varies(fields []string) bool {
	for _, f := range fields {
		for _, tok := range strings.Split(f, ",") {
			if strings.EqualFold(strings.TrimSpace(tok), "Origin") {
				return true
			}
		}
	}
	return false
}
