package express

import (
	"bytes"
	"path"
	"strconv"
	"strings"
)

// socketIOLegacy reports whether the nearest package.json above file that
// declares socket.io allows only releases before 3.0: socket.io 2 allows
// every origin by default, 3+ sends no CORS headers without `cors`
// (semantics.md §3.3). Files that do not mention socket.io are not looked
// at; an unknown range counts as current.
func socketIOLegacy(file string, src []byte, read func(string) ([]byte, error)) bool {
	if read == nil || !bytes.Contains(src, []byte("socket.io")) {
		return false
	}
	dir := path.Dir(file)
	for range maxPackageLevels {
		if v, ok := declaredVersion(read, path.Join(dir, "package.json"), []string{"socket.io"}); ok {
			major, err := strconv.Atoi(strings.SplitN(v, ".", 2)[0])
			return err == nil && major < 3
		}
		if dir == "." || dir == "/" || dir == "" {
			return false
		}
		dir = path.Dir(dir)
	}
	return false
}
