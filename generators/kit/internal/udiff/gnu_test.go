package udiff

import (
	"bytes"
	"errors"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// gnuDiffPath returns the path of GNU diff, skipping the test without it.
func gnuDiffPath(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("diff")
	if err != nil {
		t.Skip("diff not on PATH")
	}
	if out, err := exec.Command(path, "--version").Output(); err != nil || !bytes.Contains(out, []byte("GNU")) {
		t.Skip("diff on PATH is not GNU diff")
	}
	return path
}

// gnuDiff runs `diff -u --label OLD --label NEW` on a and b.
func gnuDiff(t *testing.T, diffPath string, a, b []byte) string {
	t.Helper()
	dir := t.TempDir()
	pa, pb := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	if err := os.WriteFile(pa, a, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pb, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(diffPath, "-u", "--label", "OLD", "--label", "NEW", pa, pb).Output()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) {
		t.Fatalf("diff: %v", err)
	}
	return string(out)
}

// randomLines returns up to maxLines one-letter lines from an alphabet of
// the given size.
func randomLines(rng *rand.Rand, maxLines, alphabet int) []string {
	out := make([]string, rng.Intn(maxLines+1))
	for i := range out {
		out[i] = letter(rng, alphabet)
	}
	return out
}

// letter returns one of the first alphabet letters.
func letter(rng *rand.Rand, alphabet int) string {
	return string(rune('a' + rng.Intn(alphabet)))
}

// editLines applies up to 7 random insertions (of 1-3 lines), deletions
// (of 1-3 lines) and replacements to a copy of lines.
func editLines(rng *rand.Rand, lines []string, alphabet int) []string {
	out := append([]string(nil), lines...)
	for e := rng.Intn(8); e > 0; e-- {
		p := rng.Intn(len(out) + 1)
		switch op := rng.Intn(3); {
		case op == 0:
			for m := 1 + rng.Intn(3); m > 0; m-- {
				out = append(out[:p], append([]string{letter(rng, alphabet)}, out[p:]...)...)
			}
		case op == 1 && p < len(out):
			out = append(out[:p], out[min(len(out), p+1+rng.Intn(3)):]...)
		case p < len(out):
			out[p] = letter(rng, alphabet)
		}
	}
	return out
}

// render joins lines into a file, leaving out the final newline one time
// in eight.
func render(rng *rand.Rand, lines []string) []byte {
	s := strings.Join(lines, "\n")
	if len(lines) > 0 && rng.Intn(8) != 0 {
		s += "\n"
	}
	return []byte(s)
}

// splitText returns the lines of data without their newlines.
func splitText(data []byte) []string {
	lines := splitLines(data)
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\n")
	}
	return lines
}

// compareWithGNU diffs a and b with Unified and GNU diff and reports
// whether the outputs are identical. When they are not, Unified's output
// must still turn a into b with no more changed lines than GNU's.
func compareWithGNU(t *testing.T, diffPath string, a, b []byte) bool {
	t.Helper()
	got := Unified("OLD", "NEW", a, b)
	want := gnuDiff(t, diffPath, a, b)
	if got == want {
		return true
	}
	checkApplies(t, a, b, got)
	if g, w := countChanges(got), countChanges(want); g > w {
		t.Fatalf("%d changed lines, GNU diff has %d\na=%q\nb=%q\nours:\n%s\nGNU:\n%s", g, w, a, b, got, want)
	}
	t.Logf("differs from GNU diff: %d changed lines, GNU has %d\na=%q\nb=%q\nours:\n%s\nGNU:\n%s",
		countChanges(got), countChanges(want), a, b, got, want)
	return false
}

// TestAgainstGNUDiff compares Unified with GNU diff on random files of
// 0..60 lines from small alphabets and random line edits of them.
func TestAgainstGNUDiff(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages or runs an outside tool; skipped with -short (make test runs it)")
	}
	diffPath := gnuDiffPath(t)
	rng := rand.New(rand.NewSource(1))
	const cases = 500
	exact := 0
	for c := 0; c < cases; c++ {
		alphabet := 2 + rng.Intn(8)
		lines := randomLines(rng, 60, alphabet)
		a := render(rng, lines)
		b := render(rng, editLines(rng, lines, alphabet))
		if rng.Intn(10) == 0 {
			b = render(rng, randomLines(rng, 60, alphabet))
		}
		if compareWithGNU(t, diffPath, a, b) {
			exact++
		}
	}
	t.Logf("identical to GNU diff: %d/%d", exact, cases)
	if exact != cases {
		t.Errorf("only %d/%d diffs identical to GNU diff's", exact, cases)
	}
}

// TestAgainstGNUDiffMixed compares Unified with GNU diff on files mixing
// frequent lines with lines found in one file only. Here GNU diff's
// heuristic of setting aside such lines can pick another minimal diff, or
// a non-minimal one, so equality is only reported, not required.
func TestAgainstGNUDiffMixed(t *testing.T) {
	if testing.Short() {
		t.Skip("loads packages or runs an outside tool; skipped with -short (make test runs it)")
	}
	diffPath := gnuDiffPath(t)
	rng := rand.New(rand.NewSource(3))
	const cases = 600
	exact := 0
	for c := 0; c < cases; c++ {
		alphabet := 2 + rng.Intn(4)
		la := mixedLines(rng, 100, alphabet)
		lb := mixedLines(rng, 100, alphabet)
		if rng.Intn(2) == 0 {
			lb = editLines(rng, la, alphabet)
		}
		if compareWithGNU(t, diffPath, render(rng, la), render(rng, lb)) {
			exact++
		}
	}
	t.Logf("identical to GNU diff: %d/%d", exact, cases)
}

// mixedLines returns up to maxLines lines, a third of them unique.
func mixedLines(rng *rand.Rand, maxLines, alphabet int) []string {
	out := randomLines(rng, maxLines, alphabet)
	for i := range out {
		if rng.Intn(3) == 0 {
			out[i] = "u" + strconv.Itoa(rng.Intn(1e9))
		}
	}
	return out
}
