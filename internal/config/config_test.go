package config

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const full = `# corslint config
profile = "audit"
enable = ["CORS015", "cors016"]
disable = ["CORS008"]
trusted_domains = ["Example.com", "example.org."]
sensitive_headers = ["X-Tenant-Secret"]
dev_paths = ["dev", "sandbox"]
exclude = ["vendor/**", "legacy/*.conf"]
max_file_size = "2MiB"

[rules.CORS012]
max_age = 7200

[severity]
CORS008 = "Medium"

[[ignore]]
path = "config/legacy/*.json"
rules = ["CORS008"]
reason = "public assets"

[[ignore]]
path = "public/**"
rules = ["CORS008", "CORS012"]
reason = "CDN"
`

func TestParseFull(t *testing.T) {
	c, err := Parse(".corslint.toml", []byte(full), nil)
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name      string
		got, want any
	}{
		{"Path", c.Path, ".corslint.toml"},
		{"Profile", c.Profile, ProfileAudit},
		{"Enable", c.Enable, []string{"CORS015", "CORS016"}},
		{"Disable", c.Disable, []string{"CORS008"}},
		{"TrustedDomains", c.TrustedDomains, []string{"example.com", "example.org"}},
		{"SensitiveHeaders", c.SensitiveHeaders, []string{"X-Tenant-Secret"}},
		{"DevPaths", c.DevPaths, []string{"dev", "sandbox"}},
		{"Exclude", c.Exclude, []string{"vendor/**", "legacy/*.conf"}},
		{"MaxFileSize", c.MaxFileSize, int64(2 << 20)},
		{"MaxAge", c.MaxAge, int64(7200)},
		{"Severity", c.Severity, map[string]string{"CORS008": "medium"}},
		{"Ignores", len(c.Ignores), 2},
		{"Ignore[1].Rules", c.Ignores[1].Rules, []string{"CORS008", "CORS012"}},
		{"Ignore[1].Reason", c.Ignores[1].Reason, "CDN"},
		{"Ignore[0].Line", c.Ignores[0].Line, 17},
		{"Ignore[1].Line", c.Ignores[1].Line, 22},
	}
	for _, ch := range checks {
		if !reflect.DeepEqual(ch.got, ch.want) {
			t.Errorf("%s = %#v, want %#v", ch.name, ch.got, ch.want)
		}
	}
	paths := []struct {
		rel             string
		rule            string
		excluded, ignor bool
	}{
		{"vendor/x/nginx.conf", "CORS008", true, false},
		{"vendor/", "", true, false},
		{"legacy/a.conf", "CORS008", true, false},
		{"x/legacy/a.conf", "CORS008", false, false},
		{"config/legacy/s3.json", "CORS008", false, true},
		{"config/legacy/s3.json", "CORS001", false, false},
		{"config/legacy/deep/s3.json", "CORS008", false, false},
		{"public/a/b.json", "CORS012", false, true},
		{"src/public/a.json", "CORS012", false, false},
	}
	for _, p := range paths {
		if got := c.Excluded(p.rel); got != p.excluded {
			t.Errorf("Excluded(%q) = %v, want %v", p.rel, got, p.excluded)
		}
		if p.rule == "" {
			continue
		}
		if got := c.Ignored(p.rel, p.rule); got != p.ignor {
			t.Errorf("Ignored(%q, %s) = %v, want %v", p.rel, p.rule, got, p.ignor)
		}
	}
	if ig, ok := c.IgnoreFor("public/x.json", "CORS008"); !ok || ig.Reason != "CDN" || ig.Line != 22 {
		t.Errorf("IgnoreFor = %+v, %v", ig, ok)
	}
}

func TestDefault(t *testing.T) {
	c := Default()
	if c.Profile != ProfileDefault || c.MaxAge != 3600 || c.MaxFileSize != 10<<20 ||
		!reflect.DeepEqual(c.DevPaths, []string{"dev", "development", "local", "test"}) || c.Path != "" {
		t.Errorf("Default() = %+v", c)
	}
	if c.Excluded("a/b.conf") || c.Ignored("a/b.conf", "CORS001") {
		t.Error("Default excludes or ignores something")
	}
	// An empty file is the default configuration.
	e, err := Parse("x.toml", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	e.Path = ""
	if !reflect.DeepEqual(e.DevPaths, c.DevPaths) || e.MaxAge != c.MaxAge || e.Profile != c.Profile {
		t.Errorf("empty file = %+v", e)
	}
	// dev_paths = [] turns development marking off.
	off, err := Parse("x.toml", []byte("dev_paths = []\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if off.IsDevPath("settings/dev.py") {
		t.Error("dev_paths = [] still marks dev.py")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // each must appear in the error, in this order
	}{
		{"unknown top key with line", "profile = \"default\"\n\nenabel = [\"CORS001\"]\n",
			[]string{`c.toml:3: unknown key "enabel" (did you mean "enable"?)`}},
		{"unknown key far from any", "zzzzzz = 1\n", []string{`c.toml:1: unknown key "zzzzzz" (known keys: profile, enable`}},
		{"unknown key in table", "[rules.CORS012]\nmax_age = 10\nmaxage = 20\n",
			[]string{`c.toml:3: unknown key "rules.CORS012.maxage" (did you mean "max_age"?)`}},
		{"option on wrong rule", "[rules.CORS001]\nmax_age = 10\n", []string{`c.toml:2: unknown key "rules.CORS001.max_age": rule CORS001 has no options`}},
		{"unknown key in second ignore", "[[ignore]]\npath = \"a\"\nrules = [\"CORS008\"]\nreason = \"r\"\n\n[[ignore]]\npath = \"b\"\nrules = [\"CORS008\"]\nreasn = \"r\"\n",
			[]string{`c.toml:6: [[ignore]] needs a reason`, `c.toml:9: unknown key "ignore.reasn" (did you mean "reason"?)`}},
		{"ignore without reason", "[[ignore]]\npath = \"a\"\nrules = [\"CORS008\"]\n", []string{`c.toml:1: [[ignore]] needs a reason`}},
		{"ignore empty reason", "[[ignore]]\npath = \"a\"\nrules = [\"CORS008\"]\nreason = \"  \"\n", []string{`c.toml:1: [[ignore]] needs a reason`}},
		{"ignore without rules", "[[ignore]]\npath = \"a\"\nreason = \"r\"\n", []string{`c.toml:1: [[ignore]] needs the rule IDs`}},
		{"ignore empty rules", "[[ignore]]\npath = \"a\"\nrules = []\nreason = \"r\"\n", []string{`c.toml:1: [[ignore]] needs the rule IDs`}},
		{"ignore without path", "[[ignore]]\nrules = [\"CORS001\"]\nreason = \"r\"\n", []string{`c.toml:1: [[ignore]] needs a path pattern`}},
		{"ignore bad id", "[[ignore]]\npath = \"a\"\nrules = [\"CORS1\"]\nreason = \"r\"\n", []string{`c.toml:3: ignore.rules: unknown rule ID "CORS1"`}},
		{"ignore inline form", "ignore = [{path = \"a\", rules = [\"CORS001\"]}]\n", []string{`c.toml:1: [[ignore]] needs a reason`}},
		{"invalid id in enable", "\nenable = [\"CORS022\"]\n", []string{`c.toml:2: enable: unknown rule ID "CORS022"`}},
		{"invalid id in severity", "[severity]\nCORS000 = \"low\"\n", []string{`c.toml:2: severity: unknown rule ID "CORS000"`}},
		{"invalid severity", "[severity]\nCORS008 = \"urgent\"\n", []string{`c.toml:2: severity.CORS008: "urgent" is not one of critical, high, medium, low`}},
		{"invalid rules id", "[rules.CORS099]\nmax_age = 1\n", []string{`c.toml:1: rules: unknown rule ID "CORS099"`}},
		{"bad profile", "profile = \"strict\"\n", []string{`c.toml:1: profile must be "default" or "audit", not "strict"`}},
		{"wrong type", "enable = \"CORS001\"\n", []string{`c.toml:1: enable must be an array of strings, not a string`}},
		{"wrong element type", "disable = [1]\n", []string{`c.toml:1: disable[0] must be a string, not an integer`}},
		{"negative max_age", "[rules.CORS012]\nmax_age = -1\n", []string{`c.toml:2: rules.CORS012.max_age must be a whole number`}},
		{"bad size", "max_file_size = \"ten\"\n", []string{`c.toml:1: max_file_size: "ten" is not a size`}},
		{"zero size", "max_file_size = 0\n", []string{`c.toml:1: max_file_size: must be positive`}},
		{"bad domain", "trusted_domains = [\"https://example.com\"]\n", []string{`c.toml:1: trusted_domains: "https://example.com" is not a domain`}},
		{"wildcard domain", "trusted_domains = [\"*.example.com\"]\n", []string{`is not a domain`}},
		{"bad header", "sensitive_headers = [\"X Secret\"]\n", []string{`c.toml:1: sensitive_headers: "X Secret" is not a header name`}},
		{"enabled and disabled", "enable = [\"CORS015\"]\ndisable = [\"CORS015\"]\n", []string{`c.toml:2: CORS015 is both enabled and disabled`}},
		{"syntax error", "profile = \"audit\"\nenable = [\"CORS001\"\n", []string{`c.toml:2: invalid TOML`}},
		{"duplicate key", "profile = \"audit\"\nprofile = \"default\"\n", []string{`c.toml:2: invalid TOML`}},
		{"several errors in file order", "zeta = 1\nprofile = \"x\"\n[severity]\nCORS008 = \"x\"\n",
			[]string{`c.toml:1: unknown key "zeta"`, `c.toml:2: profile must be`, `c.toml:4: severity.CORS008`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.toml", []byte(tt.src), nil)
			if err == nil {
				t.Fatal("Parse succeeded, want an error")
			}
			msg := err.Error()
			pos := 0
			for _, w := range tt.want {
				i := strings.Index(msg[pos:], w)
				if i < 0 {
					t.Fatalf("error %q\nlacks (in order) %q", msg, w)
				}
				pos += i + len(w)
			}
			var ce *Error
			if !errors.As(err, &ce) || ce.Path != "c.toml" {
				t.Errorf("error is not a *Error naming the file: %#v", err)
			}
		})
	}
}

func TestParseCustomValidIDs(t *testing.T) {
	valid := func(id string) bool { return id == "CORS001" || id == "CORS030" }
	if _, err := Parse("c.toml", []byte(`enable = ["CORS030"]`), valid); err != nil {
		t.Errorf("custom valid ID rejected: %v", err)
	}
	if _, err := Parse("c.toml", []byte(`enable = ["CORS002"]`), valid); err == nil {
		t.Error("ID outside the custom set accepted")
	}
}

func TestKnownID(t *testing.T) {
	for id, want := range map[string]bool{
		"CORS001": true, "CORS021": true, "CORS010": true,
		"CORS000": false, "CORS022": false, "CORS1": false, "cors001": false,
		"CORS+01": false, "CORS0011": false, "": false, "XORS001": false,
	} {
		if got := KnownID(id); got != want {
			t.Errorf("KnownID(%q) = %v, want %v", id, got, want)
		}
	}
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   any
		want int64
		ok   bool
	}{
		{"10MiB", 10 << 20, true},
		{"10 mib", 10 << 20, true},
		{"512KiB", 512 << 10, true},
		{"2MB", 2_000_000, true},
		{"1.5GiB", 3 << 29, true},
		{"100", 100, true},
		{"100B", 100, true},
		{"4k", 4096, true},
		{int64(1234), 1234, true},
		{"", 0, false},
		{"-1MiB", 0, false},
		{"MiB", 0, false},
		{"0.0000001B", 0, false},
		{"1e300GiB", 0, false},
		{int64(-5), 0, false},
		{3.5, 0, false},
	}
	for _, tt := range tests {
		got, err := parseSize(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("parseSize(%#v) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestFindAndLoad(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	// Nothing anywhere under the temp dir (a config above it, in /tmp,
	// would be found and is not ours to judge).
	got, err := Find(deep)
	if err != nil {
		t.Fatal(err)
	}
	if got != "" && strings.HasPrefix(got, root) {
		t.Fatalf("Find = %q, want nothing under %s", got, root)
	}

	cfg := filepath.Join(root, "a", FileName)
	if err := os.WriteFile(cfg, []byte("profile = \"audit\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A directory with the config's name is not a config.
	if err := os.Mkdir(filepath.Join(root, "a", "b", FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, start := range []string{deep, filepath.Join(root, "a"), filepath.Join(root, "a", "b")} {
		got, err := Find(start)
		if err != nil || got != cfg {
			t.Errorf("Find(%s) = %q, %v; want %q", start, got, err, cfg)
		}
	}
	c, err := Load(cfg, nil)
	if err != nil || c.Profile != ProfileAudit || c.Path != cfg {
		t.Errorf("Load = %+v, %v", c, err)
	}

	_, err = Load(filepath.Join(root, "missing.toml"), nil)
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "missing.toml") {
		t.Errorf("Load(missing) err = %v", err)
	}
	bad := filepath.Join(root, "bad.toml")
	if err := os.WriteFile(bad, []byte("\n\nnope = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad, nil); err == nil || !strings.Contains(err.Error(), bad+":3: unknown key \"nope\"") {
		t.Errorf("Load(bad) err = %v", err)
	}
}
