package policy

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dlclark/regexp2"
)

// MatchTimeout bounds one regex match, so that a hostile or careless pattern
// (`(a+)+$`) cannot hang a scan: the backtracking engine gives up and Match
// reports ErrMatchTimeout. regexp2 checks its clock about every 100 ms, so a
// runaway match returns after roughly that long.
const MatchTimeout = 50 * time.Millisecond

// Errors Match wraps, so callers can tell a broken pattern (a tool notice) from
// one that is too slow to decide.
var (
	ErrBadPattern   = errors.New("invalid origin pattern")
	ErrMatchTimeout = errors.New("origin pattern match timed out")
)

// Match reports whether m accepts origin, with the semantics of the framework
// the matcher came from (dialect, match mode, case rule), already resolved into
// the Matcher by the parser. An error means the answer is unknown: the pattern
// does not compile in its dialect (ErrBadPattern) or the match timed out
// (ErrMatchTimeout); the bool is then false.
func (m Matcher) Match(origin string) (bool, error) {
	subject := origin
	if m.HostOnly && m.Kind != MatchNull && m.Kind != MatchAll {
		// Kong entries without ':' compare against the host only, whatever
		// the scheme or port (semantics.md 5.5); an origin without a host
		// (`null`) has nothing to compare.
		subject = HostOf(origin)
		if subject == "" {
			return false, nil
		}
	}
	switch m.Kind {
	case MatchExact:
		if m.IgnoreCase {
			return strings.EqualFold(subject, m.Value), nil
		}
		return subject == m.Value, nil
	case MatchRegex:
		return m.matchRegex(subject)
	case MatchGlob:
		return m.matchGlob(subject)
	case MatchNull:
		// Browsers send exactly `null` for opaque origins (semantics.md §1).
		return origin == "null", nil
	case MatchPrefix, MatchSuffix, MatchContains, MatchWithin:
		return m.matchString(subject), nil
	case MatchAll:
		return true, nil
	}
	return false, fmt.Errorf("matcher %q: unknown kind %d", m.Value, int(m.Kind))
}

// matchString is the Envoy/Istio StringMatcher family; ignore_case folds ASCII.
func (m Matcher) matchString(subject string) bool {
	value := m.Value
	if m.IgnoreCase {
		subject, value = strings.ToLower(subject), strings.ToLower(value)
	}
	switch m.Kind {
	case MatchPrefix:
		return strings.HasPrefix(subject, value)
	case MatchSuffix:
		return strings.HasSuffix(subject, value)
	case MatchWithin:
		return subject != "" && strings.Contains(value, subject)
	default:
		return strings.Contains(subject, value)
	}
}

// matchGlob compiles the glob to an RE2 expression (linear time, no timeout
// needed). A `*` is one or more DNS label characters, or any run of characters
// (possibly empty, as Spring's `.*` and S3's `*`) with GlobCrossesDots. Scheme
// and host compare case-insensitively: browsers send them in lower case, so
// this only matters for a glob written in upper case, which CORS011 reports
// from the text.
func (m Matcher) matchGlob(subject string) (bool, error) {
	star := `[A-Za-z0-9-]+`
	if m.GlobCrossesDots {
		star = `.*`
	}
	parts := strings.Split(m.Value, "*")
	for i, part := range parts {
		parts[i] = regexp.QuoteMeta(part)
	}
	re, err := regexp.Compile(`(?is)\A` + strings.Join(parts, star) + `\z`)
	if err != nil {
		return false, fmt.Errorf("glob %q: %w: %w", m.Value, ErrBadPattern, err)
	}
	return re.MatchString(subject), nil
}

// matchRegex runs the pattern in its dialect and mode.
func (m Matcher) matchRegex(subject string) (bool, error) {
	re, err := compileRegex(m)
	if err != nil {
		return false, err
	}
	ok, err := re.MatchString(subject)
	if err != nil {
		return false, fmt.Errorf("origin pattern %q: %w: %w", m.Value, ErrMatchTimeout, err)
	}
	return ok, nil
}

// compileRegex builds the regexp2 program for a regex matcher: dialect
// options, the match mode as explicit anchors, IgnoreCase, and MatchTimeout.
func compileRegex(m Matcher) (*regexp2.Regexp, error) {
	pattern, opts := m.Value, regexp2.None
	switch m.Dialect {
	case DialectECMAScript:
		var flags regexp2.RegexOptions
		pattern, flags = splitJSLiteral(pattern)
		opts |= regexp2.ECMAScript | flags
	case DialectRE2:
		opts |= regexp2.RE2
	case DialectPython, DialectPCRE:
		// regexp2's default mode is .NET's, which spells named groups
		// (?<n>…) and \k<n>; Python and PCRE also accept (?P<n>…) and
		// (?P=n).
		pattern = translateNamedGroups(pattern)
	case DialectJava:
		// Java's syntax is close enough to .NET's for origin patterns;
		// possessive quantifiers (a++) are not supported and fail to compile.
	default:
		return nil, fmt.Errorf("origin pattern %q: %w: unknown dialect %d", m.Value, ErrBadPattern, int(m.Dialect))
	}
	if m.IgnoreCase {
		opts |= regexp2.IgnoreCase
	}
	wrapped, err := anchor(pattern, m.Mode, "")
	if err != nil {
		return nil, fmt.Errorf("origin pattern %q: %w", m.Value, err)
	}
	re, err := regexp2.Compile(wrapped, opts)
	if err != nil && wrapped != pattern {
		// Tell a broken pattern from one our wrapping broke: a verbose-mode
		// `# comment` runs to the end of the line and swallows the closing
		// parenthesis, so end the user's text with a newline (blank in
		// verbose mode) and try again.
		if _, bareErr := regexp2.Compile(pattern, opts); bareErr != nil {
			err = bareErr
		} else {
			wrapped, _ = anchor(pattern, m.Mode, "\n")
			re, err = regexp2.Compile(wrapped, opts)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("origin pattern %q (%s): %w: %w", m.Value, m.Dialect, ErrBadPattern, err)
	}
	re.MatchTimeout = MatchTimeout
	return re, nil
}

// anchor makes the match mode explicit. The pattern goes inside a
// non-capturing group, so a top-level `|` stays inside the anchors, group
// numbers are unchanged, and inline flags such as `(?i)` keep their scope. \A
// and \z (absolute start and end, never before a final newline) are understood
// by regexp2 in every dialect mode, ECMAScript included.
func anchor(pattern string, mode MatchMode, tail string) (string, error) {
	switch mode {
	case ModeSearch:
		return pattern, nil
	case ModePrefix:
		return `\A(?:` + pattern + tail + `)`, nil
	case ModeFull:
		return `\A(?:` + pattern + tail + `)\z`, nil
	case ModeSuffix:
		return `(?:` + pattern + tail + `)\z`, nil
	}
	return "", fmt.Errorf("unknown match mode %d", int(mode))
}

// splitJSLiteral accepts a JavaScript regex literal (`/example\.com$/i`) as
// well as a bare source, and turns the flags that change matching into regexp2
// options: i, m, s, and u/v (\u{…} escapes). g and y make a RegExp stateful
// across calls; that is a parse-time concern (semantics.md 3.1), so they are
// ignored here, as is d.
func splitJSLiteral(pattern string) (string, regexp2.RegexOptions) {
	last := strings.LastIndexByte(pattern, '/')
	if len(pattern) < 2 || pattern[0] != '/' || last == 0 {
		return pattern, regexp2.None
	}
	// An escaped slash (`\/`) does not close the literal.
	escapes := 0
	for i := last - 1; i > 0 && pattern[i] == '\\'; i-- {
		escapes++
	}
	if escapes%2 == 1 {
		return pattern, regexp2.None
	}
	flags := pattern[last+1:]
	if strings.Trim(flags, "dgimsuyv") != "" {
		return pattern, regexp2.None
	}
	var opts regexp2.RegexOptions
	for _, f := range flags {
		switch f {
		case 'i':
			opts |= regexp2.IgnoreCase
		case 'm':
			opts |= regexp2.Multiline
		case 's':
			opts |= regexp2.Singleline
		case 'u', 'v':
			opts |= regexp2.Unicode
		}
	}
	return pattern[1:last], opts
}

// translateNamedGroups rewrites Python/PCRE named groups into the .NET
// spelling regexp2 reads: (?P<name>…) → (?<name>…), (?P=name) → \k<name>.
// Escapes and character classes are copied untouched.
func translateNamedGroups(p string) string {
	if !strings.Contains(p, "(?P") {
		return p
	}
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			b.WriteString(p[i : i+2])
			i++
			continue
		case inClass:
			if c == ']' {
				inClass = false
			}
		case c == '[':
			inClass = true
			// A ']' right after '[' or '[^' is a literal member.
			b.WriteByte(c)
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' {
				b.WriteByte(']')
				i++
			}
			continue
		case strings.HasPrefix(p[i:], "(?P<"):
			b.WriteString("(?<")
			i += len("(?P<") - 1
			continue
		case strings.HasPrefix(p[i:], "(?P="):
			if end := strings.IndexByte(p[i:], ')'); end > 0 {
				b.WriteString(`\k<` + p[i+len("(?P="):i+end] + ">")
				i += end
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}
