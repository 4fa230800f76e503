//go:build !gengokit_slowstage

package run

// slowStage is called once each file is staged: it does nothing. Tests
// that interrupt a binary while it writes build it with the
// gengokit_slowstage tag, which slows staging (stagedelay_slow.go).
func slowStage(string) {}
