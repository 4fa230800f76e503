package crd

import "testing"

// TestTruncated cuts descriptions as controller-gen's crd:maxDescLen: at a
// sentence's end within the limit, else at a space with "...", else at
// the limit with "...".
func TestTruncated(t *testing.T) {
	for _, c := range []struct {
		desc string
		max  int
		want string
	}{
		{"Short.", 10, "Short."},
		{"One sentence. Another one that goes on.", 20, "One sentence."},
		{"no sentence end here at all", 12, "no sentence..."},
		{"abcdefghijklmnop", 5, "abcde..."},
		{"Anything.", 0, ""},
	} {
		if got := truncated(c.desc, c.max); got != c.want {
			t.Errorf("truncated(%q, %d) = %q, want %q", c.desc, c.max, got, c.want)
		}
	}
}
