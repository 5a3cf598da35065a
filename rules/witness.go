package rules

import (
	"net/netip"
	"regexp"
	"strings"

	"github.com/corslint/corslint/policy"
	"golang.org/x/net/publicsuffix"
)

// Witnesses (rules.md, "Witnesses"): attacker origins built from the origins a
// policy trusts, classified by what an attacker can do with them, then put to
// the policy through policy.Evaluate and the browser check. A witness is only
// evidence when the evaluator says a browser would let it read the answer.

// Class is what an attacker can do with a candidate origin.
type Class int

const (
	// ClassTrusted: a trusted origin, the same host on another port, or a
	// sibling inside a trusted registrable domain. Never a finding.
	ClassTrusted Class = iota
	// ClassUnownable: nobody can register it (an unknown top-level label such
	// as `https://attackernull`, or a public IP nobody named).
	ClassUnownable
	// ClassOwnable: `null`, or a host whose registrable domain is outside the
	// trusted ones and under a public suffix anyone can register under.
	ClassOwnable
	// ClassInsecure: a plain-http origin of a trusted, non-local host; a
	// network attacker can act as it (CORS005).
	ClassInsecure
	// ClassSubdomain: a subdomain of a trusted host (CORS006).
	ClassSubdomain
	// ClassLocal: localhost, loopback, private or link-local addresses and
	// `file://` (CORS007).
	ClassLocal
)

func (c Class) String() string {
	switch c {
	case ClassTrusted:
		return "trusted"
	case ClassUnownable:
		return "unownable"
	case ClassOwnable:
		return "attacker-ownable"
	case ClassInsecure:
		return "insecure-scheme"
	case ClassSubdomain:
		return "subdomain"
	case ClassLocal:
		return "local"
	}
	return "invalid"
}

// CandidateKind says how a candidate was built.
type CandidateKind string

// Candidate kinds, in the order witnesses are preferred.
const (
	KindUnrelated    CandidateKind = "unrelated"     // https://attacker.example
	KindSuffix       CandidateKind = "suffix"        // https://<host>.attacker.example, https://x.<host>.attacker.example
	KindPrefix       CandidateKind = "prefix"        // https://attacker<host>
	KindPrefixDash   CandidateKind = "prefix-dash"   // https://attacker-<host>
	KindUnescapedDot CandidateKind = "unescaped-dot" // a dot of <host> replaced by a letter
	KindSpecial      CandidateKind = "special-char"  // https://<host>_.attacker.example
	KindTruncated    CandidateKind = "truncated"     // https://app.example.co from app.example.com
	KindNull         CandidateKind = "null"
	KindDowngrade    CandidateKind = "downgrade"  // http://<host>
	KindConfigured   CandidateKind = "configured" // the trusted origin itself
	KindLocal        CandidateKind = "local"      // http://localhost:3000, file://
	KindSubdomain    CandidateKind = "subdomain"  // https://attacker.<host>
	KindPort         CandidateKind = "port"       // https://<host>:8443
)

// candidateKinds is the preference order of candidates, kind first.
var candidateKinds = [...]CandidateKind{
	KindUnrelated, KindSuffix, KindPrefix, KindPrefixDash, KindUnescapedDot, KindSpecial, KindTruncated,
	KindNull, KindDowngrade, KindConfigured, KindLocal, KindSubdomain, KindPort,
}

const (
	attackerDomain = "attacker.example"
	unrelatedOrig  = "https://" + attackerDomain
	// maxCandidates bounds the work for policies with huge allow-lists.
	maxCandidates = 600
)

// specialHostChars are characters browsers keep in a host that sloppy
// patterns treat as a boundary (semantics.md 1, "Host characters").
const specialHostChars = "`_}!~"

// localOrigins are fixed local candidates: patterns such as
// `^http://localhost:\d+$` only accept an origin with some port.
var localOrigins = [...]string{
	"http://localhost", "http://localhost:3000", "http://localhost:4200", "http://localhost:5173",
	"http://localhost:8080", "https://localhost", "http://127.0.0.1", "http://127.0.0.1:3000",
	"http://127.0.0.1:8080", "http://[::1]", "http://[::1]:3000", "http://10.0.0.1",
	"http://172.16.0.1", "http://192.168.0.1", "http://192.168.1.1", "file://",
}

// Candidate is one origin to put to a policy.
type Candidate struct {
	Origin string
	Kind   CandidateKind
	Class  Class
	// From is the trusted origin the candidate was built from ("" for the
	// fixed ones).
	From string
}

// Witness is a candidate the policy accepts.
type Witness struct {
	Candidate
	// ACAO is the Access-Control-Allow-Origin the policy sent (fields joined).
	ACAO string
	// Readable: a request without credentials can read the answer.
	Readable bool
	// Credentialed: a request with credentials (cookies) can read it.
	Credentialed bool
	// Pair: the answer to a credentialed request is the literal `*` with
	// Access-Control-Allow-Credentials: true (rejected by browsers, still
	// CORS001 per rules.md).
	Pair bool
}

// trust is what a policy trusts: origins to build candidates from, their
// hosts, and their registrable domains.
type trust struct {
	origins []string
	hosts   map[string]bool
	domains map[string]bool
	// configured are the origins of ctx.TrustedDomains.
	configured []string
}

// hostToken finds host names in the literal text of a pattern.
var hostToken = regexp.MustCompile(`(?i)[a-z0-9_-]+(?:\.[a-z0-9_-]+)+(?::[0-9]+)?`)

// localhostToken finds `localhost` with an optional port.
var localhostToken = regexp.MustCompile(`(?i)\blocalhost\b(?::[0-9]+)?`)

// trustOf collects the trusted origins of p and ctx.TrustedDomains.
func trustOf(ctx *Context, p *policy.Policy) trust {
	t := trust{hosts: map[string]bool{}, domains: map[string]bool{}}
	add := func(origin string) {
		c, ok := canonicalOrigin(origin)
		if !ok || c == "null" || c == "file://" {
			return
		}
		s := schemeOf(c)
		if s != "http" && s != "https" {
			return
		}
		for _, o := range t.origins {
			if o == c {
				return
			}
		}
		t.origins = append(t.origins, c)
		h := hostOf(c)
		t.hosts[h] = true
		if rd, ok := registrable(h); ok {
			t.domains[rd] = true
		}
	}
	o := p.Origins
	switch o.Kind {
	case policy.OriginStatic:
		for _, v := range strings.FieldsFunc(o.Value, func(r rune) bool { return r == ',' || r == ' ' }) {
			add(v)
		}
	case policy.OriginList:
		for _, m := range o.Matchers {
			for _, origin := range matcherOrigins(m) {
				add(origin)
			}
		}
	}
	if ctx != nil {
		for _, d := range ctx.TrustedDomains {
			d = strings.ToLower(strings.TrimSpace(d))
			if d == "" {
				continue
			}
			if !strings.Contains(d, "://") {
				d = "https://" + d
			}
			add(d)
			if c, ok := canonicalOrigin(d); ok {
				t.configured = append(t.configured, c)
			}
			if h := hostOf(d); h != "" {
				t.domains[h] = true
			}
		}
	}
	return t
}

// matcherOrigins recovers the origins a matcher was written to trust.
func matcherOrigins(m policy.Matcher) []string {
	switch m.Kind {
	case policy.MatchExact:
		if m.HostOnly {
			return []string{"https://" + m.Value}
		}
		return []string{m.Value}
	case policy.MatchRegex:
		var out []string
		for _, alt := range regexAlternatives(m.Value) {
			out = append(out, literalOrigins(regexLiterals(alt))...)
		}
		return out
	case policy.MatchGlob, policy.MatchPrefix, policy.MatchSuffix, policy.MatchContains, policy.MatchWithin:
		return literalOrigins(strings.ReplaceAll(m.Value, "*", " "))
	}
	return nil
}

// regexLiterals keeps the literal text of a regular expression: escaped
// punctuation becomes itself, classes, groups and quantifiers become spaces.
// An unescaped dot stays a dot unless it is quantified: in `api.example.com`
// the author meant a dot (that mistake is what the witnesses probe).
func regexLiterals(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			i++
			if strings.IndexByte("./-:", s[i]) >= 0 {
				b.WriteByte(s[i])
			} else {
				b.WriteByte(' ')
			}
		case c == '[':
			end := skipClass(s, i)
			// A one-character class is that character, the other common way
			// to escape a dot: `example[.]com` (`[\.]` too).
			if lit, ok := singleCharClass(s[min(i+1, end):end]); ok && strings.IndexByte("./-:", lit) >= 0 &&
				(end+1 >= len(s) || strings.IndexByte("*+?{", s[end+1]) < 0) {
				b.WriteByte(lit)
			} else {
				b.WriteByte(' ')
			}
			i = end
		case c == '{':
			if j := strings.IndexByte(s[i:], '}'); j >= 0 {
				i += j
			}
			b.WriteByte(' ')
		case c == '.' && i+1 < len(s) && strings.IndexByte("*+?{", s[i+1]) >= 0:
			b.WriteByte(' ')
		case strings.IndexByte("()|^$*+?", c) >= 0:
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// singleCharClass returns the one character a class body such as `.` or
// `\.` stands for.
func singleCharClass(body string) (byte, bool) {
	switch {
	case len(body) == 1 && body != "^" && body != "\\":
		return body[0], true
	case len(body) == 2 && body[0] == '\\':
		return body[1], true
	}
	return 0, false
}

// skipClass returns the index of the `]` closing the class opened at s[i].
func skipClass(s string, i int) int {
	j := i + 1
	if j < len(s) && s[j] == '^' {
		j++
	}
	if j < len(s) && s[j] == ']' {
		j++
	}
	for ; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case ']':
			return j
		}
	}
	return len(s) - 1
}

// literalOrigins turns host names found in literal text into origins, with
// the scheme the text names (https unless only http appears).
func literalOrigins(text string) []string {
	lower := strings.ToLower(text)
	scheme := "https"
	if strings.Contains(lower, "http") && !strings.Contains(lower, "https") {
		scheme = "http"
	}
	var out []string
	for _, tok := range hostToken.FindAllString(lower, -1) {
		host, port, _ := strings.Cut(tok, ":")
		if !plausibleHost(host) {
			continue
		}
		o := scheme + "://" + host
		if port != "" {
			o += ":" + port
		}
		out = append(out, o)
	}
	for _, tok := range localhostToken.FindAllString(lower, -1) {
		out = append(out, "http://"+tok)
	}
	return out
}

// plausibleHost keeps IPv4 addresses and names whose last label looks like a
// top-level domain (letters, two or more).
func plausibleHost(h string) bool {
	if a, err := netip.ParseAddr(h); err == nil {
		return a.Is4()
	}
	last := h[strings.LastIndexByte(h, '.')+1:]
	if len(last) < 2 {
		return false
	}
	for _, r := range last {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// registrable returns the registrable domain (eTLD+1) of host, or false when
// nobody can register it: an IP address, a public suffix itself, or a name
// under a top-level label the Public Suffix List does not know
// (`attackernull`). The reserved `example` TLD stands in for a real one, since
// witnesses are written under `attacker.example`.
func registrable(host string) (string, bool) {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if host == "" || strings.HasPrefix(host, ".") || strings.Contains(host, "..") {
		return "", false
	}
	if _, err := netip.ParseAddr(host); err == nil {
		return "", false
	}
	suffix, icann := publicsuffix.PublicSuffix(host)
	if !icann && !strings.Contains(suffix, ".") && suffix != "example" {
		return "", false
	}
	rd, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return "", false
	}
	return rd, true
}

// classify says what an attacker can do with origin, given what is trusted.
func (t trust) classify(origin string) Class {
	if origin == "null" {
		return ClassOwnable
	}
	scheme := schemeOf(origin)
	if scheme == "file" {
		return ClassLocal
	}
	if scheme != "http" && scheme != "https" {
		return ClassUnownable
	}
	host := hostOf(origin)
	if host == "" {
		return ClassUnownable
	}
	if isLocalHost(host) {
		return ClassLocal
	}
	rd, ok := registrable(host)
	if ok && !t.domains[rd] && !t.hosts[host] {
		return ClassOwnable
	}
	under := t.underTrustedHost(host)
	if !ok && !t.hosts[host] && !under {
		return ClassUnownable
	}
	switch {
	case scheme == "http":
		return ClassInsecure
	case t.hosts[host]:
		return ClassTrusted
	case under:
		return ClassSubdomain
	}
	return ClassTrusted
}

func (t trust) underTrustedHost(host string) bool {
	for h := range t.hosts {
		if strings.HasSuffix(host, "."+h) {
			return true
		}
	}
	return false
}

// Candidates builds the attacker candidates for p, in preference order
// (rules.md, "Witnesses"), deduplicated and classified.
func Candidates(ctx *Context, p *policy.Policy) []Candidate {
	t := trustOf(ctx, p)
	return t.build(t.origins, true)
}

// build makes the candidates derived from bases, plus the fixed ones
// (unrelated, `null`, local), in preference order. plainSub adds plain-http
// subdomains, for entries that name the http scheme.
func (t trust) build(bases []string, plainSub bool) []Candidate {
	byKind := map[CandidateKind][]Candidate{}
	seen := map[string]bool{}
	put := func(kind CandidateKind, origin, from string) {
		if seen[origin] {
			return
		}
		seen[origin] = true
		byKind[kind] = append(byKind[kind], Candidate{Origin: origin, Kind: kind, Class: t.classify(origin), From: from})
	}
	put(KindUnrelated, unrelatedOrig, "")
	for _, from := range bases {
		scheme, rawHost, port, ok := policy.ParseOrigin(from)
		if !ok {
			continue
		}
		host := hostOf(from)
		withPort := func(h string) string {
			if port != "" {
				return h + ":" + port
			}
			return h
		}
		if strings.HasPrefix(rawHost, "[") {
			// IPv6 literals only get the candidates that keep them intact.
			put(KindConfigured, from, from)
			continue
		}
		put(KindSuffix, scheme+"://"+host+"."+attackerDomain, from)
		// A pattern that wants a label in front of the trusted host
		// (`https?://.*\.example\.com` unanchored) rejects the plain
		// suffix candidate but takes a subdomain of it.
		put(KindSuffix, scheme+"://x."+host+"."+attackerDomain, from)
		put(KindPrefix, scheme+"://attacker"+withPort(host), from)
		// A pattern with one free character in front of the host (a glob
		// written into a regex, `https://*.example.com` = `https:/` `/*`
		// `.`, or `https://.?example\.com`) takes exactly one letter.
		put(KindPrefix, scheme+"://x"+withPort(host), from)
		put(KindPrefixDash, scheme+"://attacker-"+withPort(host), from)
		for i := 0; i < len(host); i++ {
			if host[i] == '.' {
				put(KindUnescapedDot, scheme+"://"+withPort(host[:i]+"x"+host[i+1:]), from)
			}
		}
		for _, c := range specialHostChars {
			put(KindSpecial, scheme+"://"+host+string(c)+"."+attackerDomain, from)
		}
		// The host cut short inside its top-level label, which a test for
		// "part of the allowed text" takes: app.example.com -> app.example.co.
		if dot := strings.LastIndexByte(host, '.'); dot > 0 {
			for i := len(host) - 1; i >= dot+3; i-- {
				put(KindTruncated, scheme+"://"+host[:i], from)
			}
		}
		if scheme == "https" {
			put(KindDowngrade, "http://"+withPort(host), from)
			if plainSub {
				// `^https?://.*\.example\.com$` takes plain-http
				// subdomains only: still origins a network attacker
				// can act as.
				put(KindDowngrade, "http://attacker."+withPort(host), from)
			}
		}
		put(KindConfigured, from, from)
		put(KindSubdomain, scheme+"://attacker."+withPort(host), from)
		if port != "8443" {
			put(KindPort, scheme+"://"+host+":8443", from)
		}
	}
	put(KindNull, "null", "")
	for _, o := range localOrigins {
		put(KindLocal, o, "")
	}
	var out []Candidate
	for _, k := range candidateKinds {
		out = append(out, byKind[k]...)
	}
	if len(out) > maxCandidates {
		out = out[:maxCandidates]
	}
	return out
}

// matcherCandidates are the candidates worth putting to one allow-list
// entry: an exact entry can only accept its own value, `null` and allow-all
// entries need one candidate each, and a pattern is probed with mutations of
// the hosts written in it and of the configured trusted domains. Building
// them per entry keeps large allow-lists cheap: every pattern is not run
// against every other entry's mutations.
func (t trust) matcherCandidates(m *policy.Matcher) []Candidate {
	one := func(origin string, kind CandidateKind) []Candidate {
		return []Candidate{{Origin: origin, Kind: kind, Class: t.classify(origin), From: origin}}
	}
	switch m.Kind {
	case policy.MatchNull:
		return one("null", KindNull)
	case policy.MatchAll:
		return one(unrelatedOrig, KindUnrelated)
	case policy.MatchExact:
		if m.HostOnly {
			break
		}
		if m.Value == "null" {
			return one("null", KindNull)
		}
		c, ok := canonicalOrigin(m.Value)
		if !ok {
			return nil
		}
		return one(c, KindConfigured)
	}
	var bases []string
	for _, o := range matcherOrigins(*m) {
		if c, ok := canonicalOrigin(o); ok {
			bases = append(bases, c)
		}
	}
	// A host-only entry (Kong, an entry without `:`, semantics.md 5.5)
	// accepts every scheme, so its plain-http subdomains are in as well.
	out := t.build(append(bases, t.configured...), m.HostOnly || namesPlainHTTP(m.Value))
	// A prefix test accepts whatever follows it, also when the prefix stops
	// inside a host name (`https://shop-preview-`, Envoy/Istio `prefix`,
	// semantics.md 5.2): the entry completed with an attacker's domain is a
	// witness the trusted-origin mutations above never build.
	if m.Kind == policy.MatchPrefix {
		if c, ok := canonicalOrigin(m.Value + attackerDomain); ok {
			out = append(out, Candidate{Origin: c, Kind: KindSuffix, Class: t.classify(c), From: m.Value})
		}
	}
	// A substring test naming no host (`origin.includes('acme-widgets')`)
	// gives the mutations above nothing to start from, yet any origin
	// holding the text passes: the text as a label of an attacker's domain
	// is the witness.
	if m.Kind == policy.MatchContains && len(bases) == 0 {
		if c, ok := containsCandidate(m.Value); ok {
			out = append(out, Candidate{Origin: c, Kind: KindSuffix, Class: t.classify(c), From: m.Value})
		}
	}
	if m.Kind == policy.MatchRegex || m.Kind == policy.MatchGlob {
		out = append(out, t.fillCandidates(m, out)...)
	}
	return out
}

// containsCandidate builds an origin that holds v: v followed by the
// attacker's domain, with https:// in front when v names no scheme.
func containsCandidate(v string) (string, bool) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return "", false
	}
	if !strings.Contains(v, "://") {
		v = "https://" + strings.TrimLeft(v, ".")
	}
	// After a dot or hyphen the attacker's domain continues the label
	// (`partners-attacker.example`); a hyphen before a dot is no valid host.
	if !strings.HasSuffix(v, ".") && !strings.HasSuffix(v, "-") {
		v += "."
	}
	return canonicalOrigin(v + attackerDomain)
}

// namesPlainHTTP reports whether an entry spells out the http scheme
// (`http://`, `https?`, `(http|https)`). An entry naming no scheme (a
// hostname mask, a suffix test) is judged on its subdomains alone.
func namesPlainHTTP(v string) bool {
	v = strings.ToLower(v)
	for i := strings.Index(v, "http"); i >= 0; {
		rest := v[i+4:]
		if !strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "s?") {
			return true
		}
		j := strings.Index(rest, "http")
		if j < 0 {
			break
		}
		i += 4 + j
	}
	return false
}

// Witnesses puts every interesting candidate to p and returns those a
// browser would let read the answer (with or without credentials), or that
// get the `*` + credentials pair, in candidate order.
func Witnesses(ctx *Context, p *policy.Policy) []Witness {
	var out []Witness
	for _, c := range Candidates(ctx, p) {
		if c.Class == ClassTrusted || c.Class == ClassUnownable {
			continue
		}
		if w, ok := probe(p, c); ok {
			out = append(out, w)
		}
	}
	return out
}

// BestWitness is the first accepted candidate of class c.
func BestWitness(ctx *Context, p *policy.Policy, c Class) (Witness, bool) {
	for _, w := range Witnesses(ctx, p) {
		if w.Class == c {
			return w, true
		}
	}
	return Witness{}, false
}

// probe asks the policy about one candidate, as a simple GET with and
// without credentials. A block that only answers preflights is asked with a
// preflight for that GET. The credentialed request is only worth asking
// when the policy sends `true` and answered the plain one: acceptance of an
// origin never depends on credentials, only what is emitted does.
func probe(p *policy.Policy, c Candidate) (Witness, bool) {
	pre := p.PreflightOnly
	plain := policy.Request{Origin: c.Origin, Method: "GET", Preflight: pre}
	resp := policy.Evaluate(p, plain)
	if resp.Unknown {
		return Witness{}, false
	}
	w := Witness{
		Candidate: c,
		ACAO:      strings.Join(resp.Get("Access-Control-Allow-Origin"), ", "),
		Readable:  policy.Check(plain, resp).OK,
	}
	if w.ACAO != "" && p.Credentials.Allowed() {
		cred := policy.Request{Origin: c.Origin, Method: "GET", Credentials: true, Preflight: pre}
		cresp := policy.Evaluate(p, cred)
		cacao := strings.Join(cresp.Get("Access-Control-Allow-Origin"), ", ")
		w.Credentialed = !cresp.Unknown && policy.Check(cred, cresp).OK
		w.Pair = cacao == "*" && strings.Join(cresp.Get("Access-Control-Allow-Credentials"), ", ") == "true"
		if w.Credentialed || w.Pair {
			w.ACAO = cacao
		}
	}
	return w, w.Readable || w.Credentialed || w.Pair
}
