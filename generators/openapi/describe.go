package openapi

import (
	"fmt"
	"strings"
)

// describe turns comment lines into a description.
func describe(lines []string) string {
	var b []byte
	dropLast := func() {
		if len(b) > 0 {
			b = b[:len(b)-1]
		}
	}
	for _, line := range lines {
		if line == "---" {
			break
		}
		line = strings.TrimRight(line, " ")
		bare := strings.TrimLeft(line, " ")
		switch {
		case line == "":
			dropLast()
			b = append(b, "\n\n"...)
		case strings.HasPrefix(bare, "TODO"), strings.HasPrefix(bare, "+"):
		case strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t"):
			dropLast()
			b = append(b, '\n')
			b = append(b, line...)
			b = append(b, '\n')
		default:
			b = append(b, line...)
			b = append(b, ' ')
		}
	}
	return strings.TrimSpace(string(b))
}

// goString returns s as a Go string literal, written as fmt's %#v writes
// it.
func goString(s string) string { return fmt.Sprintf("%#v", s) }
