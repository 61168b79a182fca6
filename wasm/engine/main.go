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
//	  evaluate(input: Uint8Array) -> Uint8Array | Error  // input JSON in, the policy's result set JSON out
//	  rules: [{id, severity, references}]                 // of rules.json's rules, what shaping findings needs
//	  ready(), fail(message)                              // called once
//	}
//
// and the program adds
//
//	check(name, text, asOf, compact?) -> string | Error
//	warm() -> undefined | Error
//	compileSchema() -> undefined | Error
//	gc(percent)
//
// check's text is a string or a Uint8Array of the file's bytes, and the
// string it returns is the report as `noticelint check --format json`
// prints it for that one file; compact true leaves out the indentation,
// which the page, parsing the report, does without. warm reads the quick
// check of the notice schema, all that a check of a notice the schema
// accepts needs, now rather than in the first check. compileSchema
// compiles the schema for the validator, which a check needs only for a
// notice the schema refuses, and which takes many times longer: a page
// calls it once it has its first findings. gc sets the garbage
// collector's target percentage (runtime/debug.SetGCPercent) and collects:
// a page may start the engine with GOGC=off, which spares the start-up the
// collections, and turn it on once the first findings are out.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall/js"
	"time"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
	"github.com/noticelint/noticelint/wasm/internal/wire"
)

func main() {
	host := js.Global().Get("noticelintHost")
	if host.Type() != js.TypeObject {
		panic("noticelint engine: globalThis.noticelintHost is not set; load the engine with engine.js")
	}
	js.Global().Delete("noticelintHost")
	rules, err := readRules(host.Get("rules"))
	if err != nil {
		host.Call("fail", "rules.json: "+err.Error())
		return
	}
	e := &engine{eval: &evaluator{fn: host.Get("evaluate"), uint8Array: js.Global().Get("Uint8Array")}, rules: pipeline.NewRules(rules, nil)}
	host.Set("check", js.FuncOf(e.jsCheck))
	host.Set("warm", js.FuncOf(jsWarm))
	host.Set("compileSchema", js.FuncOf(jsCompileSchema))
	host.Set("gc", js.FuncOf(jsGC))
	host.Call("ready")
	select {} // serve check calls until the page goes away
}

// readRules reads the rules from the glue: rules.json's rules (written by
// the build from lint.New's), as objects, of which shaping findings reads
// the id, the severity and the references. They come as JavaScript values
// rather than JSON: decoding JSON into structs with encoding/json runs
// code that runs nowhere else during the start, cold, for tens of
// milliseconds.
func readRules(v js.Value) ([]finding.Rule, error) {
	if v.Type() != js.TypeObject || !v.InstanceOf(js.Global().Get("Array")) {
		return nil, errors.New("the rules are not a list")
	}
	n := v.Length()
	if n == 0 {
		return nil, errors.New("no rules")
	}
	rules := make([]finding.Rule, n)
	for i := range rules {
		r := v.Index(i)
		id, sev := r.Get("id"), r.Get("severity")
		if id.Type() != js.TypeString || sev.Type() != js.TypeString {
			return nil, fmt.Errorf("rule %d has no id or no severity", i)
		}
		severity, err := finding.ParseSeverity(sev.String())
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", id.String(), err)
		}
		rules[i] = finding.Rule{ID: id.String(), Severity: severity}
		switch refs := r.Get("references"); refs.Type() {
		case js.TypeUndefined, js.TypeNull:
		case js.TypeObject:
			rules[i].References = make([]string, refs.Length())
			for j := range rules[i].References {
				ref := refs.Index(j)
				if ref.Type() != js.TypeString {
					return nil, fmt.Errorf("rule %s: a reference is not text", id.String())
				}
				rules[i].References[j] = ref.String()
			}
		default:
			return nil, fmt.Errorf("rule %s: the references are not a list", id.String())
		}
	}
	return rules, nil
}

type engine struct {
	eval  *evaluator
	rules pipeline.Rules
	buf   bytes.Buffer // the report being written; reused
}

// jsGC is gc(percent) for JavaScript.
func jsGC(_ js.Value, args []js.Value) any {
	if len(args) > 0 && args[0].Type() == js.TypeNumber {
		debug.SetGCPercent(args[0].Int())
	}
	runtime.GC()
	return js.Undefined()
}

// jsWarm is warm() for JavaScript: it reads the quick check of the notice
// schema, which the first check would otherwise do, so that a caller can
// do it while nothing waits for a check.
func jsWarm(js.Value, []js.Value) any {
	if err := document.PrepareQuickCheck(); err != nil {
		return js.Global().Get("Error").New("noticelint: the notice schema: " + err.Error())
	}
	return js.Undefined()
}

// jsCompileSchema is compileSchema() for JavaScript: it compiles the notice
// schema for the validator, which the first check of a notice the schema
// refuses would otherwise do.
func jsCompileSchema(js.Value, []js.Value) any {
	if err := document.CompileSchema(); err != nil {
		return js.Global().Get("Error").New("noticelint: the notice schema: " + err.Error())
	}
	return js.Undefined()
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
	compact := len(args) > 3 && args[3].Truthy()
	return e.check(name, src, asOf, compact)
}

// check returns the JSON report of one file, byte for byte what
// `noticelint check --format json` prints (package output's JSON format),
// or the same without indentation when compact.
func (e *engine) check(name string, src []byte, asOf string, compact bool) (string, error) {
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
	e.buf.Reset()
	enc := json.NewEncoder(&e.buf)
	if !compact {
		enc.SetIndent("", "  ")
	}
	enc.SetEscapeHTML(false)
	if err := enc.Encode(finding.NewReport(asOf, file)); err != nil {
		return "", err
	}
	return e.buf.String(), nil
}

// evaluator runs the rules by calling the glue's evaluate, which evaluates
// the OPA-compiled policy. The input crosses as JSON bytes, so numbers keep
// their exact text, and the policy's result set comes back as JSON bytes.
// Both are encoded and decoded by package wire, which does what
// encoding/json does without its reflection.
type evaluator struct {
	fn         js.Value
	uint8Array js.Value
	in, out    []byte // reused from check to check
}

func (ev *evaluator) Evaluate(_ context.Context, doc *document.Document, asOf string) ([]pipeline.Raw, error) {
	in, err := wire.AppendValue(ev.in[:0], pipeline.Input(doc, asOf))
	if err != nil {
		return nil, fmt.Errorf("encoding the input: %w", err)
	}
	ev.in = in
	arr := ev.uint8Array.New(len(in))
	js.CopyBytesToJS(arr, in)
	res := ev.fn.Invoke(arr)
	if res.Type() != js.TypeObject || !res.InstanceOf(ev.uint8Array) {
		msg := "the policy returned no findings"
		if res.Type() == js.TypeObject {
			msg = res.Get("message").String()
		}
		return nil, fmt.Errorf("evaluating the rules: %s", msg)
	}
	n := res.Length()
	if cap(ev.out) < n {
		ev.out = make([]byte, n)
	}
	out := ev.out[:n]
	js.CopyBytesToGo(out, res)
	raw, err := wire.DecodeResultSet(out)
	if err != nil {
		return nil, fmt.Errorf("evaluating the rules: %w", err)
	}
	return raw, nil
}
