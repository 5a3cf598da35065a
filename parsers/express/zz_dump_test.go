package express

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func dump(n *node, src []byte, ind int, sb *strings.Builder) {
	if !n.named { return }
	txt := ""
	if len(n.namedKids()) == 0 { txt = " " + string(src[n.start:n.end]) }
	fmt.Fprintf(sb, "%s%s:%s%s\n", strings.Repeat("  ", ind), n.field, n.typ, txt)
	for _, k := range n.kids { dump(k, src, ind+1, sb) }
}

func TestZZDump(t *testing.T) {
	f := os.Getenv("DUMP")
	if f == "" { t.Skip() }
	src, _ := os.ReadFile(f)
	root, notes, err := parseSource(f, src)
	if err != nil { t.Fatal(err) }
	var sb strings.Builder
	dump(root, src, 0, &sb)
	fmt.Println(sb.String(), notes)
}
