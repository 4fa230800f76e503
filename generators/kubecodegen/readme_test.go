package kubecodegen_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// quickStart is what README.md's quick start section holds: the files it
// shows (by the path on their first line), its kube-codegen command lines
// (after "go tool kube-codegen") and its //go:generate directive's.
type quickStart struct {
	files             map[string]string
	commands          [][]string
	generate, genFile string
}

// readQuickStart reads the quick start section of README.md.
func readQuickStart(t *testing.T) quickStart {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(goldentest.Root(t), "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "\n## Quick start")
	if start < 0 {
		t.Fatal("README.md has no quick start section")
	}
	section := text[start+1:]
	if end := strings.Index(section, "\n## "); end >= 0 {
		section = section[:end]
	}
	q := quickStart{files: map[string]string{}}
	for _, m := range regexp.MustCompile("(?s)```(\\w*)\n(.*?)```").FindAllStringSubmatch(section, -1) {
		switch m[1] {
		case "go":
			q.addFile(t, m[2])
		case "sh":
			for _, line := range strings.Split(strings.ReplaceAll(m[2], "\\\n", " "), "\n") {
				if rest, ok := strings.CutPrefix(line, "go tool kube-codegen "); ok {
					q.commands = append(q.commands, words(t, rest))
				}
			}
		}
	}
	return q
}

// addFile adds a Go block, named by its first line ("// pkg/apis/..."),
// and takes its //go:generate directive.
func (q *quickStart) addFile(t *testing.T, block string) {
	first, content, _ := strings.Cut(block, "\n")
	path, ok := strings.CutPrefix(first, "// ")
	if !ok {
		t.Fatalf("a Go block of the quick start does not start with its path: %q", first)
	}
	q.files[path] = content
	for _, line := range strings.Split(content, "\n") {
		if rest, ok := strings.CutPrefix(line, "//go:generate go tool kube-codegen "); ok {
			q.generate, q.genFile = strings.Join(words(t, rest), " "), path
		}
	}
}

// words splits a command line that needs no shell: no quotes, variables or
// substitutions.
func words(t *testing.T, line string) []string {
	if strings.ContainsAny(line, "'\"$`") {
		t.Fatalf("the quick start's command needs a shell to split it: %s", line)
	}
	return strings.Fields(line)
}

// TestQuickStartAsWritten runs README.md's quick start as written, on the
// types it shows (tagged +k8s:openapi-gen=true): its "all" command, its
// //go:generate directive in the directive's directory and its CI line
// each exit 0 without a warning, the code compiles and the apply
// configurations know the +listType=map keys; after a change to the types
// (with a field that breaks an API rule), the CI line fails with the diff
// and the "all" command succeeds with the violation as a warning.
func TestQuickStartAsWritten(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the generated code; skipped with -short")
	}
	q := readQuickStart(t)
	if len(q.commands) != 2 || q.generate == "" || len(q.files) != 3 {
		t.Fatalf("want the all command, the CI line, a //go:generate directive and three files in the quick start; have %q, %q, %d files", q.commands, q.generate, len(q.files))
	}
	all, ci := q.commands[0], q.commands[1]
	s := goldentest.NewScratch(t, "example.com/shop", q.files)
	goldentest.Enter(t, s.Dir)
	if code, out := codegen(t, all...); code != 0 || strings.Contains(out, "warning") {
		t.Fatalf("kube-codegen %s: exit %d, want 0 and no warning:\n%s", strings.Join(all, " "), code, out)
	}
	internal, err := os.ReadFile(filepath.Join(s.Dir, "pkg/generated/applyconfiguration/internal/internal.go"))
	if err != nil || !regexp.MustCompile(`- name: parts\n(?:.*\n){1,6}?\s+elementRelationship: associative\n\s+keys:\n\s+- name\n`).Match(internal) {
		t.Errorf("the apply configurations' schema has no list-map keys for parts (%v):\n%s", err, internal)
	}
	if out, err := goldentest.RunIn(s.Dir, "go", "build", "./..."); err != nil {
		t.Fatalf("the generated code does not compile: %v\n%s", err, out)
	}
	t.Chdir(filepath.Join(s.Dir, filepath.Dir(q.genFile)))
	if code, out := codegen(t, strings.Fields(q.generate)...); code != 0 || out != "" {
		t.Errorf("//go:generate go tool kube-codegen %s: exit %d, want 0 and nothing printed:\n%s", q.generate, code, out)
	}
	t.Chdir(s.Dir)
	if code, out := codegen(t, ci...); code != 0 || out != "" {
		t.Errorf("the CI line: exit %d, want 0 and nothing printed:\n%s", code, out)
	}
	types := strings.Replace(q.files["pkg/apis/shop/v1/types.go"], "Size int32 `json:\"size\"`", "Size int32 `json:\"size\"`\n\tURL string `json:\"address\"`", 1)
	s.Write("pkg/apis/shop/v1/types.go", types)
	if code, out := codegen(t, ci...); code != 1 || !strings.Contains(out, "+++ ") {
		t.Errorf("the CI line after a change to the types: exit %d, want 1 and a diff:\n%s", code, out)
	}
	if code, out := codegen(t, all...); code != 0 || !strings.Contains(out, "warning: API rule violation: names_match,example.com/shop/pkg/apis/shop/v1,WidgetSpec,URL") {
		t.Errorf("the all command with an API rule violation: exit %d, want 0 and the violation as a warning:\n%s", code, out)
	}
}
