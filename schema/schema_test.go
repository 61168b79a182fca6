package schema_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/schema"
	"github.com/noticelint/noticelint/schema/internal/schemagen"
)

// The committed schema must be what the Go types generate today.
func TestSchemaIsCurrent(t *testing.T) {
	want, err := schemagen.Generate("..")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(schema.Notice(), want) {
		t.Fatalf("%s is stale: run go generate ./schema", schema.File)
	}
}

func TestSchemaShape(t *testing.T) {
	var s struct {
		Schema string         `json:"$schema"`
		ID     string         `json:"$id"`
		Defs   map[string]any `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Notice(), &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" || s.ID != schema.ID {
		t.Errorf("$schema %q, $id %q", s.Schema, s.ID)
	}
	for _, name := range []string{"Notice", "Controller", "Activity", "Transfer", "Cookie", "Rights", "CountryCode", "LegalBasis"} {
		if _, ok := s.Defs[name]; !ok {
			t.Errorf("definition %s missing", name)
		}
	}
}

// Every object of a notice may list suppressions, through one shared
// definition; a suppression itself lists none.
func TestSchemaSuppressions(t *testing.T) {
	var s struct {
		Defs map[string]struct {
			Type       string                     `json:"type"`
			Properties map[string]json.RawMessage `json:"properties"`
			Required   []string                   `json:"required"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(schema.Notice(), &s); err != nil {
		t.Fatal(err)
	}
	objects := 0
	for name, def := range s.Defs {
		if def.Type != "object" {
			continue
		}
		objects++
		raw, ok := def.Properties[privacy.SuppressionKey]
		var prop map[string]any
		_ = json.Unmarshal(raw, &prop)
		switch {
		case name == "Suppression" && ok:
			t.Error("a suppression must not list suppressions")
		case name != "Suppression" && (len(prop) != 1 || prop["$ref"] != "#/$defs/Suppressions"):
			t.Errorf("%s: %s is %s, want a reference to Suppressions", name, privacy.SuppressionKey, raw)
		}
	}
	entry := s.Defs["Suppression"]
	if objects < 20 || s.Defs["Suppressions"].Type != "array" || len(entry.Properties) != 2 || len(entry.Required) != 1 || entry.Required[0] != "rule" {
		t.Errorf("Suppression %+v, Suppressions %+v, %d objects", entry, s.Defs["Suppressions"], objects)
	}
}
