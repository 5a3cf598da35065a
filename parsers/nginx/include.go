package nginx

import (
	"fmt"
	"path"
	"strings"

	"github.com/corslint/corslint/parsers"
	"github.com/corslint/corslint/policy"
)

const (
	// maxIncludeDepth bounds nested includes (nginx has no limit of its
	// own; real trees nest two or three deep).
	maxIncludeDepth = 16
	// maxNodes bounds the directives a file may expand to through includes,
	// so a file that includes a file twice, which includes one twice... stays
	// linear in practice.
	maxNodes = 200_000
	// maxSyntaxNotices caps syntax notices per file: a template or a binary
	// that happens to be claimed must not flood the output.
	maxSyntaxNotices = 10
)

// absPrefixes are installation prefixes under which an absolute include is
// mapped to the same path relative to the configuration prefix: a repository
// that keeps /etc/nginx's contents includes `/etc/nginx/snippets/x.conf`
// meaning its own `snippets/x.conf`.
var absPrefixes = []string{
	"/etc/nginx/",
	"/usr/local/nginx/conf/",
	"/usr/local/etc/nginx/",
	"/usr/local/openresty/nginx/conf/",
	"/etc/openresty/",
	"/opt/nginx/conf/",
}

// loader reads included files through parsers.File (never the file system
// directly, so nothing outside the scan root is read) and splices them in.
//
// Resolution (nginx: include paths are relative to the configuration prefix,
// the directory of the main nginx.conf, not to the including file): for a
// whole configuration, relative to its directory, then to the scan root. For
// a fragment (conf.d/, sites-enabled/, snippets/ files), whose prefix is
// unknown, relative to the scan root first, then the fragment's directory,
// then each parent of that directory, nearest first (a repository's
// `nginx/sites-enabled/app` usually includes `snippets/cors.conf` meaning
// `nginx/snippets/cors.conf`). The first base under which the file (or a
// glob match) exists wins.
type loader struct {
	f       parsers.File
	bases   []string
	cache   map[string][]*directive
	errs    map[string]bool // files whose syntax errors were reported
	nodes   int
	notices []policy.Notice
	capped  bool
}

func newLoader(f parsers.File, main bool) *loader {
	dir := path.Dir(f.Path)
	if dir == "." {
		dir = ""
	}
	var bases []string
	if main {
		bases = []string{dir, ""}
	} else {
		bases = []string{"", dir}
		for d := dir; d != ""; {
			d = path.Dir(d)
			if d == "." || d == "/" {
				d = ""
			}
			bases = append(bases, d)
		}
	}
	seen := map[string]bool{}
	uniq := bases[:0]
	for _, b := range bases {
		if !seen[b] {
			seen[b] = true
			uniq = append(uniq, b)
		}
	}
	return &loader{f: f, bases: uniq, cache: map[string][]*directive{}, errs: map[string]bool{}}
}

func (l *loader) notice(level policy.Level, s policy.Span, format string, args ...any) {
	l.notices = append(l.notices, policy.Notice{Level: level, Message: fmt.Sprintf(format, args...), Span: s})
}

// syntaxNotices turns a file's syntax errors into notices, once per file.
func (l *loader) syntaxNotices(file string, errs []syntaxError) {
	if l.errs[file] || len(errs) == 0 {
		return
	}
	l.errs[file] = true
	for i, e := range errs {
		if i == maxSyntaxNotices {
			l.notice(policy.LevelWarning, policy.Span{File: file}, "%d more nginx syntax errors in this file not shown", len(errs)-i)
			break
		}
		l.notice(policy.LevelWarning, policy.Span{File: file, Start: e.pos, End: e.pos}, "nginx syntax: %s", e.msg)
	}
}

// expand returns dirs with every `include` replaced by the included files'
// directives, recursively. stack holds the files being included, for cycles.
func (l *loader) expand(dirs []*directive, stack []string) []*directive {
	out := make([]*directive, 0, len(dirs))
	for _, d := range dirs {
		if len(stack) > 1 {
			l.nodes++ // only included directives count: the file itself is read once
		}
		if d.name == "include" && !d.hasBlock {
			if l.nodes >= maxNodes {
				if !l.capped {
					l.capped = true
					l.notice(policy.LevelWarning, d.head, "configuration expands to more than %d directives through includes; further includes are not read", maxNodes)
				}
				continue
			}
			out = append(out, l.include(d, stack)...)
			continue
		}
		if len(d.children) > 0 {
			nd := *d
			nd.children = l.expand(d.children, stack)
			d = &nd
		}
		out = append(out, d)
	}
	return out
}

func (l *loader) include(d *directive, stack []string) []*directive {
	if len(d.args) != 1 {
		l.notice(policy.LevelWarning, d.head, "include takes exactly one file name")
		return nil
	}
	files := l.resolve(d)
	var out []*directive
	for _, file := range files {
		if i := indexOf(stack, file); i >= 0 {
			chain := strings.Join(append(append([]string{}, stack[i:]...), file), " -> ")
			l.notice(policy.LevelWarning, d.head, "include loop: %s; not followed", chain)
			continue
		}
		if len(stack) > maxIncludeDepth {
			l.notice(policy.LevelWarning, d.head, "includes nested more than %d deep; %s not read", maxIncludeDepth, file)
			continue
		}
		tree, ok := l.load(file, d)
		if !ok {
			continue
		}
		next := append(append(make([]string, 0, len(stack)+1), stack...), file)
		out = append(out, l.expand(tree, next)...)
	}
	return out
}

// resolve maps an include argument to root-relative files.
func (l *loader) resolve(d *directive) []string {
	name := d.args[0].text
	if strings.Contains(name, "$") {
		l.notice(policy.LevelWarning, d.args[0].span, "include %q uses a variable, which nginx does not expand; not followed", name)
		return nil
	}
	if path.IsAbs(name) {
		rel, ok := "", false
		for _, pre := range absPrefixes {
			if strings.HasPrefix(name, pre) {
				rel, ok = strings.TrimPrefix(name, pre), true
				break
			}
		}
		if !ok {
			l.notice(policy.LevelNote, d.args[0].span, "include %q is outside the scan root; not read", name)
			return nil
		}
		files := l.find(rel)
		if files == nil && !isGlob(rel) && !stockInclude(rel) {
			l.notice(policy.LevelNote, d.args[0].span, "include %q is outside the scan root and no %s exists in it; not read", name, rel)
		}
		return files
	}
	files := l.find(name)
	if files == nil && !isGlob(name) && !stockInclude(name) {
		l.notice(policy.LevelWarning, d.args[0].span, "included file %q not found under the scan root (tried %s)", name, strings.Join(l.candidates(name), ", "))
	}
	return files
}

// stockIncludes are files nginx packages ship, which repositories rarely
// carry and which never set CORS headers: a missing one is not worth a
// notice.
var stockIncludes = map[string]bool{
	"mime.types": true, "fastcgi_params": true, "fastcgi.conf": true, "scgi_params": true,
	"uwsgi_params": true, "proxy_params": true, "koi-utf": true, "koi-win": true, "win-utf": true,
	"fastcgi-php.conf": true, "snakeoil.conf": true, "options-ssl-nginx.conf": true,
}

func stockInclude(name string) bool { return stockIncludes[path.Base(name)] }

func isGlob(s string) bool { return strings.ContainsAny(s, "*?[") }

// candidates lists the root-relative paths tried for rel, outside-root ones
// left out.
func (l *loader) candidates(rel string) []string {
	var out []string
	for _, b := range l.bases {
		p := path.Join(b, rel)
		if p == ".." || strings.HasPrefix(p, "../") || path.IsAbs(p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// find returns the files rel names under the first base where it exists.
func (l *loader) find(rel string) []string {
	for _, p := range l.candidates(rel) {
		if isGlob(p) {
			if l.f.Glob == nil {
				return nil
			}
			m, err := l.f.Glob(p)
			if err == nil && len(m) > 0 {
				return m
			}
			continue
		}
		if _, ok := l.cache[p]; ok {
			return []string{p}
		}
		if l.f.Read == nil {
			return nil
		}
		data, err := l.f.Read(p)
		if err != nil {
			continue
		}
		tree, errs := parseTree(p, data)
		l.syntaxNotices(p, errs)
		l.cache[p] = tree
		return []string{p}
	}
	return nil
}

// load returns the parsed tree of an included file.
func (l *loader) load(file string, d *directive) ([]*directive, bool) {
	if tree, ok := l.cache[file]; ok {
		return tree, true
	}
	if l.f.Read == nil {
		l.notice(policy.LevelNote, d.head, "includes are not followed in this mode")
		return nil, false
	}
	data, err := l.f.Read(file)
	if err != nil {
		l.notice(policy.LevelWarning, d.head, "cannot read included file: %v", err)
		return nil, false
	}
	tree, errs := parseTree(file, data)
	l.syntaxNotices(file, errs)
	l.cache[file] = tree
	return tree, true
}

func indexOf(xs []string, s string) int {
	for i, x := range xs {
		if x == s {
			return i
		}
	}
	return -1
}
