package document

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/url"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/noticelint/noticelint/privacy"
	"github.com/noticelint/noticelint/privacy/lint/finding"
	"github.com/noticelint/noticelint/schema"
)

// notice is the compiled notice schema and what the messages need to know
// about it, built once per process. A compiled schema is read-only, so
// Validate may run from many goroutines.
var notice = sync.OnceValues(compileNotice)

// CompileSchema compiles the notice schema now rather than on the first
// Validate, so that a caller can pay for it ahead of time, for example
// while it prepares the rules. It is safe to call more than once.
func CompileSchema() error {
	_, _ = quickNotice() // failing, it leaves Validate the compiled schema's quick check
	_, err := notice()
	return err
}

func compileNotice() (*noticeSchema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	// Everything the schema needs is registered below; refuse to open files
	// or the network for anything else.
	c.LoadURL = func(url string) (io.ReadCloser, error) {
		return nil, fmt.Errorf("%s is not available offline", url)
	}
	src, err := withEnums(schema.Notice())
	if err != nil {
		return nil, err
	}
	// The absolute $id lets the compiler resolve every reference without a
	// working directory, which the browser lacks.
	if err := c.AddResource(schema.ID, bytes.NewReader(src)); err != nil {
		return nil, err
	}
	s, err := c.Compile(schema.ID)
	if err != nil {
		return nil, err
	}
	// Messages read the published schema: its property order and the values
	// of its enumerations, which the validator sees as enum.
	doc, fs := Parse(schema.File, schema.Notice())
	if doc == nil {
		return nil, fmt.Errorf("reading %s: %s", schema.File, fs[0].Message)
	}
	ns := &noticeSchema{compiled: s, doc: doc, props: map[string][]string{}, items: map[string]*jsonschema.Schema{}}
	defs, _ := ns.at("/$defs").(map[string]any)
	for name := range defs {
		p := "/$defs/" + escapePointer(name)
		if _, ok := ns.at(p + "/properties").(map[string]any); ok {
			ns.props[p] = ns.orderedProperties(p)
		}
	}
	// Lists of the notice whose schema is no more than "a list of X" can
	// have their items checked apart, in parallel.
	root, _ := ns.at("/$ref").(string)
	rootDef := strings.TrimPrefix(root, "#")
	for _, name := range ns.props[rootDef] {
		prop, _ := ns.at(rootDef + "/properties/" + escapePointer(name)).(map[string]any)
		items, _ := prop["items"].(map[string]any)
		ref, _ := items["$ref"].(string)
		if prop["type"] != "array" || !onlyKeys(prop, "type", "items", "description") || !onlyKeys(items, "$ref") || !strings.HasPrefix(ref, "#/$defs/") {
			continue
		}
		item, err := c.Compile(schema.ID + ref)
		if err != nil {
			return nil, err
		}
		ns.items[name] = item
	}
	// The quick check answers for valid documents; should it not cover the
	// schema, the validator answers for all (TestQuickCoversSchema).
	roots := []*jsonschema.Schema{s}
	names := slices.Sorted(maps.Keys(ns.items))
	for _, name := range names {
		roots = append(roots, ns.items[name])
	}
	if quick, err := compileQuick(c, roots...); err == nil {
		ns.quick = quick[0]
		ns.quickItems = map[string]*quickSchema{}
		for i, name := range names {
			ns.quickItems[name] = quick[i+1]
		}
	} else {
		ns.quickErr = err
	}
	return ns, nil
}

// withEnums rewrites every oneOf whose subschemas are all const, which is how
// the published schema documents each value of an enumeration, into the
// equivalent enum. A validator checks an enum once per value instead of
// trying every alternative and recording an error for each miss.
func withEnums(src []byte) ([]byte, error) {
	var root any
	if err := json.Unmarshal(src, &root); err != nil {
		return nil, err
	}
	rewriteEnums(root)
	return json.Marshal(root)
}

// rewriteEnums is withEnums on a decoded schema, in place.
func rewriteEnums(v any) {
	switch v := v.(type) {
	case map[string]any:
		if values, ok := constValues(v["oneOf"]); ok {
			delete(v, "oneOf")
			v["enum"] = values
		}
		for _, x := range v {
			rewriteEnums(x)
		}
	case []any:
		for _, x := range v {
			rewriteEnums(x)
		}
	}
}

// constValues returns the values of a oneOf list whose subschemas are all const.
func constValues(oneOf any) ([]any, bool) {
	subs, _ := oneOf.([]any)
	values := make([]any, 0, len(subs))
	for _, s := range subs {
		m, _ := s.(map[string]any)
		c, ok := m["const"]
		if !ok {
			return nil, false
		}
		values = append(values, c)
	}
	return values, len(values) > 0
}

// onlyKeys reports whether m has no key but those given.
func onlyKeys(m map[string]any, keys ...string) bool {
	for k := range m {
		if !slices.Contains(keys, k) {
			return false
		}
	}
	return true
}

// noticeSchema is the compiled schema with the schema document itself, read
// with this package's parser so that property names keep their order.
type noticeSchema struct {
	compiled *jsonschema.Schema
	doc      *Document
	props    map[string][]string           // property names of each object schema in $defs, in order
	items    map[string]*jsonschema.Schema // item schema of the notice's plain lists, by property

	// quick and quickItems answer for compiled and items whether a value
	// is valid, quickly; nil when the schema uses what they do not cover,
	// for the reason quickErr.
	quick      *quickSchema
	quickItems map[string]*quickSchema
	quickErr   error
}

// at returns the schema value at a pointer into the schema document.
func (s *noticeSchema) at(pointer string) any {
	v, _ := valueAt(s.doc.Value, pointer)
	return v
}

// properties returns the property names of the object schema at pointer,
// in the order the schema lists them.
func (s *noticeSchema) properties(pointer string) []string {
	if names, ok := s.props[pointer]; ok {
		return names
	}
	return s.orderedProperties(pointer)
}

func (s *noticeSchema) orderedProperties(pointer string) []string {
	props, _ := s.at(pointer + "/properties").(map[string]any)
	names := make([]string, 0, len(props))
	for name := range props {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		pa := s.doc.Position(pointer + "/properties/" + escapePointer(a))
		pb := s.doc.Position(pointer + "/properties/" + escapePointer(b))
		return cmp.Or(cmp.Compare(pa.Line, pb.Line), cmp.Compare(pa.Column, pb.Column), strings.Compare(a, b))
	})
	return names
}

// ref returns the $defs pointer that the schema at pointer refers to,
// directly or for its items, or "".
func (s *noticeSchema) ref(pointer string) string {
	for _, p := range []string{pointer, pointer + "/items"} {
		if r, ok := s.at(p + "/$ref").(string); ok {
			if frag, ok := strings.CutPrefix(r, "#"); ok {
				return frag
			}
		}
	}
	return ""
}

// Validate checks the document against the notice schema and returns one
// finding per problem, with rule finding.RuleSchema and severity error,
// sorted with finding.Sort. It is safe for concurrent use.
func (d *Document) Validate() []finding.Finding {
	if d == nil {
		return nil
	}
	v := &validation{doc: d}
	for _, iv := range d.invalid {
		v.add(iv.pointer, kindInvalid, d.schemaFinding(iv.pointer, iv.message))
	}
	// Should the schema's text use what the quick check cannot read, the
	// compiled schema's quick check answers below.
	if q, err := quickNotice(); err == nil && q.valid(d.Value) {
		return finding.Sort(v.result())
	}
	s, err := notice()
	if err != nil {
		return []finding.Finding{d.schemaFinding("", "internal error: the notice schema cannot be used: "+err.Error())}
	}
	v.schema = s
	if s.quick != nil && s.quick.valid(d.Value) {
		return finding.Sort(v.result())
	}
	for _, part := range s.split(d.Value) {
		if part.err == nil {
			continue
		}
		var ve *jsonschema.ValidationError
		if !errors.As(part.err, &ve) {
			return []finding.Finding{d.schemaFinding("", "internal error while checking the notice against the schema: "+part.err.Error())}
		}
		v.prefix = part.prefix
		v.walk(ve)
	}
	return finding.Sort(v.result())
}

// part is the result of validating one part of a document: the document
// without its plain lists, or one item of such a list.
type part struct {
	prefix string // pointer of the part in the document
	err    error
}

// split validates a document that the quick check refused in parts: the
// items of its plain lists apart from the rest. The quick check picks out
// the parts that are valid, and the validator, whose errors make the
// findings, runs only on the others, spread over the available processors
// when they are many. A large notice is mostly a long list of activities,
// and an error in one of them should not cost a validation of all.
func (s *noticeSchema) split(v any) []part {
	obj, _ := v.(map[string]any)
	type list struct {
		name  string
		items []any
	}
	var lists []list
	if obj != nil {
		for name := range s.items {
			if items, ok := obj[name].([]any); ok && len(items) > 0 {
				lists = append(lists, list{name, items})
			}
		}
	}
	if len(lists) == 0 {
		return []part{{err: s.compiled.Validate(v)}}
	}
	rest := maps.Clone(obj)
	type job struct {
		schema *jsonschema.Schema
		value  any
		prefix string
	}
	for _, l := range lists {
		rest[l.name] = []any{}
	}
	var jobs []job
	if s.quick == nil || !s.quick.valid(rest) {
		jobs = append(jobs, job{s.compiled, rest, ""})
	}
	for _, l := range lists {
		quick := s.quickItems[l.name]
		for i, it := range l.items {
			if quick == nil || !quick.valid(it) {
				jobs = append(jobs, job{s.items[l.name], it, "/" + escapePointer(l.name) + "/" + strconv.Itoa(i)})
			}
		}
	}
	parts := make([]part, len(jobs))
	validate := func(start, end int) {
		for i := start; i < end; i++ {
			parts[i] = part{prefix: jobs[i].prefix, err: jobs[i].schema.Validate(jobs[i].value)}
		}
	}
	const minParallel = 32 // below this many parts, goroutines cost more than they save
	workers := runtime.GOMAXPROCS(0)
	if workers < 2 || len(jobs) < minParallel {
		validate(0, len(jobs))
		return parts
	}
	var wg sync.WaitGroup
	chunk := (len(jobs) + workers - 1) / workers
	for start := 0; start < len(jobs); start += chunk {
		end := min(start+chunk, len(jobs))
		wg.Go(func() { validate(start, end) })
	}
	wg.Wait()
	return parts
}

func (d *Document) schemaFinding(pointer, message string) finding.Finding {
	pos := d.Position(pointer)
	return finding.Finding{
		Rule:     finding.RuleSchema,
		Severity: finding.Error,
		Message:  message,
		Pointer:  pointer,
		Line:     pos.Line,
		Column:   pos.Column,
	}
}

// kind ranks the candidate findings for one value: when a value has the
// wrong type, what the other keywords say about it is noise.
type kind int

const (
	kindMember  kind = iota // an unknown or missing member; never suppressed
	kindValue               // a problem with the value's content
	kindType                // the value has the wrong type
	kindInvalid             // a number JSON cannot hold; suppresses the rest
)

type candidate struct {
	inst string // instance location the problem is about
	kind kind
	f    finding.Finding
}

type validation struct {
	doc        *Document
	schema     *noticeSchema
	candidates []candidate
	prefix     string // pointer of the part being walked
}

func (v *validation) add(inst string, k kind, f finding.Finding) {
	v.candidates = append(v.candidates, candidate{inst: inst, kind: k, f: f})
}

// result drops candidates that a worse candidate for the same value makes
// redundant.
func (v *validation) result() []finding.Finding {
	worst := map[string]kind{}
	for _, c := range v.candidates {
		if c.kind != kindMember && c.kind > worst[c.inst] {
			worst[c.inst] = c.kind
		}
	}
	var out []finding.Finding
	for _, c := range v.candidates {
		if c.kind == kindMember || c.kind == worst[c.inst] {
			out = append(out, c.f)
		}
	}
	return out
}

// walk turns the error tree into candidates. Only leaves say what is wrong.
func (v *validation) walk(e *jsonschema.ValidationError) {
	frag := fragment(e.AbsoluteKeywordLocation)
	parent, kw := splitLast(frag)
	if len(e.Causes) > 0 {
		for _, c := range e.Causes {
			v.walk(c)
		}
		return
	}
	inst := v.prefix + instancePointer(e.InstanceLocation)
	switch kw {
	case "additionalProperties":
		v.unknownFields(inst, parent)
	case "required":
		v.missingFields(inst, parent)
	case "type":
		v.wrongType(inst, frag)
	case "enum":
		v.enumKeyword(inst, frag, parent)
	case "const":
		v.enum(inst, []string{fmt.Sprint(v.schema.at(frag))})
	case "pattern", "format", "minLength", "maxLength":
		v.form(inst, parent, kw, frag)
	case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum":
		v.bound(inst, kw, frag)
	default:
		v.add(inst, kindValue, v.doc.schemaFinding(inst, fmt.Sprintf("the value of %s is not valid here", v.label(inst))))
	}
}

// fragment returns the JSON Pointer part of an absolute keyword location.
func fragment(loc string) string {
	_, frag, _ := strings.Cut(loc, "#")
	return frag
}

// splitLast splits a pointer into its parent and last segment.
func splitLast(p string) (string, string) {
	i := strings.LastIndexByte(p, '/')
	if i < 0 {
		return "", p
	}
	return p[:i], p[i+1:]
}

// instancePointer turns the validator's instance location, whose segments
// are also URL-escaped, into a plain RFC 6901 pointer.
func instancePointer(loc string) string {
	if loc == "" || !strings.Contains(loc, "%") {
		return loc
	}
	segs := strings.Split(loc, "/")
	for i, s := range segs {
		if u, err := url.PathUnescape(s); err == nil {
			segs[i] = u
		}
	}
	return strings.Join(segs, "/")
}

// valueAt returns the value at pointer in v.
func valueAt(v any, pointer string) (any, bool) {
	if pointer == "" {
		return v, true
	}
	if !strings.HasPrefix(pointer, "/") {
		return nil, false
	}
	for _, seg := range strings.Split(pointer[1:], "/") {
		seg = unescapePointer(seg)
		switch x := v.(type) {
		case map[string]any:
			c, ok := x[seg]
			if !ok {
				return nil, false
			}
			v = c
		case []any:
			i, ok := arrayIndex(seg)
			if !ok || i >= len(x) {
				return nil, false
			}
			v = x[i]
		default:
			return nil, false
		}
	}
	return v, true
}

// value returns the instance value at pointer.
func (v *validation) value(pointer string) any {
	x, _ := valueAt(v.doc.Value, pointer)
	return x
}

// label names the value at pointer for a message: "title" for a field,
// an item of "languages" for an array element, the document for the root.
func (v *validation) label(pointer string) string {
	if pointer == "" {
		return "the document"
	}
	parent, last := splitLast(pointer)
	if _, isArray := v.value(parent).([]any); isArray {
		if parent == "" {
			return "an item of the document"
		}
		_, name := splitLast(parent)
		return fmt.Sprintf("an item of %q", unescapePointer(name))
	}
	return fmt.Sprintf("%q", unescapePointer(last))
}

// field is the name of the field a value belongs to, for "not an allowed
// value for legal_bases": the member's name, or the list's for an item.
func (v *validation) field(pointer string) string {
	parent, last := splitLast(pointer)
	if _, isArray := v.value(parent).([]any); isArray {
		_, last = splitLast(parent)
	}
	return unescapePointer(last)
}

// where says where an object is: "at the top level" or "in activities/0".
func where(pointer string) string {
	if pointer == "" {
		return "at the top level"
	}
	segs := strings.Split(pointer[1:], "/")
	for i, s := range segs {
		segs[i] = unescapePointer(s)
	}
	return "in " + strings.Join(segs, "/")
}

func (v *validation) unknownFields(inst, schemaPtr string) {
	obj, _ := v.value(inst).(map[string]any)
	allowed := v.schema.properties(schemaPtr)
	for key := range obj {
		if slices.Contains(allowed, key) {
			continue
		}
		ptr := inst + "/" + escapePointer(key)
		msg := fmt.Sprintf("unknown field %q %s", key, where(inst))
		if s := suggest(key, allowed); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else if home := v.home(key, schemaPtr, allowed); home != "" {
			msg += fmt.Sprintf("; it belongs inside %q", home)
		} else {
			msg += "; the fields allowed here are: " + strings.Join(listed(allowed), ", ")
		}
		v.add(ptr, kindMember, v.doc.schemaFinding(ptr, msg))
	}
}

// listed returns the fields a message lists as allowed: all but
// privacy.SuppressionKey, which every object allows, so that naming it on
// every line would hide the fields that make each object what it is. It is
// still suggested for a misspelling of it.
func listed(allowed []string) []string {
	if !slices.Contains(allowed, privacy.SuppressionKey) {
		return allowed
	}
	out := make([]string, 0, len(allowed)-1)
	for _, f := range allowed {
		if f != privacy.SuppressionKey {
			out = append(out, f)
		}
	}
	return out
}

// home returns the field of the object schema at schemaPtr whose own
// object schema allows key, as "email" belongs in "contact".
func (v *validation) home(key, schemaPtr string, allowed []string) string {
	for _, p := range allowed {
		def := v.schema.ref(schemaPtr + "/properties/" + escapePointer(p))
		if def != "" && slices.Contains(v.schema.properties(def), key) {
			return p
		}
	}
	return ""
}

func (v *validation) missingFields(inst, schemaPtr string) {
	obj, _ := v.value(inst).(map[string]any)
	required, _ := v.schema.at(schemaPtr + "/required").([]any)
	for _, r := range required {
		name, _ := r.(string)
		if _, ok := obj[name]; ok || name == "" {
			continue
		}
		v.add(inst, kindMember, v.doc.schemaFinding(inst, fmt.Sprintf("%q is required %s", name, where(inst))))
	}
}

func (v *validation) wrongType(inst, frag string) {
	var want []string
	switch t := v.schema.at(frag).(type) {
	case string:
		want = []string{t}
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok {
				want = append(want, s)
			}
		}
	}
	val := v.value(inst)
	if inst == "" {
		v.add(inst, kindType, v.doc.schemaFinding(inst, "the document must be a notice: an object with fields such as title, controller and activities; found "+found(val)))
		return
	}
	words := make([]string, len(want))
	for i, w := range want {
		words[i] = typeWords[w]
	}
	msg := fmt.Sprintf("expected %s for %s, found %s", strings.Join(words, " or "), v.label(inst), found(val))
	if len(want) == 1 {
		msg += typeHint(want[0], val)
	}
	v.add(inst, kindType, v.doc.schemaFinding(inst, msg))
}

func (v *validation) enum(inst string, values []string) {
	val := v.value(inst)
	s, ok := val.(string)
	if !ok {
		// The type keyword reports a value of the wrong type.
		return
	}
	msg := fmt.Sprintf("%s is not an allowed value for %q", quoteValue(s), v.field(inst))
	if inst == "" {
		msg = fmt.Sprintf("%s is not an allowed value", quoteValue(s))
	}
	if sug := suggest(s, values); sug != "" {
		msg += fmt.Sprintf("; did you mean %q? Expected one of: %s", sug, strings.Join(values, ", "))
	} else {
		msg += "; expected one of: " + strings.Join(values, ", ")
	}
	v.add(inst, kindValue, v.doc.schemaFinding(inst, msg))
}

func (v *validation) enumKeyword(inst, frag, schemaPtr string) {
	items, ok := v.schema.at(frag).([]any)
	if !ok {
		items, _ = constValues(v.schema.at(schemaPtr + "/oneOf"))
	}
	values := make([]string, 0, len(items))
	for _, it := range items {
		values = append(values, fmt.Sprint(it))
	}
	s, ok := v.value(inst).(string)
	if !ok {
		return
	}
	if schemaPtr == "/$defs/CountryCode" {
		v.add(inst, kindValue, v.doc.schemaFinding(inst, countryMessage(s, values)))
		return
	}
	v.enum(inst, values)
}

// form reports a string that does not have the form its type requires.
func (v *validation) form(inst, schemaPtr, kw, frag string) {
	s, ok := v.value(inst).(string)
	if !ok {
		return
	}
	label := v.label(inst)
	var msg string
	switch {
	case schemaPtr == "/$defs/Date" || kw == "format" && v.schema.at(frag) == "date":
		msg = dateMessage(s, label)
	case schemaPtr == "/$defs/Duration":
		msg = fmt.Sprintf("expected an ISO 8601 duration such as P1M or P7Y for %s; found %s", label, quoteValue(s)) + durationHint(s, false)
	case schemaPtr == "/$defs/CookieDuration":
		msg = fmt.Sprintf("expected an ISO 8601 duration such as P13M, or session, for %s; found %s", label, quoteValue(s)) + durationHint(s, true)
	case schemaPtr == "/$defs/LanguageTag":
		msg = fmt.Sprintf("expected a language tag such as nl, fr-BE or en for %s; found %s", label, quoteValue(s)) + languageHint(s)
	case frag == "/$defs/Activity/properties/id/pattern":
		msg = fmt.Sprintf("%s is not a valid id: use only lower-case letters, digits, \"-\" and \"_\", starting with a letter or digit", quoteValue(s)) + idHint(s)
	case kw == "format":
		msg = formatMessage(fmt.Sprint(v.schema.at(frag)), s, label)
	case kw == "minLength":
		msg = fmt.Sprintf("%s is too short: it must be at least %v characters long", label, v.schema.at(frag))
	case kw == "maxLength":
		msg = fmt.Sprintf("%s is too long: it may be at most %v characters long", label, v.schema.at(frag))
	default:
		msg = fmt.Sprintf("%s does not have the expected form for %s", quoteValue(s), label)
	}
	v.add(inst, kindValue, v.doc.schemaFinding(inst, msg))
}

func (v *validation) bound(inst, kw, frag string) {
	limit := fmt.Sprint(v.schema.at(frag))
	words := map[string]string{
		"minimum":          "at least",
		"maximum":          "at most",
		"exclusiveMinimum": "more than",
		"exclusiveMaximum": "less than",
	}[kw]
	msg := fmt.Sprintf("%s must be %s %s; found %v", v.label(inst), words, limit, v.value(inst))
	v.add(inst, kindValue, v.doc.schemaFinding(inst, msg))
}
