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

// yamlBlocks finds the block scalars of data that hold nginx directives
// setting or testing CORS headers.
func yamlBlocks(data []byte) []yamlBlock {
	lines := bytes.Split(data, []byte("\n"))
	var out []yamlBlock
	for i := 0; i < len(lines); i++ {
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
		if wantBlock(key, body) {
			var b bytes.Buffer
			for k := 0; k < end; k++ {
				if k > i {
					b.Write(lines[k])
				}
				if k < end-1 {
					b.WriteByte('\n')
				}
			}
			out = append(out, yamlBlock{key: key, data: b.Bytes()})
		}
		i = end - 1
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
