package udiff

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

const header = "--- OLD\n+++ NEW\n"

// TestUnified checks small cases against output recorded from GNU diff 3.8
// (diff -u --label OLD --label NEW).
func TestUnified(t *testing.T) {
	tests := []struct {
		name string
		a, b []byte
		want string
	}{
		{"equal", []byte("a\nb\n"), []byte("a\nb\n"), ""},
		{"both nil", nil, nil, ""},
		{"nil and empty", nil, []byte{}, ""},
		{"create", nil, []byte("x\ny\n"), header + "@@ -0,0 +1,2 @@\n+x\n+y\n"},
		{"delete", []byte("x\ny\n"), nil, header + "@@ -1,2 +0,0 @@\n-x\n-y\n"},
		{"replace one line", []byte("a\n"), []byte("b\n"), header + "@@ -1 +1 @@\n-a\n+b\n"},
		{"add final newline", []byte("a"), []byte("a\n"),
			header + "@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n"},
		{"drop final newline", []byte("a\n"), []byte("a"),
			header + "@@ -1 +1 @@\n-a\n+a\n\\ No newline at end of file\n"},
		{"context without final newline", []byte("a\nb"), []byte("x\nb"),
			header + "@@ -1,2 +1,2 @@\n-a\n+x\n b\n\\ No newline at end of file\n"},
		{"insert with context", lines(1, 10), []byte("1\n2\n3\n4\n5\nnew\n6\n7\n8\n9\n10\n"),
			header + "@@ -3,6 +3,7 @@\n 3\n 4\n 5\n+new\n 6\n 7\n 8\n"},
		{"append", lines(1, 8), []byte("1\n2\n3\n4\n5\n6\n7\n8\nnine\n"),
			header + "@@ -6,3 +6,4 @@\n 6\n 7\n 8\n+nine\n"},
		{"gap of 6 merges", lines(1, 12), []byte("1\nX\n3\n4\n5\n6\n7\n8\nY\n10\n11\n12\n"),
			header + "@@ -1,12 +1,12 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n-9\n+Y\n 10\n 11\n 12\n"},
		{"gap of 7 splits", lines(1, 12), []byte("1\nX\n3\n4\n5\n6\n7\n8\n9\nY\n11\n12\n"),
			header + "@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -7,6 +7,6 @@\n 7\n 8\n 9\n-10\n+Y\n 11\n 12\n"},
		{"reverse", []byte("a\nb\nc\n"), []byte("c\nb\na\n"),
			header + "@@ -1,3 +1,3 @@\n-a\n-b\n c\n+b\n+a\n"},
		{"insertion slides down", []byte("a\na\na\nb\n"), []byte("a\na\na\na\nb\n"),
			header + "@@ -1,4 +1,5 @@\n a\n a\n a\n+a\n b\n"},
		{"crlf", []byte("a\r\nb\r\n"), []byte("a\r\nc\r\n"), header + "@@ -1,2 +1,2 @@\n a\r\n-b\r\n+c\r\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unified("OLD", "NEW", tt.a, tt.b); got != tt.want {
				t.Errorf("Unified(%q, %q) =\n%q\nwant\n%q", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

// lines returns the numbers lo..hi, one a line.
func lines(lo, hi int) []byte {
	var sb strings.Builder
	for i := lo; i <= hi; i++ {
		sb.WriteString(itoa(i) + "\n")
	}
	return []byte(sb.String())
}

// itoa formats a small non-negative number.
func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestRangeString checks the hunk header range forms.
func TestRangeString(t *testing.T) {
	tests := []struct {
		lo, hi int
		want   string
	}{
		{0, 0, "0,0"},
		{4, 4, "4,0"},
		{0, 1, "1"},
		{6, 7, "7"},
		{0, 2, "1,2"},
		{9, 20, "10,11"},
	}
	for _, tt := range tests {
		if got := rangeString(tt.lo, tt.hi); got != tt.want {
			t.Errorf("rangeString(%d, %d) = %q, want %q", tt.lo, tt.hi, got, tt.want)
		}
	}
}

// TestSplitLines checks that lines keep their newlines.
func TestSplitLines(t *testing.T) {
	got := splitLines([]byte("a\n\nb"))
	want := []string{"a\n", "\n", "b"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("splitLines = %q, want %q", got, want)
	}
	if got := splitLines(nil); len(got) != 0 {
		t.Errorf("splitLines(nil) = %q", got)
	}
}

// TestMinimal checks on random inputs that the diff applies and that its
// size equals the edit distance computed by dynamic programming.
func TestMinimal(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for c := 0; c < 2000; c++ {
		alphabet := 1 + rng.Intn(6)
		a := render(rng, randomLines(rng, 40, alphabet))
		b := render(rng, editLines(rng, splitText(a), alphabet))
		if rng.Intn(4) == 0 {
			b = render(rng, randomLines(rng, 40, alphabet))
		}
		got := Unified("OLD", "NEW", a, b)
		checkApplies(t, a, b, got)
		if n, want := countChanges(got), editDistance(splitLines(a), splitLines(b)); n != want {
			t.Fatalf("a=%q b=%q: %d changed lines, want %d\n%s", a, b, n, want, got)
		}
	}
}

// checkApplies fails the test unless patch turns a into b.
func checkApplies(t *testing.T, a, b []byte, patch string) {
	t.Helper()
	got, err := applyUnified(a, patch)
	if err != nil || !bytes.Equal(got, b) {
		t.Fatalf("patch does not turn a into b (%v)\na=%q\nb=%q\n%s", err, a, b, patch)
	}
}

// editDistance returns the number of line insertions and deletions that
// turn a into b, by the textbook O(len(a)*len(b)) LCS table.
func editDistance(a, b []string) int {
	lcs := make([][]int, len(a)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	return len(a) + len(b) - 2*lcs[0][0]
}

// TestLargeFile checks a generated 7000-line file with scattered edits.
func TestLargeFile(t *testing.T) {
	a, b := largePair()
	got := Unified("OLD", "NEW", a, b)
	checkApplies(t, a, b, got)
	if n := strings.Count(got, "\n@@ "); n != 5 {
		t.Errorf("got %d hunks, want 5\n%s", n, got)
	}
	if n := countChanges(got); n != 7 {
		t.Errorf("got %d changed lines, want 7\n%s", n, got)
	}
}

// TestUnrelatedFiles checks that two large files with no line in common
// diff quickly into one hunk.
func TestUnrelatedFiles(t *testing.T) {
	var a, b strings.Builder
	for i := 0; i < 10000; i++ {
		a.WriteString("old " + itoa(i) + "\n")
		b.WriteString("new " + itoa(i) + "\n")
	}
	got := Unified("OLD", "NEW", []byte(a.String()), []byte(b.String()))
	if !strings.HasPrefix(got, header+"@@ -1,10000 +1,10000 @@\n") || countChanges(got) != 20000 {
		t.Errorf("unexpected diff of unrelated files: %.200q", got)
	}
}

// largePair returns a 7000-line Go-like file and a copy with five
// scattered edits: 2 replaced lines, 2 inserted lines and 1 deleted line
// (7 changed lines in all).
func largePair() (a, b []byte) {
	var src []string
	for i := 0; len(src) < 7000; i++ {
		src = append(src,
			"func f"+itoa(i)+"(x int) int {\n",
			"\tif x > "+itoa(i%10)+" {\n",
			"\t\treturn x\n",
			"\t}\n",
			"\treturn "+itoa(i)+"\n",
			"}\n",
			"\n")
	}
	src = src[:7000]
	dst := append([]string(nil), src...)
	dst[6500] = "\treturn -1\n"
	dst = append(dst[:5000], dst[5001:]...)
	dst = append(dst[:3500], append([]string{"\t// inserted\n"}, dst[3500:]...)...)
	dst[2000] = "\tif x < 0 {\n"
	dst = append(dst[:100], append([]string{"// inserted\n"}, dst[100:]...)...)
	return []byte(strings.Join(src, "")), []byte(strings.Join(dst, ""))
}

// BenchmarkLargeFile diffs a 7000-line file with 5 scattered edits.
func BenchmarkLargeFile(b *testing.B) {
	x, y := largePair()
	b.SetBytes(int64(len(x) + len(y)))
	for b.Loop() {
		Unified("OLD", "NEW", x, y)
	}
}
