package output

import (
	"encoding/json"
	"io"
)

// JSON writes the report as indented JSON, the documented, stable shape
// (README.md); it ignores the rules and colour:
//
//	{"files":[{"file":"...","findings":[{"rule":"...","severity":"error|warning|info",
//	  "message":"...","pointer":"/activities/2/retention","line":N,"column":N,
//	  "references":["GDPR Art. 13(2)(a)"]}]}],
//	 "summary":{"files":N,"findings":N,"errors":N,"warnings":N,"infos":N,"as_of":"YYYY-MM-DD"}}
func JSON(w io.Writer, in Input) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(in.Report)
}
