package nginx

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// nginx configuration embedded in YAML: a Kubernetes ConfigMap holding
// `nginx.conf: |` or `default.conf: |`, ingress-nginx snippet annotations and
// controller ConfigMap keys, Ansible variables or docker-compose configs with
// a block of directives. Each literal or folded block scalar that reads as
// nginx is parsed as a file of its own, in place: its lines keep their
// numbers and columns (everything else becomes empty lines), so spans point
// into the YAML file.

// blockKey matches a mapping key introducing a block scalar (`key: |`,
// `- key: >-`, `"quoted key": |2`).
var blockKey = regexp.MustCompile(`^(\s*(?:-\s+)?)("[^"]*"|'[^']*'|[^\s#'"][^:#]*?)\s*:\s*[|>][-+0-9]*\s*(?:#.*)?$`)

// ingressAnnotationPrefix marks ingress-nginx annotations: the platform
// parser reads snippet annotations whose CORS headers are unconditional; the
// conditional ones (if, map, set) and templated ones are read here.
const ingressAnnotationPrefix = "nginx.ingress.kubernetes.io/"

var snippetConditional = regexp.MustCompile(`(?m)(^|[;{}\s])(if|map|set)\s`)

// yamlBlock is one block scalar that reads as nginx.
type yamlBlock struct {
	key  string
	data []byte // the YAML file with every other line emptied
}

func isYAML(p string) bool {
	switch path.Ext(p) {
	case ".yaml", ".yml":
		return true
	}
	return false
}

// rawBlock is one block scalar of a YAML file: its key line and the lines
// of its body [start, end).
type rawBlock struct {
	key         string
	line        int // the key's line index
	start, end  int
	doc         int // YAML document (`---`) it is in
	body        []byte
	wanted      bool
	snippetDeep int // snippetDepth of the key
}

// yamlBlocks finds the block scalars of data that hold nginx directives
// setting or testing CORS headers. The ingress-nginx snippet keys of one
// document are one configuration, as the controller assembles them
// (http-snippet in http, server-snippet in every server, location-snippet
// and configuration-snippet in every location): a map in the http snippet
// feeds the headers of the location snippet. When a document has snippets
// at several levels, they are read as one block.
func yamlBlocks(data []byte) []yamlBlock {
	lines := bytes.Split(data, []byte("\n"))
	var raws []rawBlock
	doc := 0
	for i := 0; i < len(lines); i++ {
		if bytes.HasPrefix(lines[i], []byte("---")) {
			doc++
			continue
		}
		m := blockKey.FindSubmatch(lines[i])
		if m == nil {
			continue
		}
		parent := len(m[1])
		key := strings.Trim(string(m[2]), `"'`)
		end := i + 1
		for end < len(lines) {
			l := lines[end]
			if t := bytes.TrimLeft(l, " \t\r"); len(t) > 0 && len(l)-len(t) <= parent {
				break
			}
			end++
		}
		body := bytes.Join(lines[i+1:end], []byte("\n"))
		raws = append(raws, rawBlock{key: key, line: i, start: i + 1, end: end, doc: doc, body: body,
			wanted: wantBlock(key, body), snippetDeep: snippetDepth(key)})
		i = end - 1
	}
	joined := joinSnippets(lines, raws)
	var out []yamlBlock
	for k, r := range raws {
		if j, ok := joined[r.doc]; ok {
			if j.first == k {
				out = append(out, j.block)
			}
			if r.snippetDeep >= 0 {
				continue
			}
		}
		if r.wanted {
			out = append(out, yamlBlock{key: r.key, data: keepLines(lines, func(l int) bool { return l >= r.start && l < r.end }, nil)})
		}
	}
	return out
}

// keepLines is the file with every line emptied but those keep selects and
// those extra gives a text of their own.
func keepLines(lines [][]byte, keep func(int) bool, extra map[int]string) []byte {
	var b bytes.Buffer
	for k := range lines {
		switch t, ok := extra[k]; {
		case ok:
			b.WriteString(t)
		case keep(k):
			b.Write(lines[k])
		}
		if k < len(lines)-1 {
			b.WriteByte('\n')
		}
	}
	return b.Bytes()
}

// snippetDepth is the nginx level the controller puts a snippet key's text
// at: 0 http, 1 server, 2 location; -1 for other keys. ingress-nginx names
// them http-snippet, server-snippet, location-snippet (ConfigMap) and
// server-snippet, configuration-snippet (annotations); NGINX Inc's
// controller uses the plural (nginx.org/server-snippets).
func snippetDepth(key string) int {
	k := strings.ToLower(key)
	if i := strings.LastIndex(k, "/"); i >= 0 {
		k = k[i+1:]
	}
	switch strings.TrimSuffix(k, "s") {
	case "http-snippet":
		return 0
	case "server-snippet":
		return 1
	case "location-snippet", "configuration-snippet":
		return 2
	}
	return -1
}

// platformRead reports whether one of the snippets is an annotation the
// platform parser reads on its own (CORS headers set without a condition):
// reading it here too would report its findings twice.
func platformRead(raws []rawBlock, ks []int) bool {
	for _, k := range ks {
		r := raws[k]
		if strings.HasPrefix(r.key, ingressAnnotationPrefix) && !r.wanted &&
			bytes.Contains(bytes.ToLower(r.body), []byte("access-control-")) {
			return true
		}
	}
	return false
}

// joinedDoc is the one block read for a document's snippets, and the index
// of the first of them (where it is emitted).
type joinedDoc struct {
	first int
	block yamlBlock
}

// joinSnippets builds, per document with snippets at two or more levels one
// of which is read, the block holding them all: each key line becomes the
// braces that reach its level (`server {`, `location / {`, `}`), so every
// snippet line keeps its number and columns.
func joinSnippets(lines [][]byte, raws []rawBlock) map[int]joinedDoc {
	out := map[int]joinedDoc{}
	byDoc := map[int][]int{}
	for k, r := range raws {
		if r.snippetDeep >= 0 {
			byDoc[r.doc] = append(byDoc[r.doc], k)
		}
	}
	for doc, ks := range byDoc {
		levels := map[int]bool{}
		var bodies [][]byte
		for _, k := range ks {
			levels[raws[k].snippetDeep] = true
			bodies = append(bodies, raws[k].body)
		}
		if len(levels) < 2 || !wantBlock(raws[ks[0]].key, bytes.Join(bodies, []byte("\n"))) || platformRead(raws, ks) {
			continue
		}
		extra := map[int]string{}
		keep := map[int]bool{}
		depth := 0
		for _, k := range ks {
			r := raws[k]
			var tok []string
			for ; depth > r.snippetDeep; depth-- {
				tok = append(tok, "}")
			}
			for ; depth < r.snippetDeep; depth++ {
				tok = append(tok, [...]string{"server {", "location / {"}[depth])
			}
			extra[r.line] = strings.Join(tok, " ")
			for l := r.start; l < r.end; l++ {
				keep[l] = true
			}
		}
		// The closing braces go on a line of their own: the last snippet
		// line may end in a comment.
		data := append(keepLines(lines, func(l int) bool { return keep[l] }, extra), "\n"+strings.Repeat("} ", depth)...)
		out[doc] = joinedDoc{first: ks[0], block: yamlBlock{key: "ingress-nginx snippets", data: data}}
	}
	return out
}

// wantBlock reports whether a block scalar is nginx configuration this
// parser should read.
func wantBlock(key string, body []byte) bool {
	low := bytes.ToLower(body)
	if !bytes.Contains(low, []byte("access-control-")) && !bytes.Contains(low, []byte("http_origin")) {
		return false
	}
	if !sniff(body) {
		return false
	}
	if strings.HasPrefix(key, ingressAnnotationPrefix) {
		return snippetConditional.Match(body) || bytes.Contains(body, []byte("{{"))
	}
	return true
}

// nginxKey reports whether the block's key names nginx configuration
// (`default.conf`, `nginx.conf`, `server-snippet`, `serverBlock`,
// `extra_parameters` of a vhost role does not qualify).
func (b yamlBlock) nginxKey() bool {
	k := strings.ToLower(b.key)
	for _, w := range []string{"conf", "nginx", "snippet", "server", "location", "vhost", "site"} {
		if strings.Contains(k, w) {
			return true
		}
	}
	return false
}
