package diag

import (
	"go/token"
	"strings"
	"testing"
)

// TestDropShorter: of two problems at one position, the one whose message
// the other extends with advice is dropped (defaulter-gen and openapi-gen
// both check a +default; the first also says what to write); problems at
// other positions, and messages that differ otherwise, stay.
func TestDropShorter(t *testing.T) {
	at := func(line int) token.Position { return token.Position{Filename: "types.go", Line: line, Column: 5} }
	var l List
	l.Addf(at(3), "+default: x needs an integer")
	l.Addf(at(3), "+default: x needs an integer: write e.g. +default=0")
	l.Addf(at(3), "+default: x needs an integer but more") // not advice
	l.Addf(at(4), "+default: x needs an integer")          // another position
	l.Addf(at(5), "+default: y; the code would panic")
	l.Addf(at(5), "+default: y")
	got := l.Err().Error()
	want := strings.Join([]string{
		"types.go:3:5: +default: x needs an integer: write e.g. +default=0",
		"types.go:3:5: +default: x needs an integer but more",
		"types.go:4:5: +default: x needs an integer",
		"types.go:5:5: +default: y; the code would panic",
	}, "\n")
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
