package cli

import (
	"io"
)

// Invoke returns the invocation of g over patterns for a program that
// fills g's flags in Go (a generator built from its typed Args) instead of
// parsing a command line: it validates them, as Parse does, and works out
// the packages g reads (for a generator whose flags name its inputs,
// patterns must be empty). g's warnings go to stderr.
func Invoke(g *Spec, patterns []string, stderr io.Writer) (*Invocation, error) {
	if err := g.Flags.Validate(); err != nil {
		return nil, err
	}
	if err := noEmptyPackage(patterns, nil, false); err != nil {
		return nil, err
	}
	found, err := inputPatterns(g, patterns)
	if err != nil {
		return nil, err
	}
	return &Invocation{Spec: g, Patterns: found, Stderr: stderr}, nil
}
