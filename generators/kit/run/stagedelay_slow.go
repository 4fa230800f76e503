//go:build gengokit_slowstage

package run

import "time"

// stageDelay slows the staging of each file, in binaries built with the
// gengokit_slowstage tag: only tests build them, to interrupt a run while
// it writes.
const stageDelay = 400 * time.Millisecond
