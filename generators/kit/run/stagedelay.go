//go:build !gengokit_slowstage

package run

// stageDelay is how long staging each file waits: none. Tests that
// interrupt a binary while it writes build it with the gengokit_slowstage
// tag, which sets a delay (stagedelay_slow.go).
const stageDelay = 0
