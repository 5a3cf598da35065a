package nginx

import (
	"github.com/corslint/corslint/policy"
)

// parser builds the directive tree of one file from the lexer's tokens. Like
// the lexer it records errors and recovers: a stray `}` is skipped, a missing
// one is assumed at end of file, so one typo does not hide a whole file.
type parser struct {
	lx   *lexer
	file string
	errs []syntaxError
}

// parseTree parses one file's bytes.
func parseTree(file string, data []byte) ([]*directive, []syntaxError) {
	p := &parser{lx: newLexer(detemplate(data)), file: file}
	dirs := p.block(0, policy.Pos{})
	return dirs, append(p.lx.errs, p.errs...)
}

func (p *parser) errorf(pos policy.Pos, msg string) {
	p.errs = append(p.errs, syntaxError{pos: pos, msg: msg})
}

func (p *parser) span(start, end policy.Pos) policy.Span {
	return policy.Span{File: p.file, Start: start, End: end}
}

// block reads directives until the `}` closing a block opened at open (depth
// > 0) or end of file (depth 0).
func (p *parser) block(depth int, open policy.Pos) (dirs []*directive) {
	var words []token
	flush := func(end policy.Pos, hasBlock bool) *directive {
		d := p.makeDirective(words, end, hasBlock)
		bad := false
		for _, w := range words {
			bad = bad || w.bad
		}
		words = nil
		if !bad {
			// A directive with an unterminated string swallowed the
			// rest of the file: not worth modelling.
			dirs = append(dirs, d)
		}
		return d
	}
	for {
		t := p.lx.next()
		switch t.kind {
		case tokWord:
			words = append(words, t)
		case tokSemi:
			if len(words) == 0 {
				p.errorf(t.start, `unexpected ";"`)
				continue
			}
			flush(t.end, false)
		case tokOpen:
			if len(words) == 0 {
				p.errorf(t.start, `unexpected "{"`)
				// Read and drop the anonymous block so its `}` does not
				// close the enclosing one.
				if depth < maxDepth {
					p.block(depth+1, t.start)
				}
				continue
			}
			d := flush(t.end, true)
			if isLuaBlock(d.name) {
				d.opaque = true
				if _, ok := p.lx.skipLua(); !ok {
					p.errorf(d.head.Start, "unexpected end of file in Lua block")
				}
				continue
			}
			if depth+1 >= maxDepth {
				p.errorf(t.start, "blocks nested too deeply; the rest of the file is skipped")
				p.lx.off = len(p.lx.data)
				return dirs
			}
			d.children = p.block(depth+1, d.head.Start)
		case tokClose:
			if len(words) > 0 {
				p.errorf(t.start, `unexpected "}": the directive before it lacks ";"`)
				flush(t.start, false)
			}
			if depth == 0 {
				p.errorf(t.start, `unexpected "}"`)
				continue
			}
			return dirs
		case tokEOF:
			if len(words) > 0 {
				p.errorf(words[0].start, `unexpected end of file, expecting ";" or "}"`)
				flush(t.start, false)
			}
			if depth > 0 {
				p.errorf(open, `unexpected end of file, expecting "}" for the block opened here`)
			}
			return dirs
		}
	}
}

func (p *parser) makeDirective(words []token, end policy.Pos, hasBlock bool) *directive {
	name := words[0]
	d := &directive{
		name:     name.text,
		nameSpan: p.span(name.start, name.end),
		head:     p.span(name.start, end),
		hasBlock: hasBlock,
	}
	if len(words) > 1 {
		d.args = make([]arg, 0, len(words)-1)
		for _, w := range words[1:] {
			d.args = append(d.args, arg{text: w.text, raw: w.raw, quoted: w.quoted, span: p.span(w.start, w.end)})
		}
	}
	return d
}
