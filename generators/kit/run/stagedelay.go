//go:build !gengokit_slowstage

package run

// slowStage is called once each file is staged, and slowPlace between
// naming an unnamed file and renaming it over its output: they do nothing.
// Tests that interrupt a binary while it writes build it with the
// gengokit_slowstage tag, which slows either (stagedelay_slow.go).
func slowStage(string) {}

func slowPlace(string) {}
