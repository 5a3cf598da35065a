package pyconformance_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// aspect is one part of a CORS answer compared between the library and the
// model, with the normalisation a browser would not notice.
type aspect struct {
	name   string // key in a probe's "known" map
	header string // "" for the status
	// value renders the aspect for the diff; same decides equality and
	// equivalent accepts a difference the browser cannot tell for this
	// request (nil: none).
	value      func(fields []string) string
	same       func(a, b []string) bool
	equivalent func(lib, model []string, r policy.Request) bool
	// moot: the browser reads this header only after a passed CORS check,
	// so a difference on an answer without Allow-Origin on either side is
	// browser-equivalent (django-cors-headers and flask-cors send no
	// preflight lists to a rejected origin; Evaluate always does).
	moot bool
	// actualOnly: browsers read it on actual responses only (Fetch uses
	// Expose-Headers when exposing a response, never on a preflight), so
	// preflights are not compared.
	actualOnly bool
}

// aspects are compared in this order. Allow-Origin and Allow-Credentials are
// compared field by field, byte for byte: the browser's check is byte
// equality and two fields fail it.
var aspects = []aspect{
	{name: "acao", header: policy.HeaderAllowOrigin, value: fieldsText, same: slices.Equal[[]string]},
	{name: "acac", header: policy.HeaderAllowCredentials, value: fieldsText, same: slices.Equal[[]string]},
	{name: "acam", header: policy.HeaderAllowMethods, value: fieldsText, same: sameSet(false), moot: true},
	{name: "acah", header: policy.HeaderAllowHeaders, value: fieldsText, same: sameSet(true), equivalent: sameHeaderVerdict, moot: true},
	{name: "maxage", header: policy.HeaderMaxAge, value: fieldsText, same: slices.Equal[[]string], moot: true},
	{name: "expose", header: policy.HeaderExposeHeaders, value: fieldsText, same: sameSet(true), moot: true, actualOnly: true},
	{name: "vary", header: policy.HeaderVary, value: func(f []string) string { return strconv.FormatBool(varyOrigin(f)) },
		same: func(a, b []string) bool { return varyOrigin(a) == varyOrigin(b) }},
	{name: "pna", header: policy.HeaderAllowPrivateNetwork, value: fieldsText, same: slices.Equal[[]string], moot: true},
}

// knownAspects are the names a probe's "known" map may use.
func knownAspect(name string) bool {
	if name == "status" {
		return true
	}
	return slices.ContainsFunc(aspects, func(a aspect) bool { return a.name == name })
}

func fieldsText(fields []string) string {
	if len(fields) == 0 {
		return "(absent)"
	}
	return strings.Join(quoteAll(fields), " + ")
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// items splits comma-list fields into trimmed, non-empty items.
func items(fields []string, fold bool) []string {
	var out []string
	for _, f := range fields {
		for _, it := range strings.Split(f, ",") {
			it = strings.TrimSpace(it)
			if fold {
				it = strings.ToLower(it)
			}
			if it != "" && !slices.Contains(out, it) {
				out = append(out, it)
			}
		}
	}
	slices.Sort(out)
	return out
}

// sameSet compares comma lists as sets: order, spacing and repeats do not
// matter to a browser; header names compare case-insensitively, methods
// byte-exactly (semantics.md §1).
func sameSet(fold bool) func(a, b []string) bool {
	return func(a, b []string) bool {
		if (len(a) == 0) != (len(b) == 0) {
			return false
		}
		return slices.Equal(items(a, fold), items(b, fold))
	}
}

// sameHeaderVerdict accepts two Allow-Headers values that allow exactly the
// same of the headers this preflight asks for (flask-cors answers with the
// requested headers its allow_headers matches; the model sends the
// configured list).
func sameHeaderVerdict(lib, model []string, r policy.Request) bool {
	allowed := func(list []string, name string) bool {
		set := items(list, true)
		if slices.Contains(set, name) {
			return true
		}
		return slices.Contains(set, "*") && !r.Credentials && name != "authorization"
	}
	for _, h := range policy.PreflightHeaderNames(r.Headers) {
		if allowed(lib, h) != allowed(model, h) {
			return false
		}
	}
	return true
}

// varyOrigin reports whether Vary fields name Origin (or `*`).
func varyOrigin(fields []string) bool {
	for _, it := range items(fields, true) {
		if it == "origin" || it == "*" {
			return true
		}
	}
	return false
}

// fieldsOf returns the values of every field named name, in order.
func fieldsOf(headers [][2]string, name string) []string {
	var out []string
	for _, h := range headers {
		if strings.EqualFold(h[0], name) {
			out = append(out, h[1])
		}
	}
	return out
}

// outcome is the comparison of one probe.
type outcome struct {
	diffs      []string // unexplained differences: the probe fails
	stale      []string // known differences that no longer show: the probe fails
	known      []string // known differences seen, with their reasons
	equivalent []string // differences the browser cannot tell apart
}

func (o outcome) failed() bool { return len(o.diffs) > 0 || len(o.stale) > 0 }

// compare checks the library's answer against the model's.
func compare(lib observed, model policy.Response, r policy.Request, known map[string]string) outcome {
	var o outcome
	differs := func(name, detail string, equivalent bool) {
		switch reason, ok := known[name]; {
		case ok:
			o.known = append(o.known, fmt.Sprintf("%s: %s (%s)", name, detail, reason))
		case equivalent:
			o.equivalent = append(o.equivalent, name+": "+detail)
		default:
			o.diffs = append(o.diffs, name+": "+detail)
		}
	}
	matches := func(name string) {
		if _, ok := known[name]; ok {
			o.stale = append(o.stale, name+": listed as a known difference but library and model agree; remove it")
		}
	}
	// The model decides the status only for answers the framework gives
	// itself (preflights); otherwise the application does.
	if model.Status != 0 && model.Status != lib.Status {
		differs("status", fmt.Sprintf("library %d, model %d", lib.Status, model.Status), false)
	} else {
		matches("status")
	}
	noOrigin := len(fieldsOf(lib.Headers, policy.HeaderAllowOrigin)) == 0 && len(model.Get(policy.HeaderAllowOrigin)) == 0
	for _, a := range aspects {
		if a.actualOnly && r.Preflight {
			continue
		}
		rf, mf := fieldsOf(lib.Headers, a.header), model.Get(a.header)
		if a.same(rf, mf) {
			matches(a.name)
			continue
		}
		eq := (a.moot && noOrigin) || (a.equivalent != nil && a.equivalent(rf, mf, r))
		differs(a.name, fmt.Sprintf("library %s, model %s", a.value(rf), a.value(mf)), eq)
	}
	for _, h := range lib.Headers {
		if !slices.ContainsFunc(aspects, func(a aspect) bool { return strings.EqualFold(a.header, h[0]) }) {
			o.diffs = append(o.diffs, fmt.Sprintf("library sent %s: %q, which no aspect compares", h[0], h[1]))
		}
	}
	return o
}
