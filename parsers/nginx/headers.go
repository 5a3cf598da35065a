package nginx

import (
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// hdr is one header-setting directive (add_header, or one header of a
// more_set_headers line).
type hdr struct {
	name   string // as written
	lname  string // lower case
	value  string // complex value
	vspan  policy.Span
	always bool // sent on every status
	more   bool // headers-more: replaces same-named fields
	add    bool // more_set_headers -a: appends instead
	clear  bool // more_set_headers 'Name:' / more_clear_headers
	span   policy.Span
}

func isCORSHeader(lname string) bool { return strings.HasPrefix(lname, "access-control-") }

// level is the header configuration in effect at one block.
type level struct {
	add  []hdr
	more []hdr
	// inherit is the add_header_inherit mode in effect (on, off, merge;
	// "" before any level sets it). nginx merges the mode itself like any
	// other directive, so `add_header_inherit merge;` in a server applies to
	// all its locations and ifs unless one redefines it (semantics.md 2;
	// ngx_http_headers_merge_conf, nginx 1.29.3).
	inherit string
}

// ownHeaders reads the header directives written directly in a block.
// inherit is the block's own add_header_inherit (nginx 1.29.3+): on, off,
// merge, or "" when the block does not set it.
func ownHeaders(children []*directive) (adds, mores []hdr, inherit string, declared bool) {
	for _, d := range children {
		switch d.name {
		case "add_header":
			declared = true
			if len(d.args) < 2 {
				continue
			}
			h := hdr{name: d.args[0].text, lname: strings.ToLower(d.args[0].text), value: d.args[1].text, vspan: d.args[1].span, span: d.head}
			h.always = len(d.args) > 2 && d.args[2].text == "always"
			adds = append(adds, h)
		case "add_header_inherit":
			inherit = d.argText(0)
		case "more_set_headers":
			mores = append(mores, moreSet(d)...)
		case "more_clear_headers":
			for _, a := range d.args {
				if strings.HasPrefix(a.text, "-") {
					continue
				}
				mores = append(mores, hdr{name: a.text, lname: strings.ToLower(a.text), more: true, clear: true, always: true, span: d.head, vspan: a.span})
			}
		}
	}
	return adds, mores, inherit, declared
}

// moreSet reads `more_set_headers [-s statuses] [-t types] [-a] 'Name: value'...`.
// headers-more sets on every status unless -s lists them (semantics.md 2).
func moreSet(d *directive) []hdr {
	always, appendMode := true, false
	var specs []arg
	for i := 0; i < len(d.args); i++ {
		a := d.args[i]
		switch a.text {
		case "-s":
			if i+1 < len(d.args) {
				always = hasErrorStatus(d.args[i+1].text)
				i++
			}
			continue
		case "-t":
			i++
			continue
		case "-a":
			appendMode = true
			continue
		}
		specs = append(specs, a)
	}
	var out []hdr
	for _, a := range specs {
		name, value, _ := strings.Cut(a.text, ":")
		name = strings.TrimSpace(name)
		value = strings.TrimLeft(value, " \t")
		if name == "" {
			continue
		}
		h := hdr{name: name, lname: strings.ToLower(name), value: value, vspan: a.span, always: always, more: true, add: appendMode, span: d.head}
		h.clear = value == ""
		out = append(out, h)
	}
	return out
}

// hasErrorStatus reports whether a -s list includes a 4xx or 5xx code.
func hasErrorStatus(list string) bool {
	for _, f := range strings.Fields(list) {
		if n, err := strconv.Atoi(f); err == nil && n >= 400 {
			return true
		}
	}
	return false
}

// inheritLevel computes a block's level from its parent's: add_header is
// inherited only by a block with no add_header at all, more_set_headers
// always merges (parent first). add_header_inherit changes the first rule:
// `off` inherits nothing, not even into a block without add_header, and
// `merge` appends the parent's lines after the block's own. It also reports
// the CORS add_headers the block loses by the first rule (CORS019).
func inheritLevel(parent level, b *directive) (level, *policy.Dropped) {
	adds, mores, own, declared := ownHeaders(b.children)
	lv := level{more: append(append([]hdr(nil), parent.more...), mores...), inherit: own}
	if lv.inherit == "" {
		lv.inherit = parent.inherit
	}
	switch {
	case lv.inherit == "off":
		// Written to cancel inheritance: the loss is deliberate, not the
		// silent drop CORS019 is about.
		lv.add = adds
	case !declared:
		lv.add = parent.add
	case lv.inherit == "merge":
		lv.add = append(append([]hdr(nil), adds...), parent.add...)
	default:
		lv.add = adds
		return lv, lostHeaders(parent.add, adds, b, inheritReason, nil, true)
	}
	return lv, nil
}

// inheritReason explains a drop by inheritance.
const inheritReason = "has its own add_header directives, so it inherits none of the enclosing ones"

// lostHeaders lists the CORS headers of from that to does not set again and
// that keep (nil: all) says matter to the block's responses. With others,
// a block whose own add_headers are CORS headers also reports the other
// headers it loses (HSTS, X-Frame-Options...): adding CORS there is what
// silently removed them, a common way CORS work weakens a server.
func lostHeaders(from, to []hdr, b *directive, reason string, keep func(lname string) bool, others bool) *policy.Dropped {
	have := map[string]bool{}
	toCORS := false
	for _, h := range to {
		have[h.lname] = true
		toCORS = toCORS || isCORSHeader(h.lname)
	}
	// A block that blanks Allow-Origin itself (`add_header
	// Access-Control-Allow-Origin "";` sends nothing, semantics.md 2) turns
	// CORS off on purpose: without Allow-Origin every CORS check fails
	// (semantics.md 1), so the other CORS headers it loses change nothing.
	off := blanksAllowOrigin(to)
	var dr policy.Dropped
	seen := map[string]bool{}
	for _, h := range from {
		cors := isCORSHeader(h.lname)
		if !cors && !(others && toCORS) || have[h.lname] || seen[h.lname] || cors && keep != nil && !keep(h.lname) || cors && off {
			continue
		}
		seen[h.lname] = true
		if len(dr.Headers) == 0 {
			dr.From = h.span
		}
		dr.Headers = append(dr.Headers, h.name)
	}
	if len(dr.Headers) == 0 {
		return nil
	}
	dr.Block = b.head
	dr.Reason = blockWord(b) + " " + reason
	return &dr
}

// blanksAllowOrigin reports whether hs set Access-Control-Allow-Origin
// only to the empty string, which adds no field.
func blanksAllowOrigin(hs []hdr) bool {
	blank := false
	for _, h := range hs {
		if h.lname != "access-control-allow-origin" || h.clear {
			continue
		}
		if strings.TrimSpace(h.value) != "" {
			return false
		}
		blank = true
	}
	return blank
}

// blockWord names a block for messages: `location /api`, `if ($a)`, `server`.
func blockWord(b *directive) string {
	text := []rune(b.headText())
	if len(text) > 60 {
		text = append(text[:57], []rune("...")...)
	}
	return "`" + string(text) + "`"
}

// fields is the response header list a level produces: more_set_headers
// first, each replacing same-named fields set before it (or appending with
// -a, or clearing), then every add_header field. headers-more's filter runs
// before nginx's headers filter (a module loaded later is called earlier in
// the filter chain), so it never sees add_header's fields: both setting one
// name send two fields, headers-more's first (measured against nginx 1.22
// with Debian's module, conformance/nginx case more_set_over_add_header).
func (lv level) fields() []hdr {
	var out []hdr
	for _, m := range lv.more {
		if !m.add || m.clear {
			kept := out[:0]
			for _, h := range out {
				if h.lname != m.lname {
					kept = append(kept, h)
				}
			}
			out = kept
		}
		if !m.clear {
			out = append(out, m)
		}
	}
	return append(out, lv.add...)
}

// hasCORS reports whether any field is a CORS header.
func hasCORS(fs []hdr) bool {
	for _, h := range fs {
		if isCORSHeader(h.lname) {
			return true
		}
	}
	return false
}

// preflightOnlyHeaders are read by browsers on preflight answers only.
var preflightOnlyHeaders = map[string]bool{
	"access-control-allow-methods": true, "access-control-allow-headers": true,
	"access-control-max-age": true, "access-control-allow-private-network": true,
}

// relevantTo says which lost CORS headers matter to a set of paths: losing
// Allow-Methods or Max-Age on answers that are never preflights, or
// Expose-Headers on preflight answers, changes nothing a browser does
// (semantics.md 1: Expose-Headers is read on actual responses, the
// Allow-Methods/-Headers checks and Max-Age on preflights).
// servesActual reports whether some request of sts is not a preflight: only
// then do lost non-CORS headers (security headers) matter.
func servesActual(sts []*state) bool {
	for _, st := range sts {
		if st.method != "OPTIONS" {
			return true
		}
	}
	return false
}

func relevantTo(sts []*state) func(lname string) bool {
	pre, actual := false, false
	for _, st := range sts {
		if st.method == "OPTIONS" {
			pre = true
		} else {
			actual = true
		}
	}
	return func(lname string) bool {
		switch {
		case lname == "access-control-expose-headers":
			return actual
		case preflightOnlyHeaders[lname]:
			return pre
		}
		return true
	}
}
