package udiff

import (
	"fmt"
	"strconv"
	"strings"
)

// patchHunk is one parsed hunk: the 0-based index of the first old line it
// covers and its lines, each an op (' ', '-', '+') and the line's text
// (with its newline unless marked otherwise).
type patchHunk struct {
	start int
	ops   []byte
	text  []string
}

// parseUnified parses the subset of the unified format that Unified writes.
func parseUnified(patch string) ([]patchHunk, error) {
	lines := strings.SplitAfter(patch, "\n")
	if len(lines) < 3 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return nil, fmt.Errorf("missing file headers")
	}
	var hunks []patchHunk
	for _, l := range lines[2:] {
		switch {
		case l == "":
		case strings.HasPrefix(l, "@@ "):
			start, err := hunkStart(l)
			if err != nil {
				return nil, err
			}
			hunks = append(hunks, patchHunk{start: start})
		case len(hunks) == 0:
			return nil, fmt.Errorf("line %q before the first hunk", l)
		case l == noNewline:
			h := &hunks[len(hunks)-1]
			if len(h.text) == 0 {
				return nil, fmt.Errorf("misplaced %q", l)
			}
			h.text[len(h.text)-1] = strings.TrimSuffix(h.text[len(h.text)-1], "\n")
		case l[0] == ' ' || l[0] == '-' || l[0] == '+':
			h := &hunks[len(hunks)-1]
			h.ops = append(h.ops, l[0])
			h.text = append(h.text, l[1:])
		default:
			return nil, fmt.Errorf("bad patch line %q", l)
		}
	}
	return hunks, nil
}

// applyUnified applies the unified diff patch to old and returns the result.
func applyUnified(old []byte, patch string) ([]byte, error) {
	if patch == "" {
		return old, nil
	}
	hunks, err := parseUnified(patch)
	if err != nil {
		return nil, err
	}
	src := splitLines(old)
	var out []string
	next := 0 // next line of src not yet used
	for _, h := range hunks {
		if h.start < next || h.start > len(src) {
			return nil, fmt.Errorf("hunk at %d out of order", h.start+1)
		}
		out = append(out, src[next:h.start]...)
		next = h.start
		for k, op := range h.ops {
			if op == '+' {
				out = append(out, h.text[k])
				continue
			}
			if next >= len(src) || src[next] != h.text[k] {
				return nil, fmt.Errorf("old line %d does not match %q", next+1, h.text[k])
			}
			if op == ' ' {
				out = append(out, src[next])
			}
			next++
		}
	}
	out = append(out, src[next:]...)
	return []byte(strings.Join(out, "")), nil
}

// hunkStart parses "@@ -l[,s] +l[,s] @@" and returns the 0-based index of
// the first old line the hunk covers.
func hunkStart(header string) (int, error) {
	f := strings.Fields(header)
	if len(f) < 4 || !strings.HasPrefix(f[1], "-") {
		return 0, fmt.Errorf("bad hunk header %q", header)
	}
	l, s, _ := strings.Cut(f[1][1:], ",")
	start, err := strconv.Atoi(l)
	if err != nil {
		return 0, fmt.Errorf("bad hunk header %q", header)
	}
	if s == "0" {
		return start, nil // an empty range names the line before it
	}
	return start - 1, nil
}

// countChanges returns the number of '-' and '+' lines in a unified diff.
func countChanges(patch string) int {
	n := 0
	for i, l := range strings.Split(patch, "\n") {
		if i >= 2 && l != "" && (l[0] == '-' || l[0] == '+') {
			n++
		}
	}
	return n
}
