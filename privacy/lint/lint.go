package lint

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
	builtin "github.com/noticelint/noticelint/rego"
	"github.com/noticelint/noticelint/schema"
)

// Linter checks notices. Create it once with New; it is safe for concurrent use.
type Linter struct {
	eval    evaluator
	rules   map[string]finding.Rule
	ordered []finding.Rule
	off     map[string]bool
	shaping pipeline.Rules
	limits  document.Limits
	asOf    string
}

// Option configures New.
type Option func(*config)

type config struct {
	asOf    string
	extras  []ruleSource
	timeout time.Duration
	limits  document.Limits
}

// DefaultTimeout is how long the rules may take over one notice. Real
// notices take milliseconds; the deadline stops a custom rule that loops
// over a cross product or otherwise explodes.
const DefaultTimeout = 10 * time.Second

// ruleSource is a directory of custom rules.
type ruleSource struct {
	fsys fs.FS
	name string
}

// WithAsOf sets the date, YYYY-MM-DD, that notices are judged at. The default
// is today, in UTC.
func WithAsOf(date string) Option { return func(c *config) { c.asOf = date } }

// WithTimeout sets the deadline for evaluating the rules over one notice;
// see DefaultTimeout. A check that runs out of time fails with an error.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithLimits bounds what loading one notice may cost; see
// document.DefaultLimits. Zero fields keep their defaults.
func WithLimits(l document.Limits) Option { return func(c *config) { c.limits = l } }

// WithRules adds custom rules: every .rego file below fsys (tests excluded)
// and every facts/*.json file. They follow the built-in conventions: package
// noticelint.rules.<category>.<rule_name> with a METADATA block whose
// custom.id is the package name with dashes. They are compiled together with
// the built-in rules, under the same restricted builtins. name, such as the
// directory, prefixes file names in messages.
func WithRules(fsys fs.FS, name string) Option {
	return func(c *config) { c.extras = append(c.extras, ruleSource{fsys, name}) }
}

// New compiles the built-in rules, type-checked against the notice schema
// and restricted to pure builtins, and prepares the query every check runs.
func New(ctx context.Context, opts ...Option) (*Linter, error) {
	cfg := config{asOf: time.Now().UTC().Format(time.DateOnly), timeout: DefaultTimeout}
	for _, o := range opts {
		o(&cfg)
	}
	if !privacy.Date(cfg.asOf).Valid() {
		return nil, fmt.Errorf("as-of date %q: expected YYYY-MM-DD", cfg.asOf)
	}
	// Compiling the notice schema takes about as long as preparing the
	// rules; do both at once so that the first check does not wait for it.
	schemaReady := make(chan error, 1)
	go func() { schemaReady <- document.CompileSchema() }()
	b, err := loadBundle(builtin.FS(), "", false)
	if err != nil {
		return nil, fmt.Errorf("loading the built-in rules: %w", err)
	}
	for _, src := range cfg.extras {
		extra, err := loadBundle(src.fsys, strings.TrimSuffix(src.name, "/")+"/", false)
		if err != nil {
			return nil, fmt.Errorf("loading rules from %s: %w", src.name, err)
		}
		if err := b.merge(extra); err != nil {
			return nil, fmt.Errorf("loading rules from %s: %w", src.name, err)
		}
	}
	c, err := compile(b.modules)
	if err != nil {
		return nil, err
	}
	rules, err := rulesFromAnnotations(c)
	if err != nil {
		return nil, err
	}
	if err := everyRuleDocumented(b.modules, rules); err != nil {
		return nil, err
	}
	for _, r := range rules {
		if finding.Reserved(r.ID) {
			return nil, fmt.Errorf("%s: the rule id %q is taken by noticelint's own findings; rename the rule's package", r.Package, r.ID)
		}
	}
	if err := everyRuleReports(c, rules); err != nil {
		return nil, err
	}
	pq, err := rego.New(
		rego.Query(findingsQuery(rules)),
		rego.Compiler(c),
		rego.Store(inmem.NewFromObject(b.data())),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("preparing the rules: %w", err)
	}
	if err := <-schemaReady; err != nil {
		return nil, fmt.Errorf("compiling the notice schema: %w", err)
	}
	if cfg.timeout <= 0 {
		return nil, fmt.Errorf("timeout %v: expected a positive duration", cfg.timeout)
	}
	l := &Linter{eval: evaluator{pq, ids(rules), cfg.timeout}, limits: cfg.limits.WithDefaults(), rules: map[string]finding.Rule{}, ordered: rules, off: map[string]bool{}, asOf: cfg.asOf}
	for _, r := range rules {
		l.rules[r.ID] = r
	}
	l.shaping = pipeline.NewRules(l.ordered, l.off)
	return l, nil
}

// compile type-checks modules against the input schema under the restricted
// capabilities. extra builtins are allowed on top, such as print for tests.
func compile(modules map[string]*ast.Module, extraBuiltins ...string) (*ast.Compiler, error) {
	schemas, err := inputSchemas()
	if err != nil {
		return nil, err
	}
	c := ast.NewCompiler().
		WithCapabilities(capabilities(extraBuiltins...)).
		WithSchemas(schemas).
		WithUseTypeCheckAnnotations(true).
		WithEnablePrintStatements(len(extraBuiltins) > 0).
		WithDefaultRegoVersion(ast.RegoV1)
	if c.Compile(modules); c.Failed() {
		return nil, fmt.Errorf("compiling the rules: %w", explainForbidden(c.Errors))
	}
	return c, nil
}

// inputSchemas describes the input the rules see (pipeline.Input),
// so that the compiler rejects a rule that reads a field the model lacks.
func inputSchemas() (*ast.SchemaSet, error) {
	var notice map[string]any
	if err := json.Unmarshal(schema.Notice(), &notice); err != nil {
		return nil, err
	}
	input := map[string]any{
		"$schema": notice["$schema"],
		"type":    "object",
		"properties": map[string]any{
			"notice": map[string]any{"$ref": "#/$defs/Notice"},
			"as_of":  map[string]any{"type": "string"},
			"text":   map[string]any{"type": "string"},
		},
		"additionalProperties": false,
		"$defs":                notice["$defs"],
	}
	ss := ast.NewSchemaSet()
	ss.Put(ast.SchemaRootRef, input)
	return ss, nil
}

// everyRuleDocumented reports rule packages that have no METADATA, whose
// findings would otherwise carry no severity.
func everyRuleDocumented(modules map[string]*ast.Module, rules []finding.Rule) error {
	documented := map[string]bool{}
	for _, r := range rules {
		documented[r.Package] = true
	}
	var missing []string
	for _, name := range slices.Sorted(maps.Keys(modules)) {
		p := modules[name].Package.Path
		if p.HasPrefix(rulesPrefix) && len(p) == len(rulesPrefix)+2 && !documented[p.String()] {
			missing = append(missing, fmt.Sprintf("%s: package %s has no METADATA block with custom.id", name, p))
		}
	}
	if len(missing) > 0 {
		return errors.New(fmt.Sprint(missing))
	}
	return nil
}

// findingsQuery asks for the findings of each rule, in the order of rules,
// as an array of their report sets. It gives what the router gives, without
// the router's work per finding: copying it to add the rule's id and
// hashing the copy into one more set, a tenth of a notice's evaluation.
// The id of a finding is that of the set it is in.
func findingsQuery(rules []finding.Rule) string {
	refs := make([]string, len(rules))
	for i, r := range rules {
		refs[i] = r.Package + ".report"
	}
	return "[" + strings.Join(refs, ", ") + "]"
}

func ids(rules []finding.Rule) []string {
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r.ID
	}
	return out
}

// everyRuleReports checks that each rule's package defines report, without
// which findingsQuery would be undefined.
func everyRuleReports(c *ast.Compiler, rules []finding.Rule) error {
	var missing []string
	for _, r := range rules {
		if len(c.GetRules(ast.MustParseRef(r.Package+".report"))) == 0 {
			missing = append(missing, fmt.Sprintf("%s (%s): the package defines no report rule", r.ID, r.Package))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("rules without findings: %s", strings.Join(missing, "; "))
	}
	return nil
}

// Rules lists the rules' documentation, sorted by id.
func (l *Linter) Rules() []finding.Rule { return slices.Clone(l.ordered) }

// Rule returns the documentation of the rule with the given id.
func (l *Linter) Rule(id string) (finding.Rule, bool) {
	r, ok := l.rules[id]
	return r, ok
}

// AsOf is the date notices are judged at.
func (l *Linter) AsOf() string { return l.asOf }

// WithAsOf returns a linter that judges notices at another date. It shares
// the prepared rules, so it is cheap.
func (l *Linter) WithAsOf(date string) (*Linter, error) {
	if !privacy.Date(date).Valid() {
		return nil, fmt.Errorf("as-of date %q: expected YYYY-MM-DD", date)
	}
	c := *l
	c.asOf = date
	return &c, nil
}

// RuleSetting changes one rule: disables it, or replaces its severity.
type RuleSetting struct {
	Off      bool
	Severity finding.Severity
}

// WithRuleSettings returns a linter whose rules are changed by id. It shares
// the prepared rules, so it is cheap. An unknown id is an error.
func (l *Linter) WithRuleSettings(settings map[string]RuleSetting) (*Linter, error) {
	c := *l
	c.rules = maps.Clone(l.rules)
	c.ordered = slices.Clone(l.ordered)
	c.off = maps.Clone(l.off)
	for _, id := range slices.Sorted(maps.Keys(settings)) {
		s := settings[id]
		r, ok := c.rules[id]
		if !ok {
			return nil, fmt.Errorf("unknown rule %q", id)
		}
		c.off[id] = s.Off
		if s.Severity != "" {
			if _, err := finding.ParseSeverity(string(s.Severity)); err != nil {
				return nil, fmt.Errorf("rule %q: %w", id, err)
			}
			r.Severity = s.Severity
			c.rules[id] = r
			c.ordered[slices.IndexFunc(c.ordered, func(x finding.Rule) bool { return x.ID == id })] = r
		}
	}
	c.shaping = pipeline.NewRules(c.ordered, c.off)
	return &c, nil
}

// Enabled reports whether the rule with the given id runs.
func (l *Linter) Enabled(id string) bool { return !l.off[id] }

// Check loads, validates and checks one notice. Syntax and schema problems
// are findings, not errors; an error means the check itself failed, for
// example because ctx was cancelled.
func (l *Linter) Check(ctx context.Context, name string, src []byte) (finding.File, error) {
	return pipeline.Check(ctx, l.eval, l.shaping, l.limits, name, src, l.asOf)
}

// CheckDocument runs the rules over a loaded document and returns their
// findings, positioned in the document's source.
func (l *Linter) CheckDocument(ctx context.Context, doc *document.Document) ([]finding.Finding, error) {
	return pipeline.CheckDocument(ctx, l.eval, l.shaping, doc, l.asOf)
}

// errDeadline is the cause of a context that ran out of evaluation time.
var errDeadline = errors.New("evaluation deadline")

// evaluator runs the prepared query with OPA's interpreter.
type evaluator struct {
	prepared rego.PreparedEvalQuery
	ids      []string // the rule of each set findingsQuery returns
	timeout  time.Duration
}

func (e evaluator) Evaluate(ctx context.Context, doc *document.Document, asOf string) ([]pipeline.Raw, error) {
	input, err := ast.InterfaceToValue(pipeline.Input(doc, asOf))
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeoutCause(ctx, e.timeout, errDeadline)
	defer cancel()
	rs, err := e.prepared.Eval(ctx, rego.EvalParsedInput(input), rego.EvalGenerateJSON(e.raw))
	if errors.Is(context.Cause(ctx), errDeadline) {
		return nil, fmt.Errorf("evaluating the rules took longer than the %v deadline (lint.WithTimeout, --timeout) and was stopped: a rule loops or its work explodes", e.timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("evaluating the rules: %w", err)
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return nil, nil
	}
	out, _ := rs[0].Expressions[0].Value.([]pipeline.Raw)
	return out, nil
}

var (
	messageKey = ast.InternedTerm("message")
	pointerKey = ast.InternedTerm("pointer")
)

// raw reads the raw findings out of the query's value, an array of each
// rule's set of findings, as rego hands a result over. Reading them from
// OPA's values spares building Go maps and lists only to read them.
func (e evaluator) raw(term *ast.Term, _ *rego.EvalContext) (any, error) {
	sets, ok := term.Value.(*ast.Array)
	if !ok || sets.Len() != len(e.ids) {
		return nil, fmt.Errorf("the rules returned %v, not %d sets of findings", ast.ValueName(term.Value), len(e.ids))
	}
	var out []pipeline.Raw
	for i := range sets.Len() {
		set, ok := sets.Elem(i).Value.(ast.Set)
		if !ok {
			return nil, fmt.Errorf("rule %s returned %v, not a set of findings", e.ids[i], ast.ValueName(sets.Elem(i).Value))
		}
		set.Foreach(func(x *ast.Term) {
			r := pipeline.Raw{Rule: e.ids[i]}
			if obj, ok := x.Value.(ast.Object); ok {
				r.Message = stringAt(obj, messageKey)
				r.Pointer = stringAt(obj, pointerKey)
			}
			out = append(out, r)
		})
	}
	return out, nil
}

// stringAt is obj's text at key, or "" when it has none.
func stringAt(obj ast.Object, key *ast.Term) string {
	if v := obj.Get(key); v != nil {
		if s, ok := v.Value.(ast.String); ok {
			return string(s)
		}
	}
	return ""
}

// read reads a notice, refusing one above the size limit before reading it.
func (l *Linter) read(fsys fs.FS, name string) ([]byte, *finding.Finding, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if over, ok := l.limits.Oversize(info.Size()); ok {
		return nil, &over, nil
	}
	// The file may grow while it is read: read one byte past the limit so
	// that Check still refuses it.
	src, err := io.ReadAll(io.LimitReader(f, int64(l.limits.MaxBytes)+1))
	return src, nil, err
}

// CheckFS checks the named files of fsys, each a notice, and returns the
// report with files in the order given. Files are checked in parallel.
func (l *Linter) CheckFS(ctx context.Context, fsys fs.FS, names []string) (finding.Report, error) {
	files := make([]finding.File, len(names))
	errs := make([]error, len(names))
	parallel(len(names), func(i int) {
		src, oversize, err := l.read(fsys, names[i])
		switch {
		case err != nil:
			errs[i] = err
		case oversize != nil:
			files[i] = finding.File{File: names[i], Findings: []finding.Finding{*oversize}}
		default:
			files[i], errs[i] = l.Check(ctx, names[i], src)
		}
	})
	if err := errors.Join(errs...); err != nil {
		return finding.Report{}, err
	}
	return finding.NewReport(l.asOf, files...), nil
}
