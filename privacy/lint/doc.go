// Package lint checks privacy notices against the noticelint rules.
//
// A Linter compiles the embedded Rego rules once, with the builtins they may
// use restricted to pure functions (no network, clock, randomness or
// environment), and prepares one query that every check reuses. It is safe
// for concurrent use. Documents are read from bytes or an fs.FS, never from
// paths or the process environment, so the browser build reuses this code.
package lint
