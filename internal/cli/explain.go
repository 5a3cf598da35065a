package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/corslint/corslint/internal/scan"
	"github.com/corslint/corslint/policy"
)

type explainFlags struct {
	origin      string
	method      string
	headers     []string
	credentials bool
	preflight   bool
	status      int
}

func newExplainCmd(e *env) *cobra.Command {
	var f explainFlags
	cmd := &cobra.Command{
		Use:   "explain FILE",
		Short: "Show what each CORS policy in a file answers to a request, and the browser's verdict",
		Long: "Explain parses FILE, and for every CORS policy in it prints the headers the server would send\n" +
			"for the described request and whether a browser would let the requesting page read the response.\n" +
			"A request that needs a preflight (a non-simple method or header) is explained as preflight plus actual request.",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return runExplain(e, &f, args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.origin, "origin", "https://attacker.example", "the requesting page's origin")
	fl.StringVar(&f.method, "method", "GET", "the request method")
	fl.StringArrayVar(&f.headers, "header", nil, "a request header name the page sets (repeatable)")
	fl.BoolVar(&f.credentials, "credentials", false, "the request is sent with credentials (cookies): fetch credentials 'include'")
	fl.BoolVar(&f.preflight, "preflight", false, "force a preflight even for a simple request")
	fl.IntVar(&f.status, "status", 200, "the status the application answers the actual request with")
	return cmd
}

func runExplain(e *env, f *explainFlags, path string) error {
	pols, notices, err := scan.ParseFile(path)
	if err != nil {
		return &exitError{code: ExitError, err: err}
	}
	for _, n := range notices {
		fmt.Fprintf(e.stderr, "%s: %s: %s\n", noticePos(n), n.Level, n.Message)
	}
	if len(pols) == 0 {
		_, err := fmt.Fprintf(e.stdout, "%s: no CORS policy found\n", path)
		return err
	}
	actual := policy.Request{
		Origin:      f.origin,
		Method:      strings.ToUpper(f.method),
		Headers:     f.headers,
		Credentials: f.credentials,
		Status:      f.status,
	}
	needPre := f.preflight || policy.NeedsPreflight(actual)
	for i := range pols {
		p := &pols[i]
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		explainPolicy(e.stdout, p, actual, needPre)
	}
	return nil
}

func explainPolicy(w io.Writer, p *policy.Policy, actual policy.Request, needPre bool) {
	fmt.Fprintf(w, "%s:%d:%d: %s policy", p.Span.File, p.Span.Start.Line, p.Span.Start.Col, p.Framework)
	if p.Scope != "" {
		fmt.Fprintf(w, " for %s", p.Scope)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "  origins: %s\n", describeOrigins(p))
	cred := "no"
	if actual.Credentials {
		cred = "yes (cookies)"
	}
	fmt.Fprintf(w, "  request: %s from %s, credentials: %s\n", actual.Method, actual.Origin, cred)

	if needPre {
		pre := actual
		pre.Preflight = true
		pre.Status = 0
		resp := policy.Evaluate(p, pre)
		fmt.Fprintln(w, "  preflight (OPTIONS) response headers:")
		printHeaders(w, resp)
		v := policy.Check(pre, resp)
		if !v.OK {
			fmt.Fprintf(w, "  verdict: BLOCKED at preflight: %s\n", v.Reason)
			fmt.Fprintf(w, "  => the page at %s cannot send this request.\n", actual.Origin)
			return
		}
		fmt.Fprintln(w, "  preflight: passes")
	}
	resp := policy.Evaluate(p, actual)
	fmt.Fprintln(w, "  response headers:")
	printHeaders(w, resp)
	if resp.Unknown {
		fmt.Fprintf(w, "  verdict: unknown: the origin is decided by something corslint cannot evaluate (%s)\n", p.Origins.Note)
		return
	}
	v := policy.Check(actual, resp)
	if v.OK {
		what := "the response"
		if actual.Credentials {
			what = "the response to a request carrying the user's cookies"
		}
		fmt.Fprintf(w, "  verdict: READABLE: the page at %s can read %s.\n", actual.Origin, what)
		fmt.Fprintf(w, "  why: %s\n", whyReadable(resp, actual))
		return
	}
	fmt.Fprintf(w, "  verdict: BLOCKED: %s\n", v.Reason)
	fmt.Fprintf(w, "  => the page at %s cannot read the response.\n", actual.Origin)
}

func printHeaders(w io.Writer, r policy.Response) {
	if r.Status != 0 {
		fmt.Fprintf(w, "    (status %d)\n", r.Status)
	}
	if len(r.Headers) == 0 {
		fmt.Fprintln(w, "    (no CORS headers)")
		return
	}
	for _, h := range r.Headers {
		fmt.Fprintf(w, "    %s: %s\n", h.Name, h.Value)
	}
}

func whyReadable(r policy.Response, req policy.Request) string {
	acao := strings.Join(r.Get("Access-Control-Allow-Origin"), ", ")
	if acao == "*" {
		return "Access-Control-Allow-Origin is '*', which admits every origin for requests without credentials."
	}
	s := fmt.Sprintf("Access-Control-Allow-Origin equals the page's own origin %q", acao)
	if req.Credentials {
		s += " and Access-Control-Allow-Credentials is 'true', so the browser hands the credentialed response to the page"
	}
	return s + "."
}

func describeOrigins(p *policy.Policy) string {
	o := p.Origins
	var s string
	switch o.Kind {
	case policy.OriginNone:
		s = "none (no Access-Control-Allow-Origin is sent)"
	case policy.OriginAny:
		s = "all origins"
		if o.Emit == policy.EmitWildcard {
			s += " ('*' is sent)"
		} else {
			s += " (the request origin is echoed back)"
		}
	case policy.OriginEchoAny:
		s = "any origin, reflected without a check"
	case policy.OriginStatic:
		s = fmt.Sprintf("the fixed value %q for every request", o.Value)
	case policy.OriginUnknown:
		s = "unknown: " + o.Note
	case policy.OriginList:
		parts := make([]string, 0, len(o.Matchers))
		for _, m := range o.Matchers {
			parts = append(parts, describeMatcher(m))
		}
		s = "allow-list: " + strings.Join(parts, "; ")
	}
	if o.Default {
		s += " [framework default]"
	}
	return s
}

func describeMatcher(m policy.Matcher) string {
	switch m.Kind {
	case policy.MatchRegex:
		return fmt.Sprintf("regex %s (%s, %s)", m.Value, m.Dialect, m.Mode)
	case policy.MatchNull:
		return "null"
	case policy.MatchAll:
		return "every origin"
	default:
		return fmt.Sprintf("%s %s", m.Kind, m.Value)
	}
}
