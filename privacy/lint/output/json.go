package output

import (
	"encoding/json"
	"io"

	"github.com/noticelint/noticelint/privacy/lint/finding"
)

// JSON writes the report as indented JSON, the documented, stable shape:
//
//	{"files":[{"file":"...","findings":[{"rule":"...","severity":"error|warning|info",
//	  "message":"...","pointer":"/activities/2/retention","line":N,"column":N,
//	  "references":["GDPR Art. 13(2)(a)"]}]}],
//	 "summary":{"files":N,"findings":N,"errors":N,"warnings":N,"infos":N,"as_of":"YYYY-MM-DD"}}
func JSON(w io.Writer, r finding.Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}
