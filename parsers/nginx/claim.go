package nginx

import (
	"bytes"
	"path"
	"strings"
)

// nginxDirs are directories whose extensionless files are nginx
// configuration by convention (Debian's sites-*, docker images' conf.d...).
var nginxDirs = map[string]bool{
	"sites-available": true, "sites-enabled": true, "conf.d": true, "vhost.d": true, "snippets": true,
}

// Claim implements parsers.Parser: by name (.conf, .nginx, nginx.conf,
// docker's .conf.template, extensionless files in nginx's usual directories)
// and then by content, so Apache and other .conf files are left alone.
func (Parser) Claim(p string, data []byte) bool {
	if isYAML(p) {
		return len(yamlBlocks(data)) > 0
	}
	return claimName(p) && sniff(data)
}

// templateExts are template suffixes stripped before looking at a name
// (`site.conf.j2`, `nginx.conf.erb`): the template is read as configuration.
var templateExts = []string{".j2", ".jinja", ".jinja2", ".tmpl", ".tpl", ".erb", ".epp"}

func claimName(p string) bool {
	base := path.Base(p)
	for _, ext := range templateExts {
		if t := strings.TrimSuffix(base, ext); t != base && t != "" {
			base = t
			p = path.Join(path.Dir(p), base)
			break
		}
	}
	switch {
	case base == "nginx.conf",
		strings.HasSuffix(base, ".conf"),
		strings.HasSuffix(base, ".nginx"),
		strings.HasSuffix(base, ".conf.template"),
		strings.HasSuffix(base, ".nginxconf"):
		return true
	}
	if path.Ext(base) != "" && !strings.HasPrefix(base, ".") {
		// Debian names sites like domains (example.com): allow a dot in
		// those directories, but not a known non-nginx extension.
		if !nginxDirs[path.Base(path.Dir(p))] || knownOtherExt(path.Ext(base)) {
			return false
		}
	}
	for _, seg := range strings.Split(path.Dir(p), "/") {
		if nginxDirs[seg] {
			return true
		}
	}
	return false
}

// knownOtherExt lists extensions that are never nginx configuration even
// inside conf.d/ (backups and editor files are left out too).
func knownOtherExt(ext string) bool {
	switch strings.ToLower(ext) {
	case ".yaml", ".yml", ".json", ".toml", ".md", ".txt", ".sh", ".py", ".js", ".ts",
		".bak", ".orig", ".swp", ".old", ".dpkg-dist", ".dpkg-old", ".rpmnew", ".rpmsave",
		".disabled", ".example", ".sample", ".xml", ".ini", ".lua", ".pem", ".key", ".crt":
		return true
	}
	return false
}

// sniff looks for a line that starts like nginx configuration: `server {`,
// `http {`, `location /` (or ~ = @ ^), `add_header X`, `more_set_headers`,
// `map $var`. Apache's `<Location>` and `Header set`, ntp.conf's `server
// pool.ntp.org` do not qualify.
func sniff(data []byte) bool {
	for len(data) > 0 {
		line := data
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = data[:i], data[i+1:]
		} else {
			data = nil
		}
		if sniffLine(bytes.TrimLeft(line, " \t")) {
			return true
		}
	}
	return false
}

func sniffLine(line []byte) bool {
	word := line
	if i := bytes.IndexAny(line, " \t{"); i >= 0 {
		word = line[:i]
	}
	rest := bytes.TrimLeft(line[len(word):], " \t")
	spaced := len(rest) < len(line)-len(word)
	switch string(word) {
	case "server", "http":
		return len(rest) > 0 && rest[0] == '{'
	case "location":
		return spaced && len(rest) > 0 && bytes.IndexByte([]byte("/~=@^"), rest[0]) >= 0
	case "add_header", "more_set_headers":
		return spaced && len(rest) > 0
	case "map":
		return spaced && len(rest) > 0 && rest[0] == '$'
	}
	return false
}
