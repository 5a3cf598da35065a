package rules

import "strings"

// Example formats a rule's BadExample/GoodExample are written in.
const (
	FormatExpressJSON = "express-json" // the `cors` package options as JSON
	FormatNginx       = "nginx"
)

// fence is the markdown code-fence language of an example format.
func fence(format string) string {
	if format == FormatNginx {
		return "nginx"
	}
	return "json"
}

// helpMarkdown lays out a rule's help: what goes wrong, a bad example, a good
// example and the fix. GitHub turns every single newline into a hard break,
// so each paragraph is one line (integration.md 1).
func helpMarkdown(what, format, bad, good, fix string) string {
	var b strings.Builder
	b.WriteString("**What goes wrong.** " + what + "\n\n")
	b.WriteString("**Bad example**\n\n```" + fence(format) + "\n" + bad + "\n```\n\n")
	b.WriteString("**Good example**\n\n```" + fence(format) + "\n" + good + "\n```\n\n")
	b.WriteString("**Fix.** " + fix)
	return b.String()
}
