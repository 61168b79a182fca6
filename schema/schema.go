// Package schema holds the JSON Schema (2020-12) of a privacy notice,
// generated from the Go types of package privacy and embedded here so that
// every front end validates against the same bytes.
package schema

import _ "embed"

//go:generate go run gen.go

// ID is the schema's $id. It is absolute so that a validator can register it
// without a working directory (the browser has none).
const ID = "https://raw.githubusercontent.com/noticelint/noticelint/main/schema/notice.schema.json"

// File is the schema's file name beside this package.
const File = "notice.schema.json"

//go:embed notice.schema.json
var notice []byte

// Notice returns the notice schema as JSON.
func Notice() []byte { return notice }
