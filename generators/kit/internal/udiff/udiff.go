// Package udiff computes line-based unified diffs in the format printed by
// GNU "diff -u" (three lines of context).
//
// The comparison is done by a linear-space Myers O(ND) algorithm on the
// lines that the two inputs share, followed by the same boundary
// normalisation GNU diff applies, so that for ordinary inputs the output is
// byte-for-byte what "diff -u --label OLD --label NEW old new" prints.
package udiff

import (
	"bytes"
	"strconv"
	"strings"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// noNewline is the marker GNU diff prints after a line lacking its newline.
const noNewline = "\\ No newline at end of file\n"

// Unified returns the unified diff (as `diff -u` prints it, 3 lines of
// context) that turns a into b, with headers "--- oldName" and
// "+++ newName". It returns "" when a and b are equal. A nil a (a file that
// will be created) diffs from empty; a nil b (a file that will be deleted)
// diffs to empty.
func Unified(oldName, newName string, a, b []byte) string {
	if bytes.Equal(a, b) {
		return ""
	}
	la, lb := splitLines(a), splitLines(b)
	ca, cb := diffLines(la, lb)
	var sb strings.Builder
	sb.WriteString("--- " + oldName + "\n")
	sb.WriteString("+++ " + newName + "\n")
	for _, h := range groupHunks(findChanges(ca, cb), len(la)) {
		writeHunk(&sb, h, la, lb)
	}
	return sb.String()
}

// splitLines cuts data into lines, each keeping its trailing newline; the
// last line has none when data does not end with a newline.
func splitLines(data []byte) []string {
	var lines []string
	for len(data) > 0 {
		n := bytes.IndexByte(data, '\n') + 1
		if n == 0 {
			n = len(data)
		}
		lines = append(lines, string(data[:n]))
		data = data[n:]
	}
	return lines
}

// change is one maximal run of deleted and/or inserted lines: del lines of a
// starting at a0 are replaced by ins lines of b starting at b0 (0-based).
type change struct {
	a0, b0, del, ins int
}

// findChanges turns per-line change flags into a list of changes.
func findChanges(ca, cb []bool) []change {
	var out []change
	i, j := 0, 0
	for i < len(ca) || j < len(cb) {
		if (i < len(ca) && ca[i]) || (j < len(cb) && cb[j]) {
			c := change{a0: i, b0: j}
			for i < len(ca) && ca[i] {
				i++
			}
			for j < len(cb) && cb[j] {
				j++
			}
			c.del, c.ins = i-c.a0, j-c.b0
			out = append(out, c)
			continue
		}
		i++
		j++
	}
	return out
}

// hunk is a group of changes printed under one @@ header, with the line
// ranges [a0,a1) and [b0,b1) it covers, context included.
type hunk struct {
	changes        []change
	a0, a1, b0, b1 int
}

// groupHunks merges changes whose surrounding context overlaps (at most
// 2*context unchanged lines between them) and computes each hunk's ranges;
// n is the number of lines in the old file.
func groupHunks(changes []change, n int) []hunk {
	var out []hunk
	for k := 0; k < len(changes); {
		e := k + 1
		for e < len(changes) && changes[e].a0-end(changes[e-1]) <= 2*context {
			e++
		}
		out = append(out, newHunk(changes[k:e], n))
		k = e
	}
	return out
}

// end returns the index in the old file just after change c.
func end(c change) int { return c.a0 + c.del }

// newHunk computes the ranges of the hunk holding changes.
func newHunk(changes []change, n int) hunk {
	first, last := changes[0], changes[len(changes)-1]
	before := min(context, first.a0)
	after := min(context, n-end(last))
	return hunk{
		changes: changes,
		a0:      first.a0 - before,
		a1:      end(last) + after,
		b0:      first.b0 - before,
		b1:      last.b0 + last.ins + after,
	}
}

// writeHunk prints h: its header, then context, '-' and '+' lines.
func writeHunk(sb *strings.Builder, h hunk, la, lb []string) {
	sb.WriteString("@@ -" + rangeString(h.a0, h.a1) + " +" + rangeString(h.b0, h.b1) + " @@\n")
	i := h.a0
	for _, c := range h.changes {
		writeLines(sb, ' ', la[i:c.a0])
		writeLines(sb, '-', la[c.a0:end(c)])
		writeLines(sb, '+', lb[c.b0:c.b0+c.ins])
		i = end(c)
	}
	writeLines(sb, ' ', la[i:h.a1])
}

// rangeString formats the 0-based half-open range [lo,hi) as GNU diff does
// in a unified hunk header: "l,s", just "l" when s is 1, and "l,0" naming
// the line before an empty range.
func rangeString(lo, hi int) string {
	switch hi - lo {
	case 0:
		return strconv.Itoa(lo) + ",0"
	case 1:
		return strconv.Itoa(lo + 1)
	}
	return strconv.Itoa(lo+1) + "," + strconv.Itoa(hi-lo)
}

// writeLines prints lines, each behind prefix, marking a missing final
// newline the way GNU diff does.
func writeLines(sb *strings.Builder, prefix byte, lines []string) {
	for _, l := range lines {
		sb.WriteByte(prefix)
		sb.WriteString(l)
		if !strings.HasSuffix(l, "\n") {
			sb.WriteString("\n" + noNewline)
		}
	}
}
