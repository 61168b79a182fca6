package finding

// Rule is the documentation of one rule, read from its METADATA block. It is
// the single source for findings, rule listings and generated docs.
type Rule struct {
	// ID is the stable, kebab-case id: the package name with dashes.
	ID string `json:"id"`
	// Category is the folder the rule sits in, such as transfers.
	Category string `json:"category"`
	// Title is a short, readable name.
	Title string `json:"title"`
	// Description says what the rule checks and why.
	Description string `json:"description"`
	// Severity is the default severity of its findings.
	Severity Severity `json:"severity"`
	// References are the legal provisions the rule rests on.
	References []string `json:"references"`
	// Fix says how to correct the notice.
	Fix string `json:"fix"`
	// Resources link to the law, case law and guidance behind the rule.
	Resources []Resource `json:"resources"`
	// Examples are notice fragments that make the rule fire and that do not.
	// Built-in rules have both; a custom rule may omit them.
	Examples Examples `json:"examples,omitzero"`
	// Package is the Rego package path, such as data.noticelint.rules.transfers.transfer_privacy_shield.
	Package string `json:"package"`
	// Source is the file that defines the rule: for a built-in rule its path
	// in the noticelint repository (rego/rules/<category>/<rule_name>/<rule_name>.rego),
	// for a custom rule the file as found in the rules directory given.
	Source string `json:"source,omitempty"`
	// Builtin is true for the rules that ship with noticelint, each
	// documented at docs/rules/<id>.md in its repository.
	Builtin bool `json:"builtin"`
}

// Examples are two fragments of a notice, in YAML, in the style of "Avoid"
// and "Prefer" documentation: Avoid makes the rule fire, Prefer is the same
// part of the notice put right. Each is a valid notice on its own, if an
// incomplete one, that loads without syntax or schema findings (but for the
// Avoid fragments of the syntax and schema rules themselves).
type Examples struct {
	Avoid  string `json:"avoid"`
	Prefer string `json:"prefer"`
}

// Resource is a document a rule refers to.
type Resource struct {
	Description string `json:"description"`
	URL         string `json:"url"`
}
