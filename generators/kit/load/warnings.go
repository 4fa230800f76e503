package load

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/go-logr/logr"
	"k8s.io/klog/v2"
)

// aliasWarnings holds back gengo's "Mismatched comments on type ..."
// warnings while packages load: with ./... a run prints hundreds of them
// about types of packages it does not generate for, where the comment of a
// type alias was (rightly) ignored. Those about input packages are printed
// once the inputs are known; every other log record passes through.
type aliasWarnings struct {
	out  io.Writer
	mu   sync.Mutex
	held [][]byte
}

// holdAliasWarnings routes klog through a new aliasWarnings until release.
func holdAliasWarnings(out io.Writer) *aliasWarnings {
	w := &aliasWarnings{out: out}
	klog.SetLoggerWithOptions(logr.Discard(), klog.WriteKlogBuffer(w.write))
	return w
}

func (w *aliasWarnings) write(record []byte) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if bytes.Contains(record, []byte("] Mismatched comments on type ")) ||
		bytes.Contains(record, []byte("] Mismatched secondClosestCommentLines on type ")) {
		w.held = append(w.held, bytes.Clone(record))
		return
	}
	_, _ = w.out.Write(record)
}

// release restores klog's own output and prints the held warnings that are
// about a type of one of the input packages.
func (w *aliasWarnings) release(inputs []string) {
	klog.ClearLogger()
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, record := range w.held {
		if slices.Contains(inputs, warnedPackage(record)) {
			_, _ = w.out.Write(record)
		}
	}
	w.held = nil
}

// warnedPackage returns the package of the type a warning is about, from
// "on type k8s.io/x/y.Name[T any]." to "k8s.io/x/y".
func warnedPackage(record []byte) string {
	_, rest, _ := strings.Cut(string(record), " on type ")
	name, _, _ := strings.Cut(rest, "\n")
	name = strings.TrimSuffix(name, ".") // the warning's full stop
	name, _, _ = strings.Cut(name, "[")
	name = strings.TrimPrefix(name, "*")
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return ""
}
