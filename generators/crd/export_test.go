package crd

import "fmt"

// CheckSpelling returns an error when line is taken for a misspelt marker.
func CheckSpelling(line string) error {
	if want, ok := misspelt(line); ok {
		return fmt.Errorf("taken for a misspelling of +%s", want)
	}
	return nil
}
