//go:build !linux

package run

import "os"

// openUnnamed returns errNoUnnamed: only Linux has unnamed temporary files
// (O_TMPFILE).
func openUnnamed(string) (*os.File, error) { return nil, errNoUnnamed }

// linkUnnamed is never called where openUnnamed makes no file.
func linkUnnamed(*os.File, string) error { return errNoUnnamed }

// unnamedBudget is none.
func unnamedBudget() int { return 0 }
