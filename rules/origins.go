package rules

import (
	"strings"

	"github.com/corslint/corslint/policy"
)

// The origin rules (CORS001-CORS008) share one analysis: which mechanism lets
// which untrusted origin read answers, at which place. Each rule then keeps
// the issues it owns, so one root cause gives one finding (rules.md).

// mechanism is how an untrusted origin gets in.
type mechanism int

const (
	mechWildcard   mechanism = iota // the literal `*`
	mechAllEcho                     // "all origins" written, answered with the request origin
	mechReflection                  // reflection the user wrote (echo-any, `true` in a list)
	mechNull                        // the `null` origin
	mechPattern                     // a pattern or string test accepting an outside origin
	mechInsecure                    // a plain-http origin of a trusted host
	mechSubdomain                   // every subdomain of a trusted host
	mechLocal                       // a local origin
)

// originIssue is one mechanism at one place.
type originIssue struct {
	Mech    mechanism
	Witness Witness
	// Credentialed: the witness can read credentialed answers, or gets the
	// `*` + Access-Control-Allow-Credentials: true pair.
	Credentialed bool
	// Matcher is the allow-list entry at fault; nil for the policy's shape
	// (any, echo-any, static).
	Matcher *policy.Matcher
}

// ruleFor is the rule that owns an issue (rules.md, one finding per root
// cause): with credentials every way in for an outsider is CORS001;
// subdomains and local origins keep their own rules either way.
func (i originIssue) ruleFor() string {
	switch i.Mech {
	case mechSubdomain:
		return "CORS006"
	case mechLocal:
		return "CORS007"
	}
	if i.Credentialed {
		return "CORS001"
	}
	switch i.Mech {
	case mechWildcard, mechAllEcho:
		return "CORS008"
	case mechReflection:
		return "CORS002"
	case mechNull:
		return "CORS003"
	case mechPattern:
		return "CORS004"
	case mechInsecure:
		return "CORS005"
	}
	return ""
}

// originRule is implemented by the rules that read the shared analysis, so
// Run computes it once per policy.
type originRule interface {
	checkIssues(ctx *Context, p *policy.Policy, issues []originIssue) []Finding
}

// issuesFor keeps the issues owned by rule id.
func issuesFor(issues []originIssue, id string) []originIssue {
	var out []originIssue
	for _, i := range issues {
		if i.ruleFor() == id {
			out = append(out, i)
		}
	}
	return out
}

// devOnly reports whether a local origin in p (entry m, or the shape when m
// is nil) is exempt from CORS007 (rules.md decisions, development origins).
func devOnly(p *policy.Policy, m *policy.Matcher) bool {
	if p.Dev || p.Origins.EnvFallback != "" {
		return true
	}
	return m != nil && (m.Dev || m.EnvFallback != "")
}

// fixedWitness is the witness for shapes that accept every origin.
func fixedWitness(origin, acao string, class Class, kind CandidateKind) Witness {
	return Witness{Candidate: Candidate{Origin: origin, Kind: kind, Class: class}, ACAO: acao, Readable: true}
}

// originIssues analyses how untrusted origins get into p.
func originIssues(ctx *Context, p *policy.Policy) []originIssue {
	o := p.Origins
	if len(o.ExtraFields) > 0 {
		// Two Access-Control-Allow-Origin fields fail the browser check for
		// every origin (semantics.md 1): nobody reads anything, and CORS009
		// reports the duplicate.
		return nil
	}
	creds := p.Credentials.Allowed()
	switch o.Kind {
	case policy.OriginAny:
		mech, acao := mechAllEcho, unrelatedOrig
		if o.Emit == policy.EmitWildcard || (o.Emit == policy.EmitOriginIfCredentialed && !creds) {
			mech, acao = mechWildcard, "*"
		}
		w := fixedWitness(unrelatedOrig, acao, ClassOwnable, KindUnrelated)
		w.Credentialed = creds && mech == mechAllEcho
		w.Pair = creds && mech == mechWildcard
		return []originIssue{{Mech: mech, Witness: w, Credentialed: creds}}
	case policy.OriginEchoAny:
		w := fixedWitness(unrelatedOrig, unrelatedOrig, ClassOwnable, KindUnrelated)
		w.Credentialed = creds
		return []originIssue{{Mech: mechReflection, Witness: w, Credentialed: creds}}
	case policy.OriginStatic:
		return staticIssues(ctx, p, creds)
	case policy.OriginList:
		return placeholderIssues(ctx, p)
	}
	return nil
}

// staticIssues judges a fixed Access-Control-Allow-Origin value. A list or a
// malformed value never passes the browser check (CORS009/CORS011 own it).
func staticIssues(ctx *Context, p *policy.Policy, creds bool) []originIssue {
	v := strings.TrimSpace(p.Origins.Value)
	switch v {
	case "*":
		w := fixedWitness(unrelatedOrig, "*", ClassOwnable, KindUnrelated)
		w.Pair = creds
		return []originIssue{{Mech: mechWildcard, Witness: w, Credentialed: creds}}
	case "null":
		w := fixedWitness("null", "null", ClassOwnable, KindNull)
		w.Credentialed = creds
		return []originIssue{{Mech: mechNull, Witness: w, Credentialed: creds}}
	}
	c, ok := canonicalOrigin(v)
	if !ok || c != v || hasPlaceholder(v) {
		return nil
	}
	w := fixedWitness(c, v, trustOf(ctx, p).classify(c), KindConfigured)
	w.Credentialed = creds
	switch w.Class {
	case ClassLocal:
		if devOnly(p, nil) {
			return nil
		}
		return []originIssue{{Mech: mechLocal, Witness: w, Credentialed: creds}}
	case ClassInsecure:
		return []originIssue{{Mech: mechInsecure, Witness: w, Credentialed: creds}}
	}
	return nil
}

// listIssues finds, for every allow-list entry, the candidates it accepts
// that the policy really lets read answers. An entry that lets in an
// outsider gets one issue (fixing the entry fixes the rest); otherwise it
// gets one issue per class it lets in.
func listIssues(ctx *Context, p *policy.Policy) []originIssue {
	t := trustOf(ctx, p)
	probed := map[string]*Witness{} // by origin; nil = not accepted
	var out []originIssue
	for i := range p.Origins.Matchers {
		m := &p.Origins.Matchers[i]
		var firsts [ClassLocal + 1]*Witness
		for _, c := range t.matcherCandidates(m) {
			if c.Class == ClassTrusted || c.Class == ClassUnownable || firsts[c.Class] != nil {
				continue
			}
			if ok, err := m.Match(c.Origin); err != nil || !ok {
				continue
			}
			w, seen := probed[c.Origin]
			if !seen {
				if got, ok := probe(p, c); ok {
					w = &got
				}
				probed[c.Origin] = w
			}
			if w != nil {
				cw := *w
				cw.Candidate = c
				firsts[c.Class] = &cw
			}
		}
		if w := firsts[ClassOwnable]; w != nil {
			mech := mechPattern
			switch {
			case m.Kind == policy.MatchAll && m.Value == "*":
				// "All origins" written as `*` (Envoy/Istio `exact: "*"`,
				// answered with the request origin) stays CORS008 without
				// credentials (rules.md decisions).
				mech = mechAllEcho
			case m.Kind == policy.MatchAll:
				mech = mechReflection
			case w.Origin == "null":
				mech = mechNull
			}
			out = append(out, originIssue{Mech: mech, Witness: *w, Credentialed: w.Credentialed || w.Pair, Matcher: m})
			continue
		}
		for _, c := range [...]struct {
			class Class
			mech  mechanism
		}{{ClassInsecure, mechInsecure}, {ClassSubdomain, mechSubdomain}, {ClassLocal, mechLocal}} {
			w := firsts[c.class]
			if w == nil || (c.mech == mechLocal && devOnly(p, m)) {
				continue
			}
			out = append(out, originIssue{Mech: c.mech, Witness: *w, Credentialed: w.Credentialed || w.Pair, Matcher: m})
		}
	}
	return out
}
