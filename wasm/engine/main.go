//go:build js && wasm

// Command engine is noticelint's checker for the browser, built with
// GOOS=js GOARCH=wasm by go run ./wasm/build. It runs the command line's own
// code: document loading with positions, schema validation and finding
// shaping (package pipeline). It does not link OPA: the rules run in the
// policy module OPA compiles them to, which the JavaScript glue
// (wasm/web/src/engine.js) loads and calls back into.
//
// The glue sets globalThis.noticelintHost before running the program:
//
//	{
//	  evaluate(input: Uint8Array) -> string | Error  // input JSON in, raw findings JSON out
//	  rules: string                                   // rules.json: {"version", "rules": [finding.Rule]}
//	  ready(), fail(message)                          // called once
//	}
//
// and the program adds check(name, text, asOf) -> string | Error, where text
// is a string or a Uint8Array of the file's bytes and the string is the
// report as `noticelint check --format json` prints it for that one file.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
)

func main() {
	host := js.Global().Get("noticelintHost")
	if host.Type() != js.TypeObject {
		panic("noticelint engine: globalThis.noticelintHost is not set; load the engine with engine.js")
	}
	js.Global().Delete("noticelintHost")
	rules, err := parseRules(host.Get("rules").String())
	if err != nil {
		host.Call("fail", "rules.json: "+err.Error())
		return
	}
	e := &engine{eval: evaluator{host.Get("evaluate")}, rules: pipeline.NewRules(rules, nil)}
	host.Set("check", js.FuncOf(e.jsCheck))
	host.Call("ready")
	select {} // serve check calls until the page goes away
}

// parseRules reads rules.json, written by the build from lint.New's rules.
func parseRules(src string) ([]finding.Rule, error) {
	var doc struct {
		Rules []finding.Rule `json:"rules"`
	}
	if err := json.Unmarshal([]byte(src), &doc); err != nil {
		return nil, err
	}
	if len(doc.Rules) == 0 {
		return nil, errors.New("no rules")
	}
	return doc.Rules, nil
}

type engine struct {
	eval  evaluator
	rules pipeline.Rules
}

// jsCheck is check(name, text, asOf) for JavaScript. Errors are returned
// as Error objects, since a Go callback cannot throw.
func (e *engine) jsCheck(_ js.Value, args []js.Value) any {
	out, err := e.checkArgs(args)
	if err != nil {
		return js.Global().Get("Error").New("noticelint: " + err.Error())
	}
	return out
}

func (e *engine) checkArgs(args []js.Value) (string, error) {
	if len(args) < 2 || args[0].Type() != js.TypeString {
		return "", errors.New("check(name, text, asOf): name must be a string")
	}
	name := args[0].String()
	var src []byte
	switch t := args[1]; {
	case t.Type() == js.TypeString:
		src = []byte(t.String())
	case t.InstanceOf(js.Global().Get("Uint8Array")):
		src = make([]byte, t.Length())
		js.CopyBytesToGo(src, t)
	default:
		return "", errors.New("check(name, text, asOf): text must be a string or a Uint8Array")
	}
	asOf := ""
	if len(args) > 2 && args[2].Type() == js.TypeString {
		asOf = args[2].String()
	}
	return e.check(name, src, asOf)
}

// check returns the JSON report of one file, byte for byte what
// `noticelint check --format json` prints (package output's JSON format).
func (e *engine) check(name string, src []byte, asOf string) (string, error) {
	if asOf == "" {
		asOf = time.Now().UTC().Format(time.DateOnly)
	}
	if !privacy.Date(asOf).Valid() {
		return "", fmt.Errorf("as-of date %q: expected YYYY-MM-DD", asOf)
	}
	file, err := pipeline.Check(context.Background(), e.eval, e.rules, document.Limits{}, name, src, asOf)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(finding.NewReport(asOf, file)); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// evaluator runs the rules by calling the glue's evaluate, which evaluates
// the OPA-compiled policy. The input crosses as JSON bytes, so numbers keep
// their exact text.
type evaluator struct{ fn js.Value }

func (ev evaluator) Evaluate(_ context.Context, doc *document.Document, asOf string) ([]pipeline.Raw, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(pipeline.Input(doc, asOf)); err != nil {
		return nil, fmt.Errorf("encoding the input: %w", err)
	}
	in := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	arr := js.Global().Get("Uint8Array").New(len(in))
	js.CopyBytesToJS(arr, in)
	res := ev.fn.Invoke(arr)
	if res.Type() != js.TypeString {
		msg := "the policy returned no findings"
		if res.Type() == js.TypeObject {
			msg = res.Get("message").String()
		}
		return nil, fmt.Errorf("evaluating the rules: %s", msg)
	}
	var raw []pipeline.Raw
	if err := json.Unmarshal([]byte(res.String()), &raw); err != nil {
		return nil, fmt.Errorf("evaluating the rules: %w", err)
	}
	return raw, nil
}
