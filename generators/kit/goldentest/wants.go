package goldentest

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// Want is one expected error: `// want :COL "regexp"` (the column is
// optional; the regexp may also be in backquotes)
// at the end of the line the error must point at, or
// `// ^ want :COL "regexp"` on the line below it (for comment-tag lines,
// whose values run to the end of the line).
type Want struct {
	File   string         // base name, e.g. "doc.go"
	Line   int            // the line the error must be reported at
	Column int            // 0: any column
	Re     *regexp.Regexp // what the message must match
}

// String renders the want as "file:line:col: regexp".
func (w Want) String() string {
	return fmt.Sprintf("%s:%d:%d: %s", w.File, w.Line, w.Column, w.Re)
}

var wantComment = regexp.MustCompile(`//( \^)? want (?::(\d+) )?(?:"((?:[^"\\]|\\.)*)"|` + "`([^`]*)`" + `)\s*$`)

// Wants reads the want comments of the .go files in dir and below it.
func Wants(t testing.TB, dir string) []Want {
	t.Helper()
	var out []Want
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") {
			out = append(out, fileWants(t, path)...)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func fileWants(t testing.TB, path string) []Want {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []Want
	s := bufio.NewScanner(f)
	for line := 1; s.Scan(); line++ {
		m := wantComment.FindStringSubmatch(s.Text())
		if m == nil {
			continue
		}
		at := line
		if m[1] != "" {
			at--
		}
		col, _ := strconv.Atoi(m[2])
		pattern := m[4]
		if m[4] == "" {
			var err error
			if pattern, err = strconv.Unquote(`"` + m[3] + `"`); err != nil {
				t.Fatalf("%s:%d: bad want string: %v", path, line, err)
			}
		}
		out = append(out, Want{File: filepath.Base(path), Line: at, Column: col, Re: regexp.MustCompile(pattern)})
	}
	return out
}

// reported is one "file:line:col: message" line a generator printed.
type reported struct {
	file      string
	line, col int
	msg       string
}

var reportLine = regexp.MustCompile(`^(.+?):(\d+):(\d+): (.*)$`)

// CheckErrors matches every line of stderr with a want of the case in dir:
// each line must be a positioned error that some want expects (same file,
// line, column if given, and message), and every want must be met.
func CheckErrors(t testing.TB, dir, stderr string) {
	t.Helper()
	wants := Wants(t, dir)
	if len(wants) == 0 {
		t.Fatalf("%s: error case has no // want comments", dir)
	}
	for _, p := range errorMismatches(wants, stderr) {
		t.Error(p)
	}
}

// errorMismatches returns what CheckErrors reports: every line of stderr
// that is not a positioned error some want expects, and every want no
// line meets. None means stderr is exactly what the wants expect.
func errorMismatches(wants []Want, stderr string) []string {
	var out []string
	met := make([]bool, len(wants))
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if klogRecord.MatchString(l) {
			continue // a warning or log line, not an error
		}
		r, ok := parseReport(l)
		if !ok {
			out = append(out, fmt.Sprintf("not a file:line:col error: %q", l))
			continue
		}
		if i := match(wants, r); i >= 0 {
			met[i] = true
		} else {
			out = append(out, "unexpected error: "+l)
		}
	}
	for i, w := range wants {
		if !met[i] {
			out = append(out, fmt.Sprintf("no error matched want %s\nstderr:\n%s", w, stderr))
		}
	}
	return out
}

// klogRecord matches the header of a klog line: "W1202 03:44:54.747029
// 15865 file.go:52] ".
var klogRecord = regexp.MustCompile(`^[IWE]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ [^ ]+:\d+\] `)

func parseReport(l string) (reported, bool) {
	m := reportLine.FindStringSubmatch(l)
	if m == nil {
		return reported{}, false
	}
	line, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	return reported{file: filepath.Base(m[1]), line: line, col: col, msg: m[4]}, true
}

func match(wants []Want, r reported) int {
	for i, w := range wants {
		if w.File == r.file && w.Line == r.line && (w.Column == 0 || w.Column == r.col) && w.Re.MatchString(r.msg) {
			return i
		}
	}
	return -1
}

// CheckWarnings matches the warnings in stderr with the // want comments
// of the case in dir: every want must be met by exactly one warning (a
// klog W record whose message is "file:line:col: message"), every
// positioned warning must be wanted, and no line may be an error.
func CheckWarnings(t testing.TB, dir, stderr string) {
	t.Helper()
	wants := Wants(t, dir)
	if len(wants) == 0 {
		t.Fatalf("%s: warning case has no // want comments", dir)
	}
	met := make([]int, len(wants))
	for _, l := range strings.Split(strings.TrimSpace(stderr), "\n") {
		header := klogRecord.FindString(l)
		switch {
		case header == "":
			t.Errorf("not a warning or log line: %q", l)
		case l[0] != 'W':
			continue // an informational log line
		default:
			r, ok := parseReport(l[len(header):])
			if i := match(wants, r); ok && i >= 0 {
				met[i]++
			} else {
				t.Errorf("unexpected warning: %s", l)
			}
		}
	}
	for i, w := range wants {
		if met[i] != 1 {
			t.Errorf("want %s met by %d warnings, want exactly one\nstderr:\n%s", w, met[i], stderr)
		}
	}
}
