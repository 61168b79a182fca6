package output

import (
	"encoding/json"
	"io"
	"net/url"
	"slices"
	"strings"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// SARIF constants: the version written, the schema it validates against, and
// where the tool and its rules are documented.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	toolName     = "noticelint"
	toolURI      = "https://github.com/noticelint/noticelint"
	ruleDocsURI  = SourceURI + "docs/rules/"
	// srcRoot is the base the artifact URIs are relative to. It is left
	// unresolved (no originalUriBaseIds): only the consumer, such as a code
	// scanning upload run from the repository root, knows where it is.
	srcRoot = "%SRCROOT%"
)

// SourceURI is the address the files of the noticelint repository are
// published under, its main branch on GitHub: links to a built-in rule's
// documentation and source start with it.
const SourceURI = toolURI + "/blob/main/"

// SARIF writes the report as a SARIF 2.1.0 log (OASIS) for code scanning
// dashboards: one run whose driver lists, sorted by id, every rule of
// in.Rules, the loader's syntax and schema rules, and any rule that has
// findings without documentation; then one result per finding. The output is stable: no
// timestamps, no absolute paths, indented JSON.
//
// Choices the specification leaves open or that consumers rely on:
//   - artifact URIs are the file names as given, with forward slashes,
//     percent-encoded, relative to the unresolved base %SRCROOT%;
//   - columns count Unicode code points (columnKind unicodeCodePoints), as
//     Finding.Column does, and an unknown line or column (0) is omitted;
//   - each result has "suppressions": [], which says it was not suppressed,
//     where an absent list would say nothing;
//   - the JSON Pointer of the offending value is in the result's
//     properties.pointer;
//   - braces in messages are doubled, as SARIF §3.11.5 requires of plain
//     text that could otherwise be read as placeholders.
func SARIF(w io.Writer, in Input) error {
	rules := ruleDocs(in)
	index := make(map[string]int, len(rules))
	descriptors := make([]sarifRule, len(rules))
	for i, r := range rules {
		index[r.ID] = i
		descriptors[i] = sarifDescriptor(r)
	}
	results := []sarifResult{}
	for _, f := range in.Report.Files {
		uri := artifactURI(f.File)
		for _, x := range f.Findings {
			loc := sarifPhysical{ArtifactLocation: sarifArtifact{URI: uri, URIBaseID: srcRoot}}
			if x.Line > 0 {
				loc.Region = &sarifRegion{StartLine: x.Line, StartColumn: x.Column}
			}
			results = append(results, sarifResult{
				RuleID:       x.Rule,
				RuleIndex:    index[x.Rule],
				Level:        sarifLevel(x.Severity),
				Message:      sarifMessage{Text: escapeBraces(x.Message)},
				Locations:    []sarifLocation{{PhysicalLocation: loc}},
				Suppressions: []sarifSuppression{},
				Properties:   sarifResultProperties{Pointer: x.Pointer},
			})
		}
	}
	log := sarifLog{
		Schema:  sarifSchema,
		Version: sarifVersion,
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name:           toolName,
				InformationURI: toolURI,
				Rules:          descriptors,
			}},
			ColumnKind: "unicodeCodePoints",
			Results:    results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// HelpURI is the address of a rule's documentation page, docs/rules/<id>.md.
func HelpURI(id string) string { return ruleDocsURI + url.PathEscape(id) + ".md" }

// sarifDescriptor is the reportingDescriptor of a rule. Parts the rule does
// not document are left out. Only the rules that ship with noticelint, the
// built-in Rego rules and the loader's syntax and schema rules, have a
// documentation page, docs/rules/<id>.md, so only they get a helpUri; a
// team's own rules and undocumented ones do not.
func sarifDescriptor(r finding.Rule) sarifRule {
	d := sarifRule{
		ID:   r.ID,
		Name: camelCase(r.ID),
		Properties: sarifRuleProperties{
			Category: r.Category,
			Tags:     distinct(r.References),
		},
	}
	if r.Title != "" {
		d.ShortDescription = &sarifMessage{Text: r.Title}
	}
	if r.Description != "" {
		d.FullDescription = &sarifMessage{Text: r.Description}
	}
	if r.Fix != "" {
		d.Help = &sarifMessage{Text: r.Fix}
	}
	if r.Builtin {
		d.HelpURI = HelpURI(r.ID)
	}
	if r.Severity != "" {
		d.DefaultConfiguration = &sarifConfiguration{Level: sarifLevel(r.Severity)}
	}
	return d
}

// sarifLevel maps a severity to a SARIF level; SARIF calls info "note".
func sarifLevel(s finding.Severity) string {
	switch s {
	case finding.Error:
		return "error"
	case finding.Info:
		return "note"
	}
	return "warning"
}

// camelCase turns a kebab-case rule id into the CamelCase name SARIF
// viewers show: retention-missing becomes RetentionMissing.
func camelCase(id string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(id, "-") {
		if part == "" {
			continue
		}
		b.WriteString(strings.ToUpper(part[:1]))
		b.WriteString(part[1:])
	}
	return b.String()
}

// artifactURI turns a file name as given on the command line into a
// relative URI reference: forward slashes, no drive letter or leading slash
// (the output holds no absolute paths), no "./", and percent-encoding for
// spaces and the other characters a URI cannot hold.
func artifactURI(file string) string {
	p := strings.ReplaceAll(file, `\`, "/")
	if len(p) >= 3 && p[1] == ':' && p[2] == '/' && 'a' <= p[0]|0x20 && p[0]|0x20 <= 'z' {
		p = p[2:]
	}
	p = strings.TrimLeft(p, "/")
	for strings.HasPrefix(p, "./") {
		p = strings.TrimLeft(p[2:], "/")
	}
	// url.URL writes a first segment holding a colon as ./a:b, so that it
	// is not read as a scheme.
	return (&url.URL{Path: p}).String()
}

// distinct returns the strings without repeats, in their first order: SARIF
// tags are a set.
func distinct(list []string) []string {
	out := []string{}
	for _, s := range list {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// escapeBraces doubles { and }, which SARIF reserves for placeholders.
func escapeBraces(s string) string {
	return strings.NewReplacer("{", "{{", "}", "}}").Replace(s)
}

// The SARIF objects noticelint writes, a small subset of the specification.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool       sarifTool     `json:"tool"`
		ColumnKind string        `json:"columnKind"`
		Results    []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string              `json:"id"`
		Name                 string              `json:"name"`
		ShortDescription     *sarifMessage       `json:"shortDescription,omitempty"`
		FullDescription      *sarifMessage       `json:"fullDescription,omitempty"`
		Help                 *sarifMessage       `json:"help,omitempty"`
		HelpURI              string              `json:"helpUri,omitempty"`
		DefaultConfiguration *sarifConfiguration `json:"defaultConfiguration,omitempty"`
		Properties           sarifRuleProperties `json:"properties"`
	}
	sarifRuleProperties struct {
		Category string   `json:"category,omitempty"`
		Tags     []string `json:"tags"`
	}
	sarifConfiguration struct {
		Level string `json:"level"`
	}
	sarifMessage struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID       string                `json:"ruleId"`
		RuleIndex    int                   `json:"ruleIndex"`
		Level        string                `json:"level"`
		Message      sarifMessage          `json:"message"`
		Locations    []sarifLocation       `json:"locations"`
		Suppressions []sarifSuppression    `json:"suppressions"`
		Properties   sarifResultProperties `json:"properties"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           *sarifRegion  `json:"region,omitempty"`
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine,omitempty"`
		StartColumn int `json:"startColumn,omitempty"`
	}
	sarifSuppression struct {
		Kind string `json:"kind"`
	}
	sarifResultProperties struct {
		Pointer string `json:"pointer"`
	}
)
