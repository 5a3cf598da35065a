package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
)

// maxTableCell bounds a terminal table cell (an origin regex can be long)
// so rows stay readable; the location is never cut, since editors jump to
// it. csv, json and markdown keep values whole.
const maxTableCell = 40

// writeInventoryTable renders an aligned table for a terminal, one policy
// per line, then a count. Cells are escaped (printable) so a scanned value
// cannot drive the terminal, and cut at maxTableCell characters.
func writeInventoryTable(buf *bytes.Buffer, _ *InventoryInput, rows []InventoryRow) error {
	if len(rows) == 0 {
		buf.WriteString("no CORS policies found\n")
		return nil
	}
	tw := tabwriter.NewWriter(buf, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "LOCATION\tFRAMEWORK\tSCOPE\tORIGINS\tCREDENTIALS\tMETHODS\tHEADERS\tMAX-AGE")
	for _, r := range rows {
		cells := []string{location(r), r.Framework, r.Scope, r.Origins, r.Credentials, r.Methods, r.Headers, r.MaxAge}
		for i, c := range cells {
			c = printable(c)
			if i > 0 {
				c = truncate(c, maxTableCell)
			}
			if c == "" {
				c = "-"
			}
			cells[i] = c
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("align table: %w", err)
	}
	buf.WriteString(inventoryCount(rows) + "\n")
	return nil
}

// location is file:line:col, leaving out what is unknown.
func location(r InventoryRow) string {
	switch {
	case r.Line < 1:
		return r.File
	case r.Column < 1:
		return fmt.Sprintf("%s:%d", r.File, r.Line)
	}
	return fmt.Sprintf("%s:%d:%d", r.File, r.Line, r.Column)
}

// inventoryCount is "3 policies in 2 files".
func inventoryCount(rows []InventoryRow) string {
	files := map[string]bool{}
	for _, r := range rows {
		files[r.File] = true
	}
	n := "1 policy"
	if len(rows) != 1 {
		n = fmt.Sprintf("%d policies", len(rows))
	}
	return n + " in " + plural(len(files), "file")
}

// inventoryCSVHeader names the csv columns, in order.
var inventoryCSVHeader = []string{
	"file", "line", "column", "framework", "scope", "origin_kind", "origins",
	"credentials", "methods", "headers", "expose_headers", "max_age", "dev",
}

// writeInventoryCSV writes RFC 4180 CSV with a header row. Multi-valued
// cells are joined with ", " as in the other formats. Control characters
// are escaped as in the text formats, since CSV files get cat'ed to
// terminals too.
func writeInventoryCSV(buf *bytes.Buffer, _ *InventoryInput, rows []InventoryRow) error {
	w := csv.NewWriter(buf)
	if err := w.Write(inventoryCSVHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, r := range rows {
		rec := []string{
			r.File, strconv.Itoa(r.Line), strconv.Itoa(r.Column), r.Framework, r.Scope,
			r.OriginKind, r.Origins, r.Credentials, r.Methods, r.Headers, r.ExposeHeaders,
			r.MaxAge, strconv.FormatBool(r.Dev),
		}
		for i := range rec {
			rec[i] = csvSafe(printable(rec[i]))
		}
		if err := w.Write(rec); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvSafe defuses spreadsheet formulas: inventories are opened in
// spreadsheets, and a value from a scanned file starting with = + - @ (or a
// tab or CR) would run as a formula there. Such cells get a leading
// apostrophe, the usual neutraliser, which spreadsheets hide.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// inventoryJSON is the json inventory's shape; every key is always present.
type inventoryJSON struct {
	Version  string         `json:"version"`
	Policies []InventoryRow `json:"policies"`
	Summary  struct {
		Total       int            `json:"total"`
		Files       int            `json:"files"`
		ByFramework map[string]int `json:"byFramework"`
		ByOrigin    map[string]int `json:"byOriginKind"`
	} `json:"summary"`
}

func writeInventoryJSON(buf *bytes.Buffer, in *InventoryInput, rows []InventoryRow) error {
	out := inventoryJSON{Version: in.Version, Policies: rows}
	files := map[string]bool{}
	out.Summary.ByFramework = map[string]int{}
	out.Summary.ByOrigin = map[string]int{}
	for _, r := range rows {
		files[r.File] = true
		out.Summary.ByFramework[r.Framework]++
		out.Summary.ByOrigin[r.OriginKind]++
	}
	out.Summary.Total = len(rows)
	out.Summary.Files = len(files)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	return nil
}

// writeInventoryMarkdown renders an audit table; every cell is escaped.
func writeInventoryMarkdown(buf *bytes.Buffer, in *InventoryInput, rows []InventoryRow) error {
	buf.WriteString("# corslint inventory\n\n")
	version := ""
	if in.Version != "" {
		version = " " + mdText(in.Version)
	}
	if len(rows) == 0 {
		fmt.Fprintf(buf, "corslint%s: no CORS policies found.\n", version)
		return nil
	}
	fmt.Fprintf(buf, "corslint%s: %s.\n\n", version, inventoryCount(rows))
	buf.WriteString("| Location | Framework | Scope | Origins | Credentials | Methods | Headers | Expose | Max-Age |\n")
	buf.WriteString("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n")
	for _, r := range rows {
		fmt.Fprintf(buf, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			mdCode(location(r), true), mdText(r.Framework), mdText(r.Scope), mdText(r.Origins),
			mdText(r.Credentials), mdText(r.Methods), mdText(r.Headers), mdText(r.ExposeHeaders), mdText(r.MaxAge))
	}
	return nil
}
