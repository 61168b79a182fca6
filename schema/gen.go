//go:build ignore

// gen writes notice.schema.json from the Go types. Run it with go generate.
package main

import (
	"log"
	"os"
	"path/filepath"

	"github.com/noticelint/noticelint/schema/internal/schemagen"
)

func main() {
	out, err := schemagen.Generate("..")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(".", "notice.schema.json"), out, 0o644); err != nil {
		log.Fatal(err)
	}
}
