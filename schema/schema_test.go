package schema_test

import (
	"bytes"
	"encoding/json"
	"testing"

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
