package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/corslint/corslint/policy"
)

func at(file string, line, col int) policy.Span {
	return policy.Span{File: file, Start: policy.Pos{Line: line, Col: col}, End: policy.Pos{Line: line, Col: col + 4}}
}

// inventoryPolicies covers every origin shape, given out of order.
func inventoryPolicies() []policy.Policy {
	return []policy.Policy{
		{
			Framework: "nginx", Scope: "server api.example.com, location /", Span: at("./nginx/api.conf", 12, 5),
			Origins:      policy.Origins{Kind: policy.OriginEchoAny},
			Credentials:  policy.Credentials{Value: "true", Set: true},
			AllowMethods: policy.List{Mode: policy.ListValues, Raw: "GET, POST, OPTIONS"},
			AllowHeaders: policy.List{Mode: policy.ListReflect, Explicit: true},
			MaxAge:       policy.MaxAge{Set: true, Seconds: 86400},
		},
		{
			Framework: "express-cors", Scope: "all routes", Span: at("app/cors.json", 1, 1),
			Origins: policy.Origins{Kind: policy.OriginList, Matchers: []policy.Matcher{
				{Kind: policy.MatchExact, Value: "https://app.example.com"},
				{Kind: policy.MatchRegex, Value: `^https://[a-z]+\.example\.com$`, Dialect: policy.DialectECMAScript, Mode: policy.ModeSearch},
				{Kind: policy.MatchNull},
				{Kind: policy.MatchExact, Value: "http://localhost:3000", Dev: true, EnvFallback: "CORS_ORIGIN"},
			}},
			AllowMethods:  policy.List{Mode: policy.ListValues, Values: []string{"GET", "HEAD"}, Default: true},
			ExposeHeaders: policy.List{Mode: policy.ListValues, Values: []string{"X-Request-Id"}},
		},
		{
			Framework: "express-cors", Scope: "all routes", Span: at("app/any.json", 1, 1),
			Origins:     policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitWildcard, Default: true},
			Credentials: policy.Credentials{Value: "True", Set: true},
		},
		{
			Framework: "starlette", Scope: "CORSMiddleware", Span: at("api/main.py", 9, 1), Dev: true,
			Origins: policy.Origins{Kind: policy.OriginAny, Emit: policy.EmitOriginIfCredentialed},
			// A hostile scope: control characters, a pipe, a formula start.
			MaxAge: policy.MaxAge{Set: true, Raw: "=1+1"},
		},
		{
			Framework: "netlify", Scope: "/* |`evil`\x1b[31m", Span: at("netlify.toml", 3, 1),
			Origins: policy.Origins{Kind: policy.OriginStatic, Value: "https://a.example, https://b.example"},
		},
		{
			Framework: "express-cors", Scope: "app.use(cors(opts))", Span: at("app/server.js", 20, 9),
			Origins: policy.Origins{Kind: policy.OriginUnknown, Note: "origin is a function corslint cannot evaluate"},
		},
		{
			Framework: "express-cors", Scope: "all routes", Span: at("app/off.json", 1, 1),
			Origins: policy.Origins{Kind: policy.OriginNone},
		},
	}
}

func renderInventory(t *testing.T, format string, ps []policy.Policy) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteInventory(&buf, format, &InventoryInput{Version: "0.1.0", Policies: ps}); err != nil {
		t.Fatalf("WriteInventory(%s): %v", format, err)
	}
	return buf.Bytes()
}

func TestInventoryGolden(t *testing.T) {
	for format, file := range map[string]string{
		"table": "inventory.txt", "csv": "inventory.csv", "json": "inventory.json", "markdown": "inventory.md",
	} {
		t.Run(format, func(t *testing.T) {
			got := renderInventory(t, format, inventoryPolicies())
			path := filepath.Join(goldenDir, file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./report -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the golden file (run go test ./report -update and read the diff)\n--- got ---\n%s", file, got)
			}
		})
	}
}

func TestInventoryDescriptions(t *testing.T) {
	rows := InventoryRows(inventoryPolicies())
	byFile := map[string]InventoryRow{}
	for _, r := range rows {
		byFile[r.File] = r
	}
	tests := []struct {
		file, field, got, want string
	}{
		{"nginx/api.conf", "origins", byFile["nginx/api.conf"].Origins, "reflected without check"},
		{"nginx/api.conf", "credentials", byFile["nginx/api.conf"].Credentials, "true"},
		{"nginx/api.conf", "methods", byFile["nginx/api.conf"].Methods, "GET, POST, OPTIONS"},
		{"nginx/api.conf", "headers", byFile["nginx/api.conf"].Headers, "reflects the request"},
		{"nginx/api.conf", "maxAge", byFile["nginx/api.conf"].MaxAge, "86400"},
		{"app/cors.json", "origins", byFile["app/cors.json"].Origins,
			`https://app.example.com, regex ^https://[a-z]+\.example\.com$ (ecmascript, search), null, http://localhost:3000 [dev, default of $CORS_ORIGIN]`},
		{"app/cors.json", "credentials", byFile["app/cors.json"].Credentials, "no"},
		{"app/cors.json", "methods", byFile["app/cors.json"].Methods, "GET, HEAD [default]"},
		{"app/cors.json", "expose", byFile["app/cors.json"].ExposeHeaders, "X-Request-Id"},
		{"app/any.json", "origins", byFile["app/any.json"].Origins, "any (*) [default]"},
		{"app/any.json", "credentials", byFile["app/any.json"].Credentials, `"True" (not true to a browser)`},
		{"api/main.py", "origins", byFile["api/main.py"].Origins, "any (* or, with cookies, reflected)"},
		{"netlify.toml", "origins", byFile["netlify.toml"].Origins, `static "https://a.example, https://b.example"`},
		{"app/server.js", "origins", byFile["app/server.js"].Origins, "unknown: origin is a function corslint cannot evaluate"},
		{"app/off.json", "origins", byFile["app/off.json"].Origins, "none"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.file, tt.field, tt.got, tt.want)
		}
	}
	if got := byFile["app/cors.json"].OriginValues; !slices.Equal(got, []string{"https://app.example.com", `^https://[a-z]+\.example\.com$`, "null", "http://localhost:3000"}) {
		t.Errorf("originValues = %q", got)
	}
	// Sorted by file, then line; "./nginx/api.conf" is cleaned.
	var files []string
	for _, r := range rows {
		files = append(files, r.File)
	}
	if !slices.IsSorted(files) {
		t.Errorf("rows not sorted by file: %v", files)
	}
}

func TestInventoryCSV(t *testing.T) {
	recs, err := csv.NewReader(bytes.NewReader(renderInventory(t, "csv", inventoryPolicies()))).ReadAll()
	if err != nil {
		t.Fatalf("csv does not parse: %v", err)
	}
	if !slices.Equal(recs[0], inventoryCSVHeader) {
		t.Errorf("header %v", recs[0])
	}
	if len(recs) != 1+len(inventoryPolicies()) {
		t.Fatalf("%d records, want header + %d", len(recs), len(inventoryPolicies()))
	}
	for _, rec := range recs[1:] {
		if len(rec) != len(inventoryCSVHeader) {
			t.Errorf("record with %d fields: %v", len(rec), rec)
		}
		for _, cell := range rec {
			if strings.Contains(cell, "\x1b") {
				t.Errorf("cell %q carries a raw escape character", cell)
			}
			if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
				t.Errorf("cell %q would run as a spreadsheet formula", cell)
			}
		}
	}
}

func TestInventoryJSONKeys(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(renderInventory(t, "json", inventoryPolicies()), &doc); err != nil {
		t.Fatal(err)
	}
	ps := doc["policies"].([]any)
	if len(ps) != len(inventoryPolicies()) {
		t.Fatalf("%d policies", len(ps))
	}
	for _, p := range ps {
		row := p.(map[string]any)
		for _, k := range []string{"file", "line", "column", "framework", "scope", "originKind", "origins", "originValues", "credentials", "methods", "headers", "exposeHeaders", "maxAge", "dev"} {
			if _, ok := row[k]; !ok {
				t.Errorf("policy %v lacks key %q", row["file"], k)
			}
		}
	}
	var empty map[string]any
	if err := json.Unmarshal(renderInventory(t, "json", nil), &empty); err != nil {
		t.Fatal(err)
	}
	if ps, ok := empty["policies"].([]any); !ok || len(ps) != 0 {
		t.Errorf(`empty inventory: "policies" = %#v, want []`, empty["policies"])
	}
}

func TestInventoryEscaping(t *testing.T) {
	table := string(renderInventory(t, "table", inventoryPolicies()))
	if strings.Contains(table, "\x1b") {
		t.Error("table passes an escape character to the terminal")
	}
	md := string(renderInventory(t, "markdown", inventoryPolicies()))
	for _, line := range strings.Split(strings.TrimSpace(md), "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		// 10 unescaped pipes per row: 9 cells.
		if n := strings.Count(line, "|") - strings.Count(line, `\|`); n != 10 {
			t.Errorf("markdown row has %d cell boundaries: %s", n, line)
		}
	}
}

func TestInventoryEmptyAndUnknownFormat(t *testing.T) {
	if got := string(renderInventory(t, "table", nil)); got != "no CORS policies found\n" {
		t.Errorf("empty table = %q", got)
	}
	if got := string(renderInventory(t, "markdown", nil)); !strings.Contains(got, "no CORS policies found") {
		t.Errorf("empty markdown = %q", got)
	}
	var buf bytes.Buffer
	if err := WriteInventory(&buf, "xml", nil); err == nil || buf.Len() != 0 {
		t.Errorf("WriteInventory(xml) = %v, wrote %d bytes", err, buf.Len())
	}
	if err := WriteInventory(failWriter{}, "csv", &InventoryInput{Policies: inventoryPolicies()}); err == nil {
		t.Error("a failing writer gave no error")
	}
}
