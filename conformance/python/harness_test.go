// Package pyconformance_test proves corslint's Python parsers against the real
// libraries: each case in cases/ is run by harness.py under flask-cors,
// Starlette or django-cors-headers, and the headers they send are compared
// with what policy.Evaluate predicts from the policy corslint's parser built
// from the same file (README.md).
package pyconformance_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// casesDir holds NAME.py + NAME.probes.json pairs.
const casesDir = "cases"

// probe is one request of a case's sidecar file.
type probe struct {
	Name   string `json:"name"`
	Method string `json:"method"`
	Path   string `json:"path"`
	Origin string `json:"origin"`
	// RequestHeaders are the names the browser lists in
	// Access-Control-Request-Headers (the harness lower-cases and sorts
	// them).
	RequestHeaders []string `json:"requestHeaders"`
	// RequestMethod is Access-Control-Request-Method: set, with method
	// OPTIONS, it makes the probe a preflight.
	RequestMethod  string `json:"requestMethod"`
	Cookie         bool   `json:"cookie"`
	PrivateNetwork bool   `json:"privateNetwork"`
	// Known lists aspects (see aspects) where the model is known to differ
	// from the library, with the reason; the difference must still show,
	// so that a fixed model cannot keep a stale excuse.
	Known map[string]string `json:"known"`
	// Unmodelled says why the probe is outside what policy.Evaluate
	// models (requests without Origin): it is run and logged, not compared
	// with the model.
	Unmodelled string `json:"unmodelled"`
	// Library, when given, is exactly the CORS fields the library must send
	// (names case-insensitive): it pins library facts the model leaves out,
	// such as flask-cors' answer to a request without Origin.
	Library *[][2]string `json:"library"`
}

// caseSpec is a NAME.probes.json file.
type caseSpec struct {
	Framework string  `json:"framework"`
	Probes    []probe `json:"probes"`
}

// observed is what the library answered to one probe.
type observed struct {
	Status  int         `json:"status"`
	Headers [][2]string `json:"headers"`
}

// harnessOutput is harness.py's JSON document.
type harnessOutput struct {
	Python   string            `json:"python"`
	Versions map[string]string `json:"versions"`
	Missing  []string          `json:"missing"`
	Cases    map[string]struct {
		Error  string     `json:"error"`
		Probes []observed `json:"probes"`
	} `json:"cases"`
}

// required reports whether missing Python or libraries fail the test (CI)
// rather than skip it (a developer machine without them).
func required() bool { return os.Getenv("CORSLINT_CONFORMANCE") == "1" }

// unavailable fails under CORSLINT_CONFORMANCE=1 and skips otherwise.
func unavailable(t *testing.T, format string, args ...any) {
	t.Helper()
	msg := fmt.Sprintf(format, args...)
	if required() {
		t.Fatalf("CORSLINT_CONFORMANCE=1 but %s", msg)
	}
	t.Skipf("%s (set CORSLINT_CONFORMANCE=1 to make this a failure)", msg)
}

// python finds the interpreter with the Debian packages: CORSLINT_PYTHON,
// else /usr/bin/python3 (a pyenv or venv python3 earlier on PATH would not
// see dist-packages), else python3 on PATH.
func python() (string, error) {
	if p := os.Getenv("CORSLINT_PYTHON"); p != "" {
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/python3"); err == nil {
		return "/usr/bin/python3", nil
	}
	p, err := exec.LookPath("python3")
	if err != nil {
		return "", fmt.Errorf("python3 not found: %w", err)
	}
	return p, nil
}

// runHarness runs every case in one Python process.
func runHarness(t *testing.T) *harnessOutput {
	t.Helper()
	py, err := python()
	if err != nil {
		unavailable(t, "%v", err)
	}
	// -B: no __pycache__ next to the cases.
	cmd := exec.Command(py, "-B", "harness.py", casesDir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			t.Fatalf("harness.py failed: %v\n%s", err, stderr.String())
		}
		unavailable(t, "cannot run %s: %v", py, err)
	}
	var out harnessOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("harness.py output is not JSON: %v\n%s\n%s", err, stdout.String(), stderr.String())
	}
	if len(out.Missing) > 0 {
		unavailable(t, "Python libraries missing under %s: %s", py, strings.Join(out.Missing, "; "))
	}
	return &out
}

// loadCases reads every sidecar, sorted by case name.
func loadCases(t *testing.T) (names []string, specs map[string]caseSpec) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(casesDir, "*.probes.json"))
	if err != nil {
		t.Fatalf("listing cases: %v", err)
	}
	specs = map[string]caseSpec{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		var spec caseSpec
		dec := json.NewDecoder(bytes.NewReader(data))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&spec); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(filepath.Base(f), ".probes.json")
		names = append(names, name)
		specs[name] = spec
	}
	sort.Strings(names)
	return names, specs
}
