package wire

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/noticelint/noticelint/privacy/lint/document"
	"github.com/noticelint/noticelint/privacy/lint/pipeline"
)

// encodingJSON is what the engine wrote before: encoding/json's Encoder
// without HTML escaping, without the final newline.
func encodingJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func sameEncoding(t *testing.T, what string, v any) {
	t.Helper()
	want, wantErr := encodingJSON(v)
	got, err := AppendValue(nil, v)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%s: error %v, encoding/json %v", what, err, wantErr)
	}
	if err == nil && !bytes.Equal(got, want) {
		t.Fatalf("%s:\n got %s\nwant %s", what, got, want)
	}
}

// Every example and every test document of the loader encodes to the same
// bytes as with encoding/json, as the rules' input.
func TestAppendValueDocuments(t *testing.T) {
	var names []string
	for _, pattern := range []string{"../../../examples/*.notice.*", "../../../privacy/lint/document/testdata/*/*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, m...)
	}
	if len(names) < 10 {
		t.Fatalf("only %d documents", len(names))
	}
	n := 0
	for _, name := range names {
		if fi, err := os.Stat(name); err != nil || fi.IsDir() || strings.Contains(filepath.ToSlash(name), "/testdata/fuzz/") {
			continue // fuzz corpora are not documents
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		doc, _ := document.Load(filepath.Base(name), src)
		if doc == nil {
			continue
		}
		n++
		sameEncoding(t, name, pipeline.Input(doc, "2026-01-15"))
	}
	t.Logf("%d documents of %d load", n, len(names))
}

func TestAppendValue(t *testing.T) {
	values := []any{
		nil, true, false, "", "plain", "quote \" backslash \\ slash /",
		"controls \x00\x01\b\f\n\r\t\x1f\x7f", "html <a href=\"x\">&amp;</a>",
		"utf-8 é 😀 \u2028 \u2029", "invalid \xff\xfe utf-8 \xe2\x82", string([]byte{0xed, 0xa0, 0x80}),
		json.Number("0"), json.Number("-1.5e+10"), json.Number(""), json.Number("1.0E-7"),
		json.Number("01"), json.Number("1."), json.Number("+1"), json.Number("NaN"), json.Number("-"),
		map[string]any{}, map[string]any(nil), []any{}, []any(nil),
		map[string]any{"b": 1.5, "a": []any{"x", nil, map[string]any{"z": json.Number("3"), "é": true, "A": "<>"}}},
		map[string]any{"bad": json.Number("1e")},
		[]any{float64(1), 2, int64(-3), math.Inf(1)},
	}
	for _, v := range values {
		sameEncoding(t, "value", v)
	}
}

func FuzzAppendValue(f *testing.F) {
	for _, s := range []string{`{"a":[1,"x",null,true,{"b":"c"}]}`, `"\u2028\ud83d\ude00"`, `[1e400,-0,0.5]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d := json.NewDecoder(bytes.NewReader(src))
		d.UseNumber()
		var v any
		if d.Decode(&v) != nil {
			// Not JSON: use it as text, which may be invalid UTF-8.
			v = map[string]any{string(src): []any{string(src), json.Number(strings.TrimSpace(string(src)))}}
		}
		sameEncoding(t, "fuzzed value", v)
	})
}

// reference decodes a result set as the engine did before: the JavaScript
// glue took the first entry's result, and encoding/json decoded it.
func reference(src []byte) ([]pipeline.Raw, error) {
	var rs []struct {
		Result []pipeline.Raw `json:"result"`
	}
	if err := json.Unmarshal(src, &rs); err != nil {
		return nil, err
	}
	if len(rs) == 0 || rs[0].Result == nil {
		return []pipeline.Raw{}, nil
	}
	return rs[0].Result, nil
}

func sameDecoding(t *testing.T, src []byte) {
	t.Helper()
	want, wantErr := reference(src)
	got, err := DecodeResultSet(src)
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%q: error %v, encoding/json %v", src, err, wantErr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\n got %+v\nwant %+v", src, got, want)
	}
}

var resultSets = []string{
	`[]`,
	`[{"result":[]}]`,
	`[{"result":[{"message":"m","pointer":"/a/0","rule":"r"}]}]`,
	` [ { "result" : [ { "rule" : "r" , "message" : "a \"q\" \\ \/ \b\f\n\r\t \u00e9 \ud83d\ude00 \ud83d x \udc00", "pointer" : "" } ] } ] `,
	`[{"result":[{"rule":"r","message":"é😀","pointer":"/x~1y","extra":{"n":[1,-2.5e3,true,false,null,"s"]}},null]}]`,
	`[{"other":1,"Result":[{"RULE":"r","Message":"m"}]}]`,
	`[{"result":[{"rule":"r"}],"result":[{"rule":"s"}]}]`,
	`[{"result":[{"rule":"0","message":"m"},{"rule":"1"}],"result":[{},null]}]`,
	`[{"result":null}]`,
	`[null]`,
	`null`,
	`[{"result":[{"rule":null,"message":"m"}]},{"result":[{"rule":"ignored"}]}]`,
	"[{\"result\":[{\"rule\":\"invalid \xff utf-8\"}]}]",
	`[{"result":[{"rule":1}]}]`,
	`[{"result":{"rule":"r"}}]`,
	`[{"result":[{"rule":"r"}]}`,
	`[{"result":[{"rule":"r",}]}]`,
	`[{"result":[{"rule":"r"}]}] x`,
	`[{"result":[{"rule":"\x01"}]}]`,
	`[{"result":[{"rule":"\u12"}]}]`,
	`[{"result":[{"rule":"r"}], "n": 01}]`,
	`[{"result":[{"rule":"r"}], "n": tru}]`,
	`[1]`,
	``,
}

func TestDecodeResultSet(t *testing.T) {
	for _, s := range resultSets {
		sameDecoding(t, []byte(s))
	}
}

func FuzzDecodeResultSet(f *testing.F) {
	for _, s := range resultSets {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		sameDecoding(t, src)
	})
}
