package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint"
	"github.com/noticelint/noticelint/privacy/lint/config"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/output"
)

// settings are what flags and the configuration file decide, flags first.
type settings struct {
	cfg      *config.Config // nil without a configuration file
	cfgDir   string         // the configuration file's directory
	asOf     string
	failOn   string
	ruleDirs []string
	timeout  time.Duration
	limits   document.Limits
}

// limitFlags registers the flags that bound what one notice may cost.
type limitFlags struct {
	timeout                                      *time.Duration
	maxBytes, maxDepth, maxNodes, maxStringBytes *int
}

func newLimitFlags(fl *flag.FlagSet) limitFlags {
	d := document.DefaultLimits()
	return limitFlags{
		timeout:        fl.Duration("timeout", 0, fmt.Sprintf("deadline for the rules over one notice (default %v)", lint.DefaultTimeout)),
		maxBytes:       fl.Int("max-bytes", 0, fmt.Sprintf("largest notice file, in bytes (default %d)", d.MaxBytes)),
		maxDepth:       fl.Int("max-depth", 0, fmt.Sprintf("deepest nesting of a notice (default %d)", d.MaxDepth)),
		maxNodes:       fl.Int("max-nodes", 0, fmt.Sprintf("most values in a notice, YAML aliases expanded (default %d)", d.MaxNodes)),
		maxStringBytes: fl.Int("max-string-bytes", 0, fmt.Sprintf("longest text in a notice, in bytes (default %d)", d.MaxStringBytes)),
	}
}

// apply sets the limits given as flags over those of the configuration file.
func (f limitFlags) apply(s *settings) error {
	if s.cfg != nil {
		s.timeout, s.limits = s.cfg.Timeout, s.cfg.Limits
	}
	if *f.timeout < 0 {
		return fmt.Errorf("%w: --timeout %v: expected a positive duration", errUsage, *f.timeout)
	}
	if *f.timeout > 0 {
		s.timeout = *f.timeout
	}
	for _, l := range []struct {
		name   string
		flag   *int
		target *int
	}{
		{"max-bytes", f.maxBytes, &s.limits.MaxBytes},
		{"max-depth", f.maxDepth, &s.limits.MaxDepth},
		{"max-nodes", f.maxNodes, &s.limits.MaxNodes},
		{"max-string-bytes", f.maxStringBytes, &s.limits.MaxStringBytes},
	} {
		if *l.flag < 0 {
			return fmt.Errorf("%w: --%s %d: expected a positive number", errUsage, l.name, *l.flag)
		}
		if *l.flag > 0 {
			*l.target = *l.flag
		}
	}
	return nil
}

// ruleFlags registers the flags that change which rules run and how.
func ruleFlags(fl *flag.FlagSet) (configPath *string, ruleDirs *listFlag) {
	ruleDirs = &listFlag{}
	configPath = fl.String("config", "", "configuration file (default: "+config.FileName+" in this directory or above)")
	fl.Var(ruleDirs, "rules", "add custom Rego rules from `DIR`; repeatable")
	return configPath, ruleDirs
}

// resolve merges flags over the configuration file over the defaults.
func resolve(configPath string, ruleDirs []string, asOf, failOn string) (*settings, error) {
	s := &settings{ruleDirs: slices.Clone(ruleDirs)}
	path := configPath
	if path == "" {
		path = findConfig()
	}
	if path != "" {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if s.cfg, err = config.Parse(path, src); err != nil {
			return nil, err
		}
		s.cfgDir = filepath.Dir(path)
		for _, d := range s.cfg.RuleDirs {
			s.ruleDirs = append(s.ruleDirs, filepath.Join(s.cfgDir, filepath.FromSlash(d)))
		}
	}
	var cfgAsOf, cfgFailOn string
	if s.cfg != nil {
		cfgAsOf, cfgFailOn = s.cfg.AsOf, s.cfg.FailOn
	}
	s.asOf = cmp.Or(asOf, cfgAsOf, time.Now().UTC().Format(time.DateOnly))
	if !privacy.Date(s.asOf).Valid() {
		return nil, fmt.Errorf("%w: --as-of %q: expected a date written YYYY-MM-DD", errUsage, s.asOf)
	}
	s.failOn = cmp.Or(failOn, cfgFailOn, string(finding.Error))
	if !finding.ValidFailOn(s.failOn) {
		return nil, fmt.Errorf("%w: --fail-on %q: expected error, warning, info or never", errUsage, s.failOn)
	}
	return s, nil
}

// linter builds the linter the settings describe.
func (s *settings) linter(ctx context.Context) (*lint.Linter, error) {
	opts := []lint.Option{lint.WithAsOf(s.asOf), lint.WithLimits(s.limits)}
	if s.timeout > 0 {
		opts = append(opts, lint.WithTimeout(s.timeout))
	}
	for _, dir := range s.ruleDirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("%w: --rules %s: not a directory", errUsage, dir)
		}
		opts = append(opts, lint.WithRules(os.DirFS(dir), dir))
	}
	l, err := lint.New(ctx, opts...)
	if err != nil {
		return nil, err
	}
	if s.cfg == nil {
		return l, nil
	}
	if err := s.cfg.CheckRuleIDs(func(id string) bool { _, ok := l.Rule(id); return ok }); err != nil {
		return nil, err
	}
	changes := map[string]lint.RuleSetting{}
	for id, r := range s.cfg.Rules {
		changes[id] = lint.RuleSetting{Off: r.Off, Severity: r.Severity}
	}
	return l.WithRuleSettings(changes)
}

func check(ctx context.Context, args []string, stdout, stderr io.Writer) (int, error) {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "text", "output `FORMAT`: "+strings.Join(output.Names(), ", "))
	var outputs listFlag
	fl.Var(&outputs, "output", "also write `FORMAT=PATH`; repeatable")
	asOf := fl.String("as-of", "", "judge the notices as of this date, YYYY-MM-DD (default today)")
	failOn := fl.String("fail-on", "", "fail on findings at or above error, warning or info, or never (default error)")
	configPath, ruleDirs := ruleFlags(fl)
	limits := newLimitFlags(fl)
	paths, err := parseInterleaved(fl, args)
	if err != nil {
		return 0, err
	}
	write, err := output.Lookup(*format)
	if err != nil {
		return 0, fmt.Errorf("%w: --format: %v", errUsage, err)
	}
	extra, err := parseOutputs(outputs)
	if err != nil {
		return 0, err
	}
	s, err := resolve(*configPath, *ruleDirs, *asOf, *failOn)
	if err != nil {
		return 0, err
	}
	if err := limits.apply(s); err != nil {
		return 0, err
	}
	if len(paths) == 0 {
		return 0, fmt.Errorf("%w: check needs at least one file or directory", errUsage)
	}
	files, err := expand(paths)
	if err != nil {
		return 0, err
	}
	files = s.unignored(files)
	l, err := s.linter(ctx)
	if err != nil {
		return 0, err
	}
	report, err := l.CheckFS(ctx, osFS{}, files)
	if err != nil {
		return 0, err
	}
	in := output.Input{Report: report, Rules: l.Rules()}
	for _, o := range extra {
		if err := writeFile(o.path, o.format, in); err != nil {
			return 0, err
		}
	}
	in.Color = *format == "text" && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	if err := write(stdout, in); err != nil {
		return 0, err
	}
	if report.Fails(s.failOn) {
		return exitFindings, nil
	}
	return exitClean, nil
}

type outputFile struct {
	format output.Format
	path   string
}

func parseOutputs(specs []string) ([]outputFile, error) {
	var out []outputFile
	for _, spec := range specs {
		name, path, ok := strings.Cut(spec, "=")
		if !ok || path == "" {
			return nil, fmt.Errorf("%w: --output %q: expected FORMAT=PATH, such as sarif=notices.sarif", errUsage, spec)
		}
		f, err := output.Lookup(name)
		if err != nil {
			return nil, fmt.Errorf("%w: --output: %v", errUsage, err)
		}
		out = append(out, outputFile{f, path})
	}
	return out, nil
}

func writeFile(path string, format output.Format, in output.Input) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := format(f, in); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// unignored drops the files the configuration ignores.
func (s *settings) unignored(files []string) []string {
	if s.cfg == nil || len(s.cfg.Ignore) == 0 {
		return files
	}
	base, err := filepath.Abs(s.cfgDir)
	if err != nil {
		return files
	}
	return slices.DeleteFunc(files, func(f string) bool {
		abs, err1 := filepath.Abs(f)
		rel, err2 := filepath.Rel(base, abs)
		return err1 == nil && err2 == nil && s.cfg.Ignored(filepath.ToSlash(rel))
	})
}

// findConfig looks for the configuration file in the working directory and
// its parents.
func findConfig() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		p := filepath.Join(dir, config.FileName)
		if _, err := os.Stat(p); err == nil {
			if rel, err := filepath.Rel(wd, p); err == nil {
				return rel
			}
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// expand turns the paths into the notice files to check: files as given,
// directories searched for notice files in lexical order.
func expand(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && isNotice(d.Name()) {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return slices.Compact(files), nil
}

func isNotice(name string) bool {
	for _, ext := range []string{".notice.yaml", ".notice.yml", ".notice.json"} {
		if strings.HasSuffix(name, ext) {
			return true
		}
	}
	return false
}

// osFS reads files by the names given on the command line, relative or
// absolute, so that findings name files exactly as the user wrote them.
type osFS struct{}

func (osFS) Open(name string) (fs.File, error) { return os.Open(name) }
