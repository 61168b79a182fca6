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
//	  "references":["GDPR Art. 13(2)(a)"]}],"suppressed":N}],
//	 "summary":{"files":N,"findings":N,"errors":N,"warnings":N,"infos":N,
//	  "suppressed":N,"as_of":"YYYY-MM-DD"}}
//
// A file's "suppressed" is there only when suppressions silenced findings
// in it; the summary's is always there.
func JSON(w io.Writer, in Input) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(in.Report)
}
