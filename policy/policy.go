// Package policy holds corslint's one model of a CORS policy, whatever framework
// or format it came from, and the two functions that give it meaning: Evaluate
// (what a policy answers to a request) and Check (whether a browser lets the page
// read that answer). It does no I/O and knows no framework by name: parsers resolve
// framework quirks into these shapes at parse time (design.md, "The model").
package policy

// Pos is a 1-based position; Col counts UTF-8 bytes from the start of the line.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"column"`
}

// Span locates a construct in a file. File is the path relative to the scan root,
// with forward slashes. End.Col is the column just after the last byte, so a span
// of one byte at column 5 ends at column 6.
type Span struct {
	File  string `json:"file"`
	Start Pos    `json:"start"`
	End   Pos    `json:"end"`
}

// IsZero reports whether the span points nowhere (the value was not written).
func (s Span) IsZero() bool { return s.Start.Line == 0 }

// OriginKind is the closed set of ways a policy decides Access-Control-Allow-Origin.
type OriginKind int

const (
	// OriginNone: no Access-Control-Allow-Origin is ever sent (CORS off, or an
	// empty value, which nginx drops).
	OriginNone OriginKind = iota
	// OriginAny: every origin is accepted because the user wrote "all origins"
	// (`*`, or the framework default that means it). What is sent is Emit: the
	// literal `*`, or the request origin (flask-cors, Kong with credentials...).
	OriginAny
	// OriginEchoAny: the request origin is copied back with no check, because the
	// user wrote reflection (`origin: true`, `$http_origin`, echo code).
	OriginEchoAny
	// OriginList: the origin is checked against Matchers; on a match Emit decides
	// what is sent, otherwise nothing.
	OriginList
	// OriginStatic: Value is sent to every request, whatever its origin.
	OriginStatic
	// OriginUnknown: code or a value corslint cannot evaluate (Note says why).
	OriginUnknown
)

func (k OriginKind) String() string {
	switch k {
	case OriginNone:
		return "none"
	case OriginAny:
		return "any"
	case OriginEchoAny:
		return "echo-any"
	case OriginList:
		return "list"
	case OriginStatic:
		return "static"
	case OriginUnknown:
		return "unknown"
	}
	return "invalid"
}

// EmitKind says what Access-Control-Allow-Origin holds when an origin is accepted.
type EmitKind int

const (
	// EmitOrigin: the request's own Origin value is sent back.
	EmitOrigin EmitKind = iota
	// EmitWildcard: the literal `*` is sent.
	EmitWildcard
	// EmitOriginIfCredentialed: the request origin when the request carries
	// credentials (cookies) or is a preflight, `*` otherwise (Starlette with
	// allow_origins=['*'] and allow_credentials=True; semantics.md 4.2).
	EmitOriginIfCredentialed
)

func (e EmitKind) String() string {
	switch e {
	case EmitOrigin:
		return "origin"
	case EmitWildcard:
		return "wildcard"
	case EmitOriginIfCredentialed:
		return "origin-if-credentialed"
	}
	return "invalid"
}

// MatcherKind is how one allow-list entry compares against a request origin.
type MatcherKind int

const (
	// MatchExact compares the whole origin with Value (IgnoreCase for
	// case-insensitive frameworks).
	MatchExact MatcherKind = iota
	// MatchRegex runs Value as a regular expression in Dialect with Mode.
	MatchRegex
	// MatchGlob is a host glob such as `https://*.example.com`: each `*` stands
	// for one or more DNS label characters ([A-Za-z0-9-]), never a dot, unless
	// GlobCrossesDots is set.
	MatchGlob
	// MatchNull accepts the opaque origin `null`.
	MatchNull
	// MatchPrefix, MatchSuffix and MatchContains are string tests (Envoy/Istio
	// matchers, or code such as `origin.endsWith(...)` / `includes(...)`).
	MatchPrefix
	MatchSuffix
	MatchContains
	// MatchAll accepts every origin (`true` in an Express origin array, Envoy
	// `exact: "*"`).
	MatchAll
	// MatchWithin accepts an origin that is a substring of Value: code that
	// looks the origin up in one string holding the allowed origins
	// (`ALLOWED.includes(origin)` or `indexOf` on a string rather than a
	// list). It lets in every origin cut short (`https://app.example.co`).
	// Appended for the JS/TS parser's string membership tests.
	MatchWithin
)

func (k MatcherKind) String() string {
	switch k {
	case MatchExact:
		return "exact"
	case MatchRegex:
		return "regex"
	case MatchGlob:
		return "glob"
	case MatchNull:
		return "null"
	case MatchPrefix:
		return "prefix"
	case MatchSuffix:
		return "suffix"
	case MatchContains:
		return "contains"
	case MatchAll:
		return "all"
	case MatchWithin:
		return "within"
	}
	return "invalid"
}

// Dialect is the regular-expression language an origin pattern is written in.
type Dialect int

const (
	DialectECMAScript Dialect = iota // JavaScript RegExp
	DialectPython                    // Python re
	DialectPCRE                      // nginx, Kong
	DialectRE2                       // Go regexp, Envoy/Istio safe_regex
	DialectJava                      // java.util.regex
)

func (d Dialect) String() string {
	switch d {
	case DialectECMAScript:
		return "ecmascript"
	case DialectPython:
		return "python"
	case DialectPCRE:
		return "pcre"
	case DialectRE2:
		return "re2"
	case DialectJava:
		return "java"
	}
	return "invalid"
}

// MatchMode is how much of the origin a regex must cover (semantics.md, terms).
type MatchMode int

const (
	// ModeSearch: a match anywhere (JS test, nginx ~, Go regexp MatchString).
	ModeSearch MatchMode = iota
	// ModePrefix: anchored at the start only (Python re.match).
	ModePrefix
	// ModeFull: the whole origin (Python fullmatch, RE2 in Envoy, Java matches).
	ModeFull
	// ModeSuffix: anchored at the end only (ingress-nginx's generated regex).
	ModeSuffix
)

func (m MatchMode) String() string {
	switch m {
	case ModeSearch:
		return "search"
	case ModePrefix:
		return "prefix-match"
	case ModeFull:
		return "fullmatch"
	case ModeSuffix:
		return "end-anchored"
	}
	return "invalid"
}

// Matcher is one entry of an origin allow-list.
type Matcher struct {
	Kind  MatcherKind `json:"kind"`
	Value string      `json:"value"` // the entry as written (pattern, origin, glob)
	// Dialect and Mode apply to MatchRegex.
	Dialect    Dialect   `json:"dialect"`
	Mode       MatchMode `json:"mode"`
	IgnoreCase bool      `json:"ignoreCase,omitempty"`
	// HostOnly compares against the host of the origin only, any scheme or port
	// (Kong entries without `:`).
	HostOnly bool `json:"hostOnly,omitempty"`
	// GlobCrossesDots makes `*` in a MatchGlob match any characters, dots
	// included (Spring allowedOriginPatterns, S3).
	GlobCrossesDots bool `json:"globCrossesDots,omitempty"`
	// Dev marks an entry that only applies in development: the fallback of an
	// environment lookup, or a branch guarded by a development check.
	Dev bool `json:"dev,omitempty"`
	// EnvFallback names the environment variable whose default this entry is.
	EnvFallback string `json:"envFallback,omitempty"`
	Span        Span   `json:"span"`
}

// Origins is how a policy decides Access-Control-Allow-Origin.
type Origins struct {
	Kind     OriginKind `json:"kind"`
	Matchers []Matcher  `json:"matchers,omitempty"`
	Emit     EmitKind   `json:"emit"`
	// Value is what OriginStatic sends, as sent (a comma list stays a list).
	Value string `json:"value,omitempty"`
	// ExtraFields are further Access-Control-Allow-Origin fields sent on the
	// same response (two nginx add_header lines, an upstream value plus one
	// added): each is a value as sent ("" with Echo for the request origin).
	ExtraFields []Field `json:"extraFields,omitempty"`
	// Default is set when the shape comes from a framework default rather than
	// something the user wrote; DefaultNote says which default, for messages.
	Default     bool   `json:"default,omitempty"`
	DefaultNote string `json:"defaultNote,omitempty"`
	// EnvFallback names the environment variable whose unset-default this is.
	EnvFallback string `json:"envFallback,omitempty"`
	// Note says why an OriginUnknown could not be evaluated.
	Note string `json:"note,omitempty"`
	// Replaced says why the framework sends something other than the value
	// the user wrote (ingress-nginx turns a cors-allow-origin that fails its
	// validator into `*`). Unlike a Default, the written value is what the
	// user changes, so findings point at Span and the message carries this.
	Replaced string `json:"replaced,omitempty"`
	Span     Span   `json:"span"`
}

// Field is one raw header field a policy sends besides its modelled value.
type Field struct {
	Value string `json:"value"`
	Echo  bool   `json:"echo,omitempty"` // the value is the request origin
	Span  Span   `json:"span"`
}

// Credentials is Access-Control-Allow-Credentials.
type Credentials struct {
	// Value is the header value exactly as sent ("" means not sent). Only the
	// exact string "true" means anything to a browser.
	Value string `json:"value,omitempty"`
	// Set is true when the user wrote the setting (even `false`).
	Set bool `json:"set,omitempty"`
	// Always sends the header even when the origin was rejected (Traefik,
	// Starlette on actual requests); otherwise only with an accepted origin.
	Always  bool `json:"always,omitempty"`
	Default bool `json:"default,omitempty"`
	Span    Span `json:"span"`
}

// Allowed reports whether the browser sees credentials allowed.
func (c Credentials) Allowed() bool { return c.Value == "true" }

// ListMode is how a header-name or method list is produced.
type ListMode int

const (
	// ListUnset: the header is not sent.
	ListUnset ListMode = iota
	// ListValues: Values are sent, joined with ", " (Raw keeps the exact text).
	ListValues
	// ListReflect: the matching Access-Control-Request-* header is echoed.
	ListReflect
)

// List is a comma-list header: Allow-Methods, Allow-Headers, Expose-Headers.
type List struct {
	Mode   ListMode `json:"mode"`
	Values []string `json:"values,omitempty"`
	// Raw is the value exactly as sent when it was written as one string.
	Raw string `json:"raw,omitempty"`
	// Explicit is true when the user configured reflection or the list
	// (false for a framework default, which rules treat gently).
	Explicit bool `json:"explicit,omitempty"`
	Default  bool `json:"default,omitempty"`
	Span     Span `json:"span"`
}

// MaxAge is Access-Control-Max-Age.
type MaxAge struct {
	Set     bool   `json:"set,omitempty"`
	Seconds int64  `json:"seconds,omitempty"`
	Raw     string `json:"raw,omitempty"` // as sent, when not a plain number
	Default bool   `json:"default,omitempty"`
	Span    Span   `json:"span"`
}

// VaryMode says when `Vary: Origin` is sent.
type VaryMode int

const (
	// VaryNever: nothing adds Vary: Origin.
	VaryNever VaryMode = iota
	// VaryAlways: on every response of the policy (configured or framework).
	VaryAlways
	// VaryWhenDynamic: the framework adds it when Allow-Origin is not `*`.
	VaryWhenDynamic
)

// Vary is whether the response varies on Origin.
type Vary struct {
	Origin VaryMode `json:"origin"`
	Span   Span     `json:"span"` // where the user set it, if they did
}

// PrivateNetwork is Access-Control-Allow-Private-Network.
type PrivateNetwork struct {
	Allowed bool `json:"allowed,omitempty"`
	// OnlyWhenRequested: sent only on preflights carrying
	// Access-Control-Request-Private-Network: true.
	OnlyWhenRequested bool `json:"onlyWhenRequested,omitempty"`
	Default           bool `json:"default,omitempty"`
	Span              Span `json:"span"`
}

// HeaderDirective is one raw header-setting construct in effect for a policy
// (an nginx add_header, a res.setHeader call), for wiring rules.
type HeaderDirective struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	// Always: sent on every status (nginx `always`, headers-more).
	Always bool `json:"always,omitempty"`
	Span   Span `json:"span"`
	// Via names the directive when it is not the family's usual one (nginx
	// `more_set_headers`, whose `-s` list rather than `always` decides error
	// statuses), so messages and fixes name what the user wrote.
	Via string `json:"via,omitempty"`
}

// Dropped records CORS headers set at an outer level that a block loses
// (nginx add_header inheritance, sibling `if`s; CORS019).
type Dropped struct {
	Headers []string `json:"headers"`
	From    Span     `json:"from"`  // where the lost headers were set
	Block   Span     `json:"block"` // the opening line of the block that loses them
	Reason  string   `json:"reason"`
}

// Ignored is an option the library ignores or rejects (CORS021).
type Ignored struct {
	Key     string `json:"key"`
	Suggest string `json:"suggest,omitempty"` // the option the author probably meant
	Reason  string `json:"reason"`
	Span    Span   `json:"span"`
}

// Policy is one place a CORS policy applies.
type Policy struct {
	// Framework names the semantics that produced the policy (nginx,
	// express-cors, flask-cors...), for messages; Version is the library
	// version those semantics assume, when it matters.
	Framework string `json:"framework"`
	Version   string `json:"version,omitempty"`
	// Scope says what the policy covers in words a user recognises.
	Scope string `json:"scope"`
	// Span is the construct that enables the policy (the cors() call, the
	// location block); findings about defaults point here when nothing better.
	Span Span `json:"span"`

	Origins        Origins        `json:"origins"`
	Credentials    Credentials    `json:"credentials"`
	AllowMethods   List           `json:"allowMethods"`
	AllowHeaders   List           `json:"allowHeaders"`
	ExposeHeaders  List           `json:"exposeHeaders"`
	MaxAge         MaxAge         `json:"maxAge"`
	Vary           Vary           `json:"vary"`
	PrivateNetwork PrivateNetwork `json:"privateNetwork"`

	// OnErrors: CORS headers are also sent on 4xx/5xx (and 202) responses.
	OnErrors bool `json:"onErrors"`
	// PreflightStatus is the status a framework answers an accepted preflight
	// with itself (204 for `cors`); 0 when the preflight reaches the app.
	PreflightStatus int `json:"preflightStatus,omitempty"`
	// PreflightRejectStatus is the status of a preflight whose origin, method
	// or headers are refused (Starlette 400, Spring 403); 0 = same as above.
	PreflightRejectStatus int `json:"preflightRejectStatus,omitempty"`
	// PreflightOnly: the block only answers preflights (nginx
	// `if ($request_method = OPTIONS) { ... return 204; }`).
	PreflightOnly bool `json:"preflightOnly,omitempty"`

	// Directives, Dropped and Ignored carry wiring data for CORS009/019/020/021.
	Directives []HeaderDirective `json:"directives,omitempty"`
	Dropped    []Dropped         `json:"dropped,omitempty"`
	Ignored    []Ignored         `json:"ignored,omitempty"`

	// Dev marks a policy from a development file or branch (CORS007 decisions).
	Dev bool `json:"dev,omitempty"`
}

// Level is the severity of a tool notification.
type Level string

const (
	LevelError   Level = "error"
	LevelWarning Level = "warning"
	LevelNote    Level = "note"
)

// Notice is a tool diagnostic, not a finding: a file that could not be read or
// parsed, an include outside the root, a construct that cannot be evaluated.
type Notice struct {
	Level   Level  `json:"level"`
	Message string `json:"message"`
	Span    Span   `json:"span"` // File always set; Start may be zero
}

// Request is what a browser sends, as far as CORS cares.
type Request struct {
	Origin string // "" when no Origin header is sent
	Method string // of the actual request; on a preflight, the requested method
	// Headers are the request header names (on a preflight, those listed in
	// Access-Control-Request-Headers).
	Headers []string
	// Credentials is the request's credentials mode `include` (cookies sent).
	Credentials bool
	// Preflight: an OPTIONS request with Access-Control-Request-Method.
	Preflight bool
	// PrivateNetwork: the preflight asks Access-Control-Request-Private-Network.
	PrivateNetwork bool
	// Status is the status of the answer the app gives (0 means 200); it
	// decides whether nginx without `always` adds headers.
	Status int
}

// Header is one response header field.
type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Response is the CORS part of what a policy answers.
type Response struct {
	Status  int      `json:"status"` // 0 when the app, not the framework, decides
	Headers []Header `json:"headers"`
	// Unknown is set when the policy could not be evaluated (OriginUnknown).
	Unknown bool `json:"unknown,omitempty"`
}

// Verdict is the browser's decision on a response.
type Verdict struct {
	OK bool `json:"ok"`
	// Check names the failed check (empty when OK): "cors", "status",
	// "method", "header", "private-network".
	Check string `json:"check,omitempty"`
	// Reason is the failure in the words a browser console uses.
	Reason string `json:"reason,omitempty"`
}
