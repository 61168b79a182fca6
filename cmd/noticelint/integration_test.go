package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The pre-commit hook and the GitHub Action call this CLI; they must keep
// naming commands, flags and files it understands.
func TestPreCommitHook(t *testing.T) {
	var hooks []struct {
		ID, Entry, Language, Files string
	}
	readYAML(t, "../../.pre-commit-hooks.yaml", &hooks)
	if len(hooks) != 1 || hooks[0].Entry != "noticelint check" || hooks[0].Language != "golang" {
		t.Fatalf("hooks: %+v", hooks)
	}
	files := regexp.MustCompile(hooks[0].Files)
	for name, want := range map[string]bool{"privacy.notice.yaml": true, "a/b.notice.yml": true, "x.notice.json": true, "notes.yaml": false} {
		if files.MatchString(name) != want || isNotice(name) != want {
			t.Errorf("%s: the hook's files pattern and the CLI disagree", name)
		}
	}
}

func TestGitHubAction(t *testing.T) {
	var action struct {
		Runs struct {
			Using string
			Steps []struct{ Run string }
		}
	}
	readYAML(t, "../../action.yml", &action)
	var script strings.Builder
	for _, s := range action.Runs.Steps {
		script.WriteString(s.Run)
	}
	for _, flag := range regexp.MustCompile(`--[a-z-]+`).FindAllString(script.String(), -1) {
		if !strings.Contains(usage, flag+" ") {
			t.Errorf("action.yml uses %s, which noticelint check does not document", flag)
		}
	}
	if action.Runs.Using != "composite" || !strings.Contains(script.String(), "sarif=noticelint.sarif") {
		t.Errorf("action: %+v", action.Runs)
	}
}

func readYAML(t *testing.T, path string, v any) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(src, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}
