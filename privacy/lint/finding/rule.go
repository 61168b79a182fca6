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
	// Package is the Rego package path, such as data.noticelint.rules.transfers.transfer_privacy_shield.
	Package string `json:"package"`
}

// Resource is a document a rule refers to.
type Resource struct {
	Description string `json:"description"`
	URL         string `json:"url"`
}
