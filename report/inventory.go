package report

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/corslint/corslint/policy"
)

// InventoryInput is what `corslint inventory` renders: every policy the scan
// found, secure or not, for a periodic audit.
type InventoryInput struct {
	Version  string
	Policies []policy.Policy
}

// InventoryRow is one policy flattened into the columns every inventory
// format shares. Values are as a person reads them; the json format adds the
// structured origin kind and values so scripts need not parse Origins.
type InventoryRow struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Framework string `json:"framework"`
	Scope     string `json:"scope"`
	// OriginKind is none, any, echo-any, list, static or unknown
	// (policy.OriginKind); Origins describes the origin rule in words.
	OriginKind    string   `json:"originKind"`
	Origins       string   `json:"origins"`
	OriginValues  []string `json:"originValues"`
	Credentials   string   `json:"credentials"`
	Methods       string   `json:"methods"`
	Headers       string   `json:"headers"`
	ExposeHeaders string   `json:"exposeHeaders"`
	MaxAge        string   `json:"maxAge"`
	Dev           bool     `json:"dev"`
}

// inventoryFormats lists the formats WriteInventory accepts, default first.
var inventoryFormats = []struct {
	name  string
	write func(buf *bytes.Buffer, in *InventoryInput, rows []InventoryRow) error
}{
	{"table", writeInventoryTable},
	{"csv", writeInventoryCSV},
	{"json", writeInventoryJSON},
	{"markdown", writeInventoryMarkdown},
}

// InventoryFormats returns the names WriteInventory accepts, default first.
func InventoryFormats() []string {
	out := make([]string, 0, len(inventoryFormats))
	for _, f := range inventoryFormats {
		out = append(out, f.name)
	}
	return out
}

// WriteInventory renders in as format to w. Like Write, it builds the whole
// output first and sorts policies by file, line, column and scope, so the
// same scan gives the same bytes.
func WriteInventory(w io.Writer, format string, in *InventoryInput) error {
	if in == nil {
		in = &InventoryInput{}
	}
	for _, f := range inventoryFormats {
		if f.name != format {
			continue
		}
		var buf bytes.Buffer
		if err := f.write(&buf, in, InventoryRows(in.Policies)); err != nil {
			return fmt.Errorf("render %s inventory: %w", format, err)
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return fmt.Errorf("write %s inventory: %w", format, err)
		}
		return nil
	}
	return fmt.Errorf("unknown inventory format %q (want one of %s)", format, strings.Join(InventoryFormats(), ", "))
}

// InventoryRows flattens policies into rows, sorted.
func InventoryRows(ps []policy.Policy) []InventoryRow {
	rows := make([]InventoryRow, 0, len(ps))
	for i := range ps {
		rows = append(rows, inventoryRow(&ps[i]))
	}
	slices.SortStableFunc(rows, func(a, b InventoryRow) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column),
			cmp.Compare(a.Scope, b.Scope),
			cmp.Compare(a.Framework, b.Framework),
		)
	})
	return rows
}

func inventoryRow(p *policy.Policy) InventoryRow {
	span := p.Span
	if span.IsZero() {
		span = p.Origins.Span
	}
	file := cleanPath(span.File)
	if file == "" {
		file = cleanPath(p.Span.File)
	}
	return InventoryRow{
		File:          file,
		Line:          span.Start.Line,
		Column:        span.Start.Col,
		Framework:     p.Framework,
		Scope:         p.Scope,
		OriginKind:    p.Origins.Kind.String(),
		Origins:       describeOrigins(p.Origins),
		OriginValues:  originValues(p.Origins),
		Credentials:   describeCredentials(p.Credentials),
		Methods:       describeList(p.AllowMethods),
		Headers:       describeList(p.AllowHeaders),
		ExposeHeaders: describeList(p.ExposeHeaders),
		MaxAge:        describeMaxAge(p.MaxAge),
		Dev:           p.Dev,
	}
}

// describeOrigins says in words how Access-Control-Allow-Origin is decided.
func describeOrigins(o policy.Origins) string {
	var s string
	switch o.Kind {
	case policy.OriginNone:
		s = "none"
	case policy.OriginAny:
		switch o.Emit {
		case policy.EmitWildcard:
			s = "any (*)"
		case policy.EmitOriginIfCredentialed:
			s = "any (* or, with cookies, reflected)"
		default:
			s = "any (reflected)"
		}
	case policy.OriginEchoAny:
		s = "reflected without check"
	case policy.OriginList:
		parts := make([]string, 0, len(o.Matchers))
		for _, m := range o.Matchers {
			parts = append(parts, describeMatcher(m))
		}
		s = strings.Join(parts, ", ")
		if s == "" {
			s = "empty list"
		}
		switch o.Emit {
		case policy.EmitWildcard:
			s += " (sends *)"
		case policy.EmitOriginIfCredentialed:
			s += " (sends * or, with cookies, the origin)"
		}
	case policy.OriginStatic:
		s = "static " + strconv.Quote(o.Value)
	case policy.OriginUnknown:
		s = "unknown"
		if o.Note != "" {
			s += ": " + o.Note
		}
	default:
		s = o.Kind.String()
	}
	if n := len(o.ExtraFields); n > 0 {
		s += fmt.Sprintf(" (+%d more Access-Control-Allow-Origin field", n)
		if n > 1 {
			s += "s"
		}
		s += ")"
	}
	if o.Default {
		s += " [default]"
	}
	return s
}

func describeMatcher(m policy.Matcher) string {
	var s string
	switch m.Kind {
	case policy.MatchExact:
		s = m.Value
	case policy.MatchRegex:
		s = fmt.Sprintf("regex %s (%s, %s)", m.Value, m.Dialect, m.Mode)
	case policy.MatchNull:
		s = "null"
	case policy.MatchAll:
		s = "any"
	default: // glob, prefix, suffix, contains
		s = m.Kind.String() + " " + m.Value
	}
	var flags []string
	if m.IgnoreCase && m.Kind != policy.MatchNull && m.Kind != policy.MatchAll {
		flags = append(flags, "ignore case")
	}
	if m.HostOnly {
		flags = append(flags, "host only")
	}
	if m.Dev {
		flags = append(flags, "dev")
	}
	if m.EnvFallback != "" {
		flags = append(flags, "default of $"+m.EnvFallback)
	}
	if len(flags) > 0 {
		s += " [" + strings.Join(flags, ", ") + "]"
	}
	return s
}

// originValues lists the configured values behind the origin rule: the
// matchers' values, or the static value.
func originValues(o policy.Origins) []string {
	out := []string{}
	switch o.Kind {
	case policy.OriginList:
		for _, m := range o.Matchers {
			switch m.Kind {
			case policy.MatchNull:
				out = append(out, "null")
			case policy.MatchAll:
				out = append(out, "*")
			default:
				out = append(out, m.Value)
			}
		}
	case policy.OriginStatic:
		out = append(out, o.Value)
	case policy.OriginAny:
		out = append(out, "*")
	}
	return out
}

// describeCredentials is "true", "no" (not sent), or the odd value as sent
// (only the exact string "true" means anything to a browser).
func describeCredentials(c policy.Credentials) string {
	var s string
	switch c.Value {
	case "":
		s = "no"
	case "true":
		s = "true"
	default:
		s = strconv.Quote(c.Value) + " (not true to a browser)"
	}
	if c.Default && c.Value != "" {
		s += " [default]"
	}
	return s
}

func describeList(l policy.List) string {
	var s string
	switch l.Mode {
	case policy.ListUnset:
		return ""
	case policy.ListReflect:
		s = "reflects the request"
	default:
		if len(l.Values) > 0 {
			s = strings.Join(l.Values, ", ")
		} else {
			s = l.Raw
		}
	}
	if l.Default {
		s += " [default]"
	}
	return s
}

func describeMaxAge(m policy.MaxAge) string {
	if !m.Set {
		return ""
	}
	s := m.Raw
	if s == "" {
		s = strconv.FormatInt(m.Seconds, 10)
	}
	if m.Default {
		s += " [default]"
	}
	return s
}
