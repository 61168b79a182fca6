// Package rego embeds the noticelint rules, the helpers they share, the
// router that collects their findings and the legal facts they judge by.
//
// Layout: rules/<category>/<rule_name>/<rule_name>.rego with its _test.rego
// beside it (package noticelint.rules.<category>.<rule_name>); lib/ the shared
// helpers (noticelint.lib.*); main/ the router (noticelint.main); facts/*.json
// the legal facts, each file loaded as data.noticelint.facts.<file name>.
package rego

import (
	"embed"
	"io/fs"
)

//go:embed main lib rules facts
var files embed.FS

// FS returns the embedded rules, helpers, tests and facts.
func FS() fs.FS { return files }
