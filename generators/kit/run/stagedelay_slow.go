//go:build gengokit_slowstage

package run

import (
	"fmt"
	"os"
	"time"
)

// slowStage says that path is staged and waits, in binaries built with
// the gengokit_slowstage tag: only tests build them, to interrupt a run
// while it writes. GENGOKIT_SLOWSTAGE=off makes such a binary run at its
// normal pace, silently; GENGOKIT_SLOWSTAGE=commit slows the commit
// instead (slowPlace).
func slowStage(path string) {
	if mode := os.Getenv("GENGOKIT_SLOWSTAGE"); mode == "off" || mode == "commit" {
		return
	}
	fmt.Fprintln(os.Stderr, "gengokit_slowstage: staged "+path)
	time.Sleep(400 * time.Millisecond)
}

// slowPlace, with GENGOKIT_SLOWSTAGE=commit, says that the unnamed file of
// path has its temporary name and waits before renaming it: a kill then
// leaves what a kill during the commit can.
func slowPlace(path string) {
	if os.Getenv("GENGOKIT_SLOWSTAGE") != "commit" {
		return
	}
	fmt.Fprintln(os.Stderr, "gengokit_slowstage: linked "+path)
	time.Sleep(400 * time.Millisecond)
}
