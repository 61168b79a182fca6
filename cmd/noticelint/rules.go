package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/output"
)

// listRules prints every rule: id, severity, title and references.
func listRules(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("rules", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output format: text or json")
	configPath, ruleDirs := ruleFlags(fl)
	if rest, err := parseInterleaved(fl, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return fmt.Errorf("%w: rules takes no arguments, got %q", errUsage, rest[0])
	}
	l, err := documentedLinter(ctx, *configPath, *ruleDirs)
	if err != nil {
		return err
	}
	rules := l.Rules()
	switch *format {
	case "json":
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rules)
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tSEVERITY\tTITLE\tREFERENCES")
		for _, r := range rules {
			sev := string(r.Severity)
			if !l.Enabled(r.ID) {
				sev = "off"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, sev, r.Title, strings.Join(r.References, "; "))
		}
		return tw.Flush()
	}
	return fmt.Errorf("%w: --format %q: expected text or json", errUsage, *format)
}

// explain prints the documentation of one rule, a Rego rule or one of the
// loader's (syntax, schema), as text or as the Markdown of docs/rules/<id>.md.
func explain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fl := flag.NewFlagSet("explain", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output format: text or markdown")
	configPath, ruleDirs := ruleFlags(fl)
	ids, err := parseInterleaved(fl, args)
	if err != nil {
		return err
	}
	if len(ids) != 1 {
		return fmt.Errorf("%w: explain needs exactly one rule id, such as retention-missing", errUsage)
	}
	if *format != "text" && *format != "markdown" {
		return fmt.Errorf("%w: --format %q: expected text or markdown", errUsage, *format)
	}
	l, err := documentedLinter(ctx, *configPath, *ruleDirs)
	if err != nil {
		return err
	}
	r, ok := l.Rule(ids[0])
	if !ok {
		i := slices.IndexFunc(output.LoaderRules(), func(r finding.Rule) bool { return r.ID == ids[0] })
		if i < 0 {
			return fmt.Errorf("%w: unknown rule %q; noticelint rules lists the rule ids", errUsage, ids[0])
		}
		r = output.LoaderRules()[i]
	}
	text := Explanation(r)
	if *format == "markdown" {
		text = output.RuleMarkdown(r, output.SourceURI)
	}
	_, err = io.WriteString(stdout, text)
	return err
}

// documentedLinter is the linter whose rules the rules and explain commands
// document: the built-in and custom rules with the configured settings.
func documentedLinter(ctx context.Context, configPath string, ruleDirs []string) (*lint.Linter, error) {
	s, err := resolve(configPath, ruleDirs, "", "")
	if err != nil {
		return nil, err
	}
	return s.linter(ctx)
}

// Explanation is a rule's documentation as plain text: what it checks and
// why, how to fix, the Avoid and Prefer examples, references and links.
func Explanation(r finding.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.ID, r.Title)
	fmt.Fprintf(&b, "Severity: %s. Category: %s.\n\n", r.Severity, r.Category)
	fmt.Fprintf(&b, "%s\n\n", r.Description)
	fmt.Fprintf(&b, "How to fix:\n%s\n\n", indent(r.Fix))
	if r.Examples.Avoid != "" {
		fmt.Fprintf(&b, "Avoid:\n%s\n\n", indent(r.Examples.Avoid))
	}
	if r.Examples.Prefer != "" {
		fmt.Fprintf(&b, "Prefer:\n%s\n\n", indent(r.Examples.Prefer))
	}
	if len(r.References) > 0 {
		fmt.Fprintf(&b, "References: %s.\n", strings.Join(r.References, "; "))
	}
	if len(r.Resources) > 0 {
		b.WriteString("Read more:\n")
		for _, res := range r.Resources {
			fmt.Fprintf(&b, "  - %s: %s\n", res.Description, res.URL)
		}
	}
	switch {
	case r.Builtin:
		fmt.Fprintf(&b, "Documentation: %s\n", output.HelpURI(r.ID))
	case r.Source != "":
		fmt.Fprintf(&b, "Source: %s\n", r.Source)
	}
	return b.String()
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimSpace(s), "\n", "\n  ")
}
