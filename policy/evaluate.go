package policy

import (
	"slices"
	"strconv"
	"strings"
)

// Names of the response headers Evaluate produces.
const (
	HeaderAllowOrigin         = "Access-Control-Allow-Origin"
	HeaderAllowCredentials    = "Access-Control-Allow-Credentials"
	HeaderAllowMethods        = "Access-Control-Allow-Methods"
	HeaderAllowHeaders        = "Access-Control-Allow-Headers"
	HeaderMaxAge              = "Access-Control-Max-Age"
	HeaderAllowPrivateNetwork = "Access-Control-Allow-Private-Network"
	HeaderExposeHeaders       = "Access-Control-Expose-Headers"
	HeaderVary                = "Vary"
)

// Evaluate computes the CORS headers p sends in answer to r. It is generic:
// every framework quirk was resolved into p by its parser. Choices where the
// model leaves room:
//
//   - Status gate: without OnErrors, headers are only sent for the statuses
//     nginx's add_header honours (200 201 204 206 301 302 303 304 307 308;
//     semantics.md §2). The status is r.Status (0 = 200), or on a preflight
//     the framework answers itself, PreflightStatus (PreflightRejectStatus when
//     it refuses). A gated response carries no CORS header at all.
//   - Without an Origin header, nothing that echoes the origin is sent (echo,
//     a list, Emit origin); `*` still is. Browsers always send Origin on CORS
//     requests, so this only shapes what `explain` shows.
//   - A framework that rejects preflights (PreflightRejectStatus != 0) checks
//     the origin, the method against AllowMethods and the requested headers
//     against AllowHeaders (case-insensitively; `*` allows all), as Starlette
//     and Spring do (semantics.md 4.2, 5.6).
//   - A list matcher that errors (bad pattern, timeout) is skipped; when no
//     other matcher accepts, the response is marked Unknown.
//   - VaryWhenDynamic sends `Vary: Origin` on every response whose
//     Allow-Origin is not exactly `*`, rejections included (cors, Kong), for
//     every origin shape but None and Unknown.
//   - A PreflightOnly policy answers nothing to actual requests.
//
// Headers come in a fixed order: Allow-Origin fields first, then
// Allow-Credentials, Allow-Methods, Allow-Headers, Max-Age,
// Allow-Private-Network, Expose-Headers, Vary.
func Evaluate(p *Policy, r Request) Response {
	var resp Response
	if p == nil || (p.PreflightOnly && !r.Preflight) {
		return resp
	}
	acao := allowOrigin(p.Origins, r)
	resp.Unknown = acao.unknown

	status := r.Status
	if r.Preflight && p.PreflightStatus != 0 {
		resp.Status = p.PreflightStatus
		if p.PreflightRejectStatus != 0 && (acao.rejected || !preflightAllowed(p, r)) {
			resp.Status = p.PreflightRejectStatus
		}
		status = resp.Status
	}
	if status == 0 {
		status = 200
	}
	if !p.OnErrors && !addHeaderStatus(status) {
		return resp
	}

	add := func(name, value string) {
		resp.Headers = append(resp.Headers, Header{Name: name, Value: value})
	}
	for _, v := range acao.values {
		add(HeaderAllowOrigin, v)
	}
	if c := p.Credentials; c.Value != "" && (len(acao.values) > 0 || c.Always) {
		add(HeaderAllowCredentials, c.Value)
	}
	if r.Preflight {
		// Reflection copies the request's Access-Control-Request-* values,
		// which browsers send normalized: the method, and the unsafe header
		// names lower-cased, sorted and joined by a bare comma.
		if v := listValue(p.AllowMethods, NormalizeMethod(r.Method)); v != "" {
			add(HeaderAllowMethods, v)
		}
		if v := listValue(p.AllowHeaders, strings.Join(PreflightHeaderNames(r.Headers), ",")); v != "" {
			add(HeaderAllowHeaders, v)
		}
		if m := p.MaxAge; m.Set {
			v := m.Raw
			if v == "" {
				v = strconv.FormatInt(m.Seconds, 10)
			}
			add(HeaderMaxAge, v)
		}
		if pn := p.PrivateNetwork; pn.Allowed && (!pn.OnlyWhenRequested || r.PrivateNetwork) {
			add(HeaderAllowPrivateNetwork, "true")
		}
	} else if len(acao.values) > 0 {
		if v := listValue(p.ExposeHeaders, ""); v != "" {
			add(HeaderExposeHeaders, v)
		}
	}
	if varyOrigin(p, acao.values) {
		add(HeaderVary, "Origin")
	}
	return resp
}

// Get returns the values of every field named name (case-insensitive), in
// order.
func (r Response) Get(name string) []string {
	var out []string
	for _, h := range r.Headers {
		if strings.EqualFold(h.Name, name) {
			out = append(out, h.Value)
		}
	}
	return out
}

// Combined returns the value a browser reads for name: all fields joined with
// ", " (Fetch "get"); ok is false when no field is present.
func (r Response) Combined(name string) (value string, ok bool) {
	vs := r.Get(name)
	if len(vs) == 0 {
		return "", false
	}
	return strings.Join(vs, ", "), true
}

// originResult is what the origin shape yields for one request.
type originResult struct {
	values   []string // Allow-Origin fields, in order
	rejected bool     // a list consulted and refused the origin
	unknown  bool
}

func allowOrigin(o Origins, r Request) originResult {
	var res originResult
	addValue := func(v string) {
		if v != "" {
			res.values = append(res.values, v)
		}
	}
	switch o.Kind {
	case OriginAny:
		addValue(emit(o.Emit, r))
	case OriginEchoAny:
		addValue(r.Origin)
	case OriginList:
		accepted, unknown := listAccepts(o.Matchers, r.Origin)
		switch {
		case accepted:
			addValue(emit(o.Emit, r))
		case unknown:
			res.unknown = true
		default:
			res.rejected = true
		}
	case OriginStatic:
		addValue(o.Value)
	case OriginUnknown:
		res.unknown = true
	}
	for _, f := range o.ExtraFields {
		if f.Echo {
			addValue(r.Origin)
		} else {
			addValue(f.Value)
		}
	}
	return res
}

// listAccepts runs the matchers in order; the first that accepts wins. Errors
// only matter when nothing accepts.
func listAccepts(ms []Matcher, origin string) (accepted, unknown bool) {
	if origin == "" {
		return false, false
	}
	for _, m := range ms {
		ok, err := m.Match(origin)
		if err != nil {
			unknown = true
			continue
		}
		if ok {
			return true, false
		}
	}
	return false, unknown
}

// emit is the Allow-Origin value for an accepted origin ("" = none).
func emit(e EmitKind, r Request) string {
	switch e {
	case EmitWildcard:
		return "*"
	case EmitOriginIfCredentialed:
		// Starlette with `*` and credentials: the origin on preflights and
		// cookie-carrying requests, `*` otherwise (semantics.md 4.2).
		if r.Credentials || r.Preflight {
			return r.Origin
		}
		return "*"
	default:
		return r.Origin
	}
}

// listValue is a comma-list header as sent; reflected is the request's
// Access-Control-Request-* value, used in ListReflect mode.
func listValue(l List, reflected string) string {
	switch l.Mode {
	case ListValues:
		if l.Raw != "" {
			return l.Raw
		}
		return strings.Join(l.Values, ", ")
	case ListReflect:
		return reflected
	}
	return ""
}

// listItems is the items of a ListValues list, trimmed, empty ones dropped.
func listItems(l List) []string {
	items := l.Values
	if l.Raw != "" {
		items = strings.Split(l.Raw, ",")
	}
	out := make([]string, 0, len(items))
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// preflightAllowed is the method and header validation of frameworks that
// reject preflights themselves. Only configured lists restrict: unset or
// reflected lists allow everything.
func preflightAllowed(p *Policy, r Request) bool {
	if p.AllowMethods.Mode == ListValues {
		methods := listItems(p.AllowMethods)
		if !slices.Contains(methods, "*") && !slices.Contains(methods, requestMethod(r)) {
			return false
		}
	}
	if p.AllowHeaders.Mode == ListValues {
		allowed := listItems(p.AllowHeaders)
		if slices.Contains(allowed, "*") {
			return true
		}
		for _, h := range PreflightHeaderNames(r.Headers) {
			if !slices.ContainsFunc(allowed, func(a string) bool { return strings.EqualFold(a, h) }) {
				return false
			}
		}
	}
	return true
}

// varyOrigin decides `Vary: Origin` (see Evaluate).
func varyOrigin(p *Policy, acao []string) bool {
	switch p.Vary.Origin {
	case VaryAlways:
		return true
	case VaryWhenDynamic:
		if p.Origins.Kind == OriginNone || p.Origins.Kind == OriginUnknown {
			return false
		}
		return len(acao) != 1 || acao[0] != "*"
	}
	return false
}

// addHeaderStatus is nginx's list of statuses add_header (without `always`)
// applies to (ngx_http_headers_filter_module).
func addHeaderStatus(status int) bool {
	switch status {
	case 200, 201, 204, 206, 301, 302, 303, 304, 307, 308:
		return true
	}
	return false
}
