package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corslint/corslint/internal/scan"
)

func TestInventoryListsSecureAndInsecure(t *testing.T) {
	dir := write(t, map[string]string{
		"bad/cors.json":  reflectCreds,
		"good/cors.json": "{\n  \"origin\": [\"https://app.example.com\"],\n  \"credentials\": true,\n  \"maxAge\": 600\n}\n",
		"README.md":      "not a policy\n",
	})
	code, out, errs := run(t, "inventory", "--format", "json", dir)
	if code != ExitOK {
		t.Fatalf("exit %d (inventory never fails on findings); stderr: %s", code, errs)
	}
	var doc struct {
		Policies []struct {
			File, Framework, Scope, Origins, OriginKind, Credentials, MaxAge string
			Line                                                             int
		}
		Summary struct{ Total int }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	if doc.Summary.Total != 2 || len(doc.Policies) != 2 {
		t.Fatalf("want the 2 policies, secure or not; got %+v", doc.Policies)
	}
	bad, good := doc.Policies[0], doc.Policies[1]
	if bad.File != "bad/cors.json" || bad.OriginKind != "echo-any" || bad.Credentials != "true" || bad.Framework != "express-cors" || bad.Line < 1 {
		t.Errorf("bad policy = %+v", bad)
	}
	if good.File != "good/cors.json" || good.Origins != "https://app.example.com" || good.MaxAge != "600" {
		t.Errorf("good policy = %+v", good)
	}

	code, out, _ = run(t, "inventory", dir)
	if code != ExitOK || !strings.HasPrefix(out, "LOCATION") || !strings.Contains(out, "bad/cors.json:") || !strings.HasSuffix(out, "2 policies in 2 files\n") {
		t.Errorf("table (default): exit %d\n%s", code, out)
	}

	file := filepath.Join(t.TempDir(), "inv.csv")
	if code, _, errs := run(t, "inventory", "-f", "csv", "-o", file, dir); code != ExitOK {
		t.Fatalf("csv to file: exit %d: %s", code, errs)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll(); err != nil || len(recs) != 3 {
		t.Errorf("csv: %d records, err %v\n%s", len(recs), err, data)
	}

	code, out, _ = run(t, "inventory", "--format", "markdown", dir)
	if code != ExitOK || !strings.HasPrefix(out, "# corslint inventory") || strings.Count(out, "\n| `") != 2 {
		t.Errorf("markdown: exit %d\n%s", code, out)
	}
}

func TestInventoryErrors(t *testing.T) {
	dir := write(t, map[string]string{"cors.json": reflectCreds})
	for _, args := range [][]string{
		{"inventory", "--format", "xml", dir},
		{"inventory", filepath.Join(dir, "missing")},
		{"inventory", "--config", filepath.Join(dir, "missing.toml"), dir},
	} {
		if code, _, _ := run(t, args...); code != ExitError {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
}

// TestInventoryTestdata runs the inventory over the whole annotated testdata
// tree: every policy the scan finds appears once in every format, with its
// location, framework and scope.
func TestInventoryTestdata(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	res, err := scan.Run(scan.Options{Paths: []string{root}})
	if err != nil {
		t.Fatal(err)
	}
	want := len(res.Policies)
	if want < 10 {
		t.Fatalf("only %d policies in testdata", want)
	}

	code, out, errs := run(t, "inventory", "-q", "--format", "json", root)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var doc struct {
		Policies []struct {
			File, Framework, Scope, Origins, OriginKind string
			Line                                        int
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Policies) != want {
		t.Errorf("json lists %d policies, the scan found %d", len(doc.Policies), want)
	}
	for _, p := range doc.Policies {
		if p.File == "" || p.Line < 1 || p.Framework == "" || p.Scope == "" || p.Origins == "" || p.OriginKind == "" {
			t.Errorf("incomplete row: %+v", p)
		}
	}

	_, out, _ = run(t, "inventory", "-q", "--format", "csv", root)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != want+1 {
		t.Errorf("csv: %d records (err %v), want %d + header", len(recs), err, want)
	}
	_, out, _ = run(t, "inventory", "-q", root)
	if lines := strings.Count(out, "\n"); lines != want+2 {
		t.Errorf("table: %d lines, want header + %d + count", lines, want)
	}
	_, out, _ = run(t, "inventory", "-q", "--format", "markdown", root)
	if rows := strings.Count(out, "\n| `"); rows != want {
		t.Errorf("markdown: %d rows, want %d", rows, want)
	}
}
