//go:build gengokit_slowstage

package run

import (
	"fmt"
	"os"
	"time"
)

// stagedLine begins the line a binary built with the gengokit_slowstage tag
// prints on stderr for each file it staged, so that a test knows the
// binary is writing although nothing shows it on disk.
const stagedLine = "gengokit_slowstage: staged "

// slowStage says that path is staged and waits, in binaries built with
// the gengokit_slowstage tag: only tests build them, to interrupt a run
// while it writes. GENGOKIT_SLOWSTAGE=off makes such a binary run at its
// normal pace, silently.
func slowStage(path string) {
	if os.Getenv("GENGOKIT_SLOWSTAGE") == "off" {
		return
	}
	fmt.Fprintln(os.Stderr, stagedLine+path)
	time.Sleep(400 * time.Millisecond)
}
