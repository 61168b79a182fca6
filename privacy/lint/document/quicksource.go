package document

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/noticelint/noticelint/schema"
)

// quickNotice is the quick check of the notice schema read from the
// schema's text, without compiling the schema for the validator. Compiling
// costs some 15 ms natively but half a second in a browser, most of it
// checking the schema against its metaschema; a notice the quick check
// accepts never needs the validator, so the browser's first check does not
// wait for it (PrepareQuickCheck). TestQuickFromSource holds it equal to
// the quick check compileQuick builds from the compiled schema.
var quickNotice = sync.OnceValues(func() (*quickSchema, error) { return quickFromSource(schema.Notice()) })

// PrepareQuickCheck reads the quick check of the notice schema now: what
// Validate needs for a notice the schema accepts. Should the schema's text
// use a keyword the reader does not know, it compiles the schema instead,
// as Validate then would. CompileSchema prepares the rest, for notices the
// schema refuses.
func PrepareQuickCheck() error {
	if _, err := quickNotice(); err == nil {
		return nil
	}
	return CompileSchema()
}

// quickFromSource builds the quick check of a schema from its text. It
// reads the keywords the notice schema uses, as the validator reads them,
// and fails on any other, as compileQuick does.
func quickFromSource(src []byte) (*quickSchema, error) {
	dec := json.NewDecoder(bytes.NewReader(src))
	dec.UseNumber() // as the validator decodes schemas
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, err
	}
	rewriteEnums(root)
	qb := &quickBuilder{root: root, refs: map[string]*quickSchema{}, inPlace: map[*quickSchema][]*quickSchema{}}
	q, err := qb.build(root, "")
	if err != nil {
		return nil, err
	}
	if err := noInPlaceCycle(qb.inPlace); err != nil {
		return nil, err
	}
	return q, nil
}

type quickBuilder struct {
	root    any
	refs    map[string]*quickSchema // by $ref, each built once as the validator compiles it once
	inPlace map[*quickSchema][]*quickSchema
}

// Keywords that only annotate: they never decide whether a value is valid.
var annotations = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "$comment": true,
	"title": true, "description": true, "examples": true, "default": true,
	"deprecated": true, "readOnly": true, "writeOnly": true,
}

func (qb *quickBuilder) build(v any, at string) (*quickSchema, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case bool:
		return &quickSchema{always: v, never: !v}, nil
	case map[string]any:
		return qb.object(v, at)
	}
	return nil, fmt.Errorf("%s: a schema of type %T", at, v)
}

func (qb *quickBuilder) object(m map[string]any, at string) (*quickSchema, error) {
	q := &quickSchema{minProps: -1, maxProps: -1, minItems: -1, maxItems: -1, minLength: -1, maxLength: -1}
	var err error
	for key, val := range m {
		if annotations[key] {
			continue
		}
		switch key {
		case "type":
			types, ok := val.([]any)
			if s, isText := val.(string); isText {
				types, ok = []any{s}, true
			}
			if !ok {
				return nil, fmt.Errorf("%s/type: %v", at, val)
			}
			for _, t := range types {
				bit, known := typeBits[fmt.Sprint(t)]
				if !known {
					return nil, fmt.Errorf("%s: unknown type %v", at, t)
				}
				q.types |= bit
			}
		case "const":
			q.constant = []any{val}
		case "enum":
			values, _ := val.([]any)
			q.hasEnum = true
			for _, e := range values {
				if t, ok := e.(string); ok {
					if q.enumText == nil {
						q.enumText = map[string]struct{}{}
					}
					q.enumText[t] = struct{}{}
				} else {
					q.enum = append(q.enum, e)
				}
			}
		case "format":
			q.format = jsonschema.Formats[fmt.Sprint(val)]
		case "pattern":
			if q.pattern, err = regexp.Compile(fmt.Sprint(val)); err != nil {
				return nil, fmt.Errorf("%s/pattern: %w", at, err)
			}
		case "minimum", "maximum":
			n, ok := val.(json.Number)
			r, valid := new(big.Rat).SetString(string(n))
			if !ok || !valid {
				return nil, fmt.Errorf("%s/%s: %v", at, key, val)
			}
			if key == "minimum" {
				q.minimum = r
			} else {
				q.maximum = r
			}
		case "required":
			names, _ := val.([]any)
			for _, n := range names {
				q.required = append(q.required, fmt.Sprint(n))
			}
		case "properties":
			props, _ := val.(map[string]any)
			q.props = make(map[string]*quickSchema, len(props))
			for name, ps := range props {
				if q.props[name], err = qb.build(ps, at+"/properties/"+escapePointer(name)); err != nil {
					return nil, err
				}
			}
		case "additionalProperties":
			if b, ok := val.(bool); ok {
				q.noAdditional = !b
			} else if q.additional, err = qb.build(val, at+"/additionalProperties"); err != nil {
				return nil, err
			}
		case "items":
			if q.items, err = qb.build(val, at+"/items"); err != nil {
				return nil, err
			}
		case "$ref":
			if q.ref, err = qb.ref(fmt.Sprint(val), at); err != nil {
				return nil, err
			}
			qb.inPlace[q] = append(qb.inPlace[q], q.ref)
		case "oneOf", "anyOf", "allOf":
			subs, _ := val.([]any)
			var list []*quickSchema
			for i, s := range subs {
				p, err := qb.build(s, fmt.Sprintf("%s/%s/%d", at, key, i))
				if err != nil {
					return nil, err
				}
				qb.inPlace[q] = append(qb.inPlace[q], p)
				list = append(list, p)
			}
			switch key {
			case "oneOf":
				q.oneOf = list
			case "anyOf":
				q.anyOf = list
			default:
				q.allOf = list
			}
		default:
			return nil, fmt.Errorf("%s uses %s, which the quick check does not read from the schema's text", cmp.Or(at, "the schema"), key)
		}
	}
	return q, nil
}

// ref builds the schema a $ref names: a JSON Pointer into the same document.
func (qb *quickBuilder) ref(ref, at string) (*quickSchema, error) {
	if q, ok := qb.refs[ref]; ok {
		return q, nil
	}
	pointer, ok := strings.CutPrefix(ref, "#")
	if !ok {
		return nil, fmt.Errorf("%s: $ref %q is not within the schema", at, ref)
	}
	target, ok := valueAt(qb.root, pointer)
	if !ok {
		return nil, fmt.Errorf("%s: $ref %q names nothing", at, ref)
	}
	// Registered before it is built, so that a schema may refer to itself.
	q := &quickSchema{}
	qb.refs[ref] = q
	built, err := qb.build(target, pointer)
	if err != nil {
		return nil, err
	}
	*q = *built
	if links, ok := qb.inPlace[built]; ok {
		qb.inPlace[q] = links
		delete(qb.inPlace, built)
	}
	return q, nil
}
