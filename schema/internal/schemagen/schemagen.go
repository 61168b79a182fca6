// Package schemagen generates the notice JSON Schema from the Go types.
package schemagen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/invopop/jsonschema"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/schema"
)

const module = "github.com/noticelint/noticelint"

// Generate returns the schema, indented, for the module whose root is root.
// It reads the model's doc comments from root/privacy.
func Generate(root string) ([]byte, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	// AddGoComments keys comments by the path it is given, so walk from the root.
	if err := os.Chdir(root); err != nil {
		return nil, err
	}
	defer os.Chdir(wd)

	defs := jsonschema.Definitions{}
	r := &jsonschema.Reflector{Mapper: func(t reflect.Type) *jsonschema.Schema {
		// Scalars and enumerations become shared definitions, not copies at every use.
		def := scalarSchema(t)
		if def == nil {
			return nil
		}
		defs[t.Name()] = def
		return &jsonschema.Schema{Ref: "#/$defs/" + t.Name()}
	}}
	if err := r.AddGoComments(module, "privacy"); err != nil {
		return nil, fmt.Errorf("reading doc comments: %w", err)
	}
	for k, v := range r.CommentMap {
		r.CommentMap[k] = description(k[strings.LastIndex(k, ".")+1:], v)
	}
	s := r.Reflect(&privacy.Notice{})
	for name, def := range defs {
		def.Description = r.CommentMap[module+"/privacy."+name]
		s.Definitions[name] = def
	}
	addSuppressions(r, s.Definitions)
	s.ID = jsonschema.ID(schema.ID)
	s.Title = "Privacy notice"
	s.Description = "A GDPR privacy notice (Art. 13 and 14) as structured data, checked by noticelint. Absent fields mean the notice is silent."

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// addSuppressions lets every object of a notice list suppressions: it adds
// the shared definitions Suppression and Suppressions (no field of the model
// holds them) and, last in every object definition's properties, a
// privacy.SuppressionKey property that refers to Suppressions. A suppression
// itself lists none.
func addSuppressions(r *jsonschema.Reflector, defs jsonschema.Definitions) {
	for _, def := range defs {
		if def.Type == "object" && def.Properties != nil {
			def.Properties.Set(privacy.SuppressionKey, &jsonschema.Schema{Ref: "#/$defs/Suppressions"})
		}
	}
	entry := r.Reflect(&privacy.Suppression{})
	defs["Suppression"] = entry.Definitions["Suppression"]
	defs["Suppressions"] = &jsonschema.Schema{
		Type:        "array",
		Items:       &jsonschema.Schema{Ref: "#/$defs/Suppression"},
		Description: r.CommentMap[module+"/privacy.Suppressions"],
	}
}

var (
	enumType = reflect.TypeFor[privacy.Enum]()
	patterns = map[reflect.Type]*jsonschema.Schema{
		reflect.TypeFor[privacy.Date]():           {Type: "string", Format: "date", Pattern: privacy.DatePattern, Examples: []any{"2024-05-25"}},
		reflect.TypeFor[privacy.Duration]():       {Type: "string", Pattern: privacy.DurationPattern, Examples: []any{"P1M", "P7Y", "P30D"}},
		reflect.TypeFor[privacy.CookieDuration](): {Type: "string", Pattern: privacy.CookieDurationPattern, Examples: []any{"session", "P13M"}},
		reflect.TypeFor[privacy.LanguageTag]():    {Type: "string", Pattern: privacy.LanguageTagPattern, Examples: []any{"nl", "fr-BE"}},
	}
)

// scalarSchema gives the scalar and enumerated types of the model their schema.
func scalarSchema(t reflect.Type) *jsonschema.Schema {
	if s, ok := patterns[t]; ok {
		c := *s
		return &c
	}
	if t == reflect.TypeFor[privacy.CountryCode]() {
		codes := privacy.CountryCodes()
		enum := make([]any, len(codes))
		for i, c := range codes {
			enum[i] = c
		}
		return &jsonschema.Schema{Type: "string", Enum: enum}
	}
	if t.Kind() == reflect.String && t.Implements(enumType) {
		values := reflect.Zero(t).Interface().(privacy.Enum).Values()
		s := &jsonschema.Schema{Type: "string"}
		for _, v := range values {
			s.OneOf = append(s.OneOf, &jsonschema.Schema{Const: v.Value, Title: v.Title, Description: v.Description})
		}
		return s
	}
	return nil
}

// description turns a Go doc comment ("Name is the controller's legal
// name.") into a schema description ("The controller's legal name.").
func description(name, comment string) string {
	rest, ok := strings.CutPrefix(comment, name+" ")
	if !ok {
		return comment
	}
	for _, verb := range []string{"is ", "are "} {
		if r, ok := strings.CutPrefix(rest, verb); ok {
			rest = r
			break
		}
	}
	first, size := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(first)) + rest[size:]
}
