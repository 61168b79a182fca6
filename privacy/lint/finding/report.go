package finding

// Report is the result of checking one or more files. Its JSON encoding is
// the documented, stable output of `noticelint check --format json`.
type Report struct {
	// Files are the checked files in the order they were given.
	Files []File `json:"files"`
	// Summary counts the files and findings.
	Summary Summary `json:"summary"`
}

// File is the result of checking one file.
type File struct {
	// File is the file's name as given.
	File string `json:"file"`
	// Findings are sorted by position.
	Findings []Finding `json:"findings"`
	// Suppressed counts the findings that the file's suppressions
	// (x-noticelint-ignore) silenced; they are not in Findings. The JSON
	// encoding leaves it out when it is 0.
	Suppressed int `json:"suppressed,omitempty"`
}

// Summary counts files and findings by severity.
type Summary struct {
	Files    int `json:"files"`
	Findings int `json:"findings"`
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Suppressed counts the findings that suppressions silenced, in all
	// files; Findings does not count them.
	Suppressed int    `json:"suppressed"`
	AsOf       string `json:"as_of"`
}

// NewReport builds a report over files checked as of the given date.
func NewReport(asOf string, files ...File) Report {
	r := Report{Files: files, Summary: Summary{Files: len(files), AsOf: asOf}}
	if r.Files == nil {
		r.Files = []File{}
	}
	for i := range r.Files {
		if r.Files[i].Findings == nil {
			r.Files[i].Findings = []Finding{}
		}
		r.Summary.Suppressed += r.Files[i].Suppressed
		for _, f := range r.Files[i].Findings {
			r.Summary.Findings++
			switch f.Severity {
			case Error:
				r.Summary.Errors++
			case Warning:
				r.Summary.Warnings++
			case Info:
				r.Summary.Infos++
			}
		}
	}
	return r
}

// Has reports whether any finding is at least as serious as min.
func (r Report) Has(min Severity) bool {
	for _, f := range r.Files {
		for _, x := range f.Findings {
			if x.Severity.AtLeast(min) {
				return true
			}
		}
	}
	return false
}

// FailNever is the fail-on threshold that lets every run pass.
const FailNever = "never"

// ValidFailOn reports whether failOn is a fail-on threshold: a severity or never.
func ValidFailOn(failOn string) bool {
	_, err := ParseSeverity(failOn)
	return err == nil || failOn == FailNever
}

// Fails reports whether the report fails a run whose fail-on threshold is
// failOn: error, warning, info, or never. This is the CLI's exit-code policy.
func (r Report) Fails(failOn string) bool {
	if failOn == FailNever {
		return false
	}
	return r.Has(Severity(failOn))
}
