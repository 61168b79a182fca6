package output

import (
	"strings"
	"testing"
)

func TestGitHubGolden(t *testing.T) {
	got := render(t, GitHub, fixture)
	golden(t, "fixture.github.txt", got)
	if n := strings.Count(got, "\n"); n != fixture.Report.Summary.Findings {
		t.Errorf("%d commands, want one per finding (%d)", n, fixture.Report.Summary.Findings)
	}
}

func TestGitHubEscapes(t *testing.T) {
	in := "100% done,\r\nfile: a"
	if got, want := githubData.Replace(in), "100%25 done,%0D%0Afile: a"; got != want {
		t.Errorf("message escape = %q, want %q", got, want)
	}
	if got, want := githubProperty.Replace(in), "100%25 done%2C%0D%0Afile%3A a"; got != want {
		t.Errorf("property escape = %q, want %q", got, want)
	}
}
