// Package config reads noticelint's configuration file, .noticelint.yaml:
//
//	as_of: 2026-01-01          # judge notices as of this date instead of today
//	fail_on: warning           # error (default), warning, info or never
//	rules:
//	  notice-date: off         # disable a rule
//	  retention-vague: error   # change a rule's severity
//	rule_dirs: [policy]        # extra Rego rule directories, relative to this file
//	ignore: ["drafts/**"]      # paths not to check, relative to this file
//	timeout: 10s               # deadline for the rules over one notice
//	limits:                    # what loading one notice may cost
//	  max_bytes: 10000000
//	  max_depth: 64
//	  max_nodes: 1000000
//	  max_string_bytes: 1000000
//
// Like package document it works on bytes, so every problem is reported
// with the line and column where it stands.
package config

import (
	"fmt"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// FileName is the configuration file searched from the working directory upwards.
const FileName = ".noticelint.yaml"

// Config is a parsed configuration file.
type Config struct {
	// AsOf is the date notices are judged at, YYYY-MM-DD; empty means today.
	AsOf string
	// FailOn is the least severity that makes a run fail: error, warning, info or never; empty means error.
	FailOn string
	// Rules changes rules by id.
	Rules map[string]Rule
	// RuleDirs are directories of custom Rego rules, as written in the file.
	RuleDirs []string
	// Ignore are path patterns (path.Match syntax, plus a trailing /** for a whole directory) of files not to check.
	Ignore []string
	// Timeout is the deadline for evaluating the rules over one notice; 0 means the default.
	Timeout time.Duration
	// Limits bound what loading one notice may cost; zero fields mean the defaults.
	Limits document.Limits

	doc *document.Document
}

// Rule is what the configuration says about one rule.
type Rule struct {
	// Off disables the rule.
	Off bool
	// Severity replaces the rule's severity when not empty.
	Severity finding.Severity
}

// Error is a problem in a configuration file, with its position.
type Error struct {
	File         string
	Line, Column int
	Message      string
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Message)
}

var fields = []string{"as_of", "fail_on", "rules", "rule_dirs", "ignore", "timeout", "limits"}

// limitFields are the fields of limits, each a positive whole number.
var limitFields = []string{"max_bytes", "max_depth", "max_nodes", "max_string_bytes"}

// Parse reads a configuration file. The error, if any, is an *Error.
func Parse(name string, src []byte) (*Config, error) {
	if onlyComments(src) { // an empty file configures nothing
		return &Config{Rules: map[string]Rule{}}, nil
	}
	doc, problems := document.Parse(name, src)
	if doc == nil {
		f := problems[0]
		return nil, &Error{name, f.Line, f.Column, f.Message}
	}
	c := &Config{doc: doc, Rules: map[string]Rule{}}
	root, ok := doc.Value.(map[string]any)
	if !ok {
		return nil, c.errorAt("", "the configuration must be an object with fields such as fail_on and rules")
	}
	for _, key := range sortedKeys(root) {
		if !slices.Contains(fields, key) {
			return nil, c.errorAt("/"+key, fmt.Sprintf("unknown field %q; expected one of: %s", key, strings.Join(fields, ", ")))
		}
	}
	var err error
	if c.AsOf, err = c.str(root, "as_of"); err != nil {
		return nil, err
	}
	if c.AsOf != "" && !privacy.Date(c.AsOf).Valid() {
		return nil, c.errorAt("/as_of", fmt.Sprintf("as_of %q: expected a date written YYYY-MM-DD", c.AsOf))
	}
	if c.FailOn, err = c.str(root, "fail_on"); err != nil {
		return nil, err
	}
	if c.FailOn != "" && !finding.ValidFailOn(c.FailOn) {
		return nil, c.errorAt("/fail_on", fmt.Sprintf("fail_on %q: expected error, warning, info or never", c.FailOn))
	}
	if c.RuleDirs, err = c.strs(root, "rule_dirs"); err != nil {
		return nil, err
	}
	if c.Ignore, err = c.strs(root, "ignore"); err != nil {
		return nil, err
	}
	for i, p := range c.Ignore {
		if _, perr := path.Match(strings.TrimSuffix(p, "/**"), ""); perr != nil {
			return nil, c.errorAt(fmt.Sprintf("/ignore/%d", i), fmt.Sprintf("ignore pattern %q is malformed", p))
		}
	}
	if err := c.rules(root["rules"]); err != nil {
		return nil, err
	}
	timeout, err := c.str(root, "timeout")
	if err != nil {
		return nil, err
	}
	if timeout != "" {
		if c.Timeout, err = time.ParseDuration(timeout); err != nil || c.Timeout <= 0 {
			return nil, c.errorAt("/timeout", fmt.Sprintf("timeout %q: expected a positive duration such as 10s or 1m", timeout))
		}
	}
	if err := c.limits(root["limits"]); err != nil {
		return nil, err
	}
	return c, nil
}

func (c *Config) limits(v any) error {
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return c.errorAt("/limits", "limits must be an object with fields such as max_bytes and max_depth")
	}
	targets := map[string]*int{
		"max_bytes": &c.Limits.MaxBytes, "max_depth": &c.Limits.MaxDepth,
		"max_nodes": &c.Limits.MaxNodes, "max_string_bytes": &c.Limits.MaxStringBytes,
	}
	for _, key := range sortedKeys(m) {
		target, ok := targets[key]
		if !ok {
			return c.errorAt("/limits/"+key, fmt.Sprintf("unknown limit %q; expected one of: %s", key, strings.Join(limitFields, ", ")))
		}
		n, err := strconv.Atoi(fmt.Sprint(m[key]))
		if err != nil || n <= 0 {
			return c.errorAt("/limits/"+key, fmt.Sprintf("%s must be a positive whole number", key))
		}
		*target = n
	}
	return nil
}

func (c *Config) rules(v any) error {
	if v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return c.errorAt("/rules", "rules must map rule ids to off or a severity (error, warning, info)")
	}
	for _, id := range sortedKeys(m) {
		s, _ := m[id].(string)
		switch sev, err := finding.ParseSeverity(s); {
		case s == "off":
			c.Rules[id] = Rule{Off: true}
		case err == nil:
			c.Rules[id] = Rule{Severity: sev}
		default:
			return c.errorAt("/rules/"+id, fmt.Sprintf("rule %q: expected off, error, warning or info", id))
		}
	}
	return nil
}

// CheckRuleIDs reports the first configured rule id that is not among known.
func (c *Config) CheckRuleIDs(known func(id string) bool) error {
	for _, id := range sortedKeys(c.Rules) {
		if !known(id) {
			return c.errorAt("/rules/"+id, fmt.Sprintf("unknown rule %q; noticelint rules lists the rule ids", id))
		}
	}
	return nil
}

// Ignored reports whether the slash-separated path, relative to the
// configuration file's directory, matches an ignore pattern.
func (c *Config) Ignored(rel string) bool {
	for _, p := range c.Ignore {
		if dir, ok := strings.CutSuffix(p, "/**"); ok {
			if rel == dir || strings.HasPrefix(rel, dir+"/") {
				return true
			}
			continue
		}
		if ok, _ := path.Match(p, rel); ok {
			return true
		}
	}
	return false
}

func (c *Config) str(root map[string]any, key string) (string, error) {
	v, ok := root[key]
	if !ok || v == nil {
		return "", nil
	}
	s, ok := v.(string)
	if !ok {
		return "", c.errorAt("/"+key, fmt.Sprintf("%s must be text", key))
	}
	return s, nil
}

func (c *Config) strs(root map[string]any, key string) ([]string, error) {
	v, ok := root[key]
	if !ok || v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, c.errorAt("/"+key, fmt.Sprintf("%s must be a list of text", key))
	}
	out := make([]string, len(list))
	for i, x := range list {
		s, ok := x.(string)
		if !ok || s == "" {
			return nil, c.errorAt(fmt.Sprintf("/%s/%d", key, i), fmt.Sprintf("%s must be a list of text", key))
		}
		out[i] = s
	}
	return out, nil
}

func (c *Config) errorAt(pointer, message string) *Error {
	p := c.doc.Position(pointer)
	return &Error{c.doc.Name, p.Line, p.Column, message}
}

func onlyComments(src []byte) bool {
	for line := range strings.Lines(string(src)) {
		if l := strings.TrimSpace(line); l != "" && !strings.HasPrefix(l, "#") {
			return false
		}
	}
	return true
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
