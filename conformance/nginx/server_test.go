package nginxconf

import (
	"bytes"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// headersMore is Debian's dynamic headers-more module
// (libnginx-mod-http-headers-more-filter).
const headersMore = "/usr/lib/nginx/modules/ngx_http_headers_more_filter_module.so"

// mainConf wraps a case (an http-context fragment, as in conf.d/) into a
// whole configuration nginx runs without root: no `user` (master_process off
// keeps one process under the caller's identity), temporary paths and the
// PID file inside the prefix, no access log. The backend upstream answers
// /…/status/NNN with that status and everything else with 200, for cases
// that need an upstream's error (a 500 that is not nginx's own `return`).
const mainConf = `load_module %[1]s;
worker_processes 1;
events { worker_connections 64; }
http {
    access_log off;
    default_type text/plain;
    client_body_temp_path tmp/body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
    upstream backend { server unix:%[2]s; }
    server {
        listen unix:%[2]s;
        location / { return 200 "backend\n"; }
%[3]s    }
    include case.conf;
}
`

// backendStatuses are the statuses the backend answers /status/NNN with.
var backendStatuses = []int{201, 202, 204, 400, 403, 404, 500, 502, 503}

// htmlFiles are the files under `root html;` (the prefix's html/).
var htmlFiles = map[string]string{
	"index.html":      "<p>index</p>\n",
	"data.json":       "{}\n",
	"api/data.json":   "{\"api\":true}\n",
	"api/index.html":  "<p>api</p>\n",
	"static/app.js":   "console.log(1)\n",
	"public/file.txt": "public\n",
}

// listen80 is what cases write; the harness moves it to the test port.
var listen80 = regexp.MustCompile(`(?m)^(\s*)listen\s+80(\s+default_server)?\s*;`)

// nginxServer is one running nginx for one case.
type nginxServer struct {
	cmd    *exec.Cmd
	port   int
	stderr *bytes.Buffer
	done   chan error
}

// writePrefix lays out a prefix directory for one case: nginx.conf,
// case.conf (listen rewritten to port), the case's snippets/, html/.
func writePrefix(dir, caseSrc, snippetsDir string, port int) error {
	var locs strings.Builder
	for _, s := range backendStatuses {
		fmt.Fprintf(&locs, "        location ~ /status/%d$ { return %d; }\n", s, s)
	}
	conf := fmt.Sprintf(mainConf, headersMore, filepath.Join(dir, "backend.sock"), locs.String())
	rewritten := listen80.ReplaceAllString(caseSrc, "${1}listen 127.0.0.1:"+strconv.Itoa(port)+"${2};")
	if rewritten == caseSrc {
		return errors.New("the case has no `listen 80;` to rewrite")
	}
	files := map[string]string{"nginx.conf": conf, "case.conf": rewritten}
	for name, body := range htmlFiles {
		files[filepath.Join("html", name)] = body
	}
	if snippetsDir != "" {
		entries, err := os.ReadDir(snippetsDir)
		if err != nil {
			return fmt.Errorf("read snippets: %w", err)
		}
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(snippetsDir, e.Name()))
			if err != nil {
				return fmt.Errorf("read snippet: %w", err)
			}
			files[filepath.Join("snippets", e.Name())] = string(b)
		}
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("prefix: %w", err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			return fmt.Errorf("prefix: %w", err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o755); err != nil {
		return fmt.Errorf("prefix: %w", err)
	}
	return nil
}

// freePort asks the kernel for a free loopback port. Another process may
// take it before nginx binds it; startNginx retries then.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	if err := l.Close(); err != nil {
		return 0, fmt.Errorf("free port: %w", err)
	}
	return port, nil
}

// startNginx runs nginx for one case in a fresh prefix and waits until it
// accepts connections. It is stopped when the test ends.
func startNginx(t *testing.T, bin, caseSrc, snippetsDir string) *nginxServer {
	t.Helper()
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		dir := t.TempDir()
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		if err := writePrefix(dir, caseSrc, snippetsDir, port); err != nil {
			t.Fatal(err)
		}
		s, err := launch(bin, dir, port)
		if err == nil {
			t.Cleanup(func() { s.stop(t) })
			return s
		}
		lastErr = err
		if !strings.Contains(err.Error(), "Address already in use") {
			break
		}
	}
	t.Fatalf("nginx did not start: %v", lastErr)
	return nil
}

func launch(bin, dir string, port int) (*nginxServer, error) {
	global := fmt.Sprintf("daemon off; master_process off; pid %s; error_log stderr notice;", filepath.Join(dir, "nginx.pid"))
	cmd := exec.Command(bin, "-p", dir+"/", "-c", filepath.Join(dir, "nginx.conf"), "-g", global)
	s := &nginxServer{cmd: cmd, port: port, stderr: &bytes.Buffer{}, done: make(chan error, 1)}
	cmd.Stdout, cmd.Stderr = s.stderr, s.stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	go func() { s.done <- cmd.Wait() }()
	deadline := time.Now().Add(10 * time.Second)
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for {
		select {
		case err := <-s.done:
			return nil, fmt.Errorf("nginx exited: %s: %w", s.stderr.String(), err)
		default:
		}
		c, err := net.DialTimeout("tcp", addr, 200*time.Millisecond)
		if err == nil {
			_ = c.Close() // only probing readiness
			return s, nil
		}
		if time.Now().After(deadline) {
			_ = cmd.Process.Kill() // gave up on it; Wait reports the kill
			killed := <-s.done
			return nil, fmt.Errorf("nginx not listening on %s after 10s: %s: %w", addr, s.stderr.String(), killed)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stop ends this nginx (SIGTERM: fast shutdown) and logs its stderr when the
// test failed.
func (s *nginxServer) stop(t *testing.T) {
	t.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Logf("signal nginx: %v", err)
	}
	var err error
	select {
	case err = <-s.done:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill() // did not stop in time
		err = <-s.done
	}
	if err != nil {
		t.Logf("nginx exit: %v", err)
	}
	if t.Failed() && s.stderr.Len() > 0 {
		t.Logf("nginx stderr:\n%s", s.stderr.String())
	}
}
