package cli

import (
	"bytes"
	"io"
	"sync"

	"github.com/go-logr/logr"
	"k8s.io/klog/v2"
)

// logOnce passes klog's records to out, each message once: when several
// generators read one package, each would otherwise repeat the same
// warning about it (a missing +groupName, say).
type logOnce struct {
	out  io.Writer
	mu   sync.Mutex
	seen map[string]bool
}

// printEachMessageOnce routes klog through a new logOnce until the
// returned function restores klog's own output.
func printEachMessageOnce(out io.Writer) (restore func()) {
	l := &logOnce{out: out, seen: map[string]bool{}}
	klog.SetLoggerWithOptions(logr.Discard(), klog.WriteKlogBuffer(l.write))
	return klog.ClearLogger
}

func (l *logOnce) write(record []byte) {
	// A record is "W1201 23:27:28.521703   20494 file.go:52] message":
	// the message is what repeats, the header differs.
	msg := record
	if i := bytes.Index(record, []byte("] ")); i >= 0 {
		msg = record[i+2:]
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.seen[string(msg)] {
		return
	}
	l.seen[string(msg)] = true
	_, _ = l.out.Write(record)
}
