package cli

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// Interruptible returns the context of a command's write step, which
// SIGINT and SIGTERM cancel: run.Write then discards what it staged and
// returns run.ErrInterrupted, and the command exits 1. Before that step
// nothing is written, and a signal's default action, ending the process,
// is what a user wants. stop restores it.
func Interruptible() (ctx context.Context, stop context.CancelFunc) {
	return signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
}
