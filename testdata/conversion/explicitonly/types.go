// Package explicitonly is the hub of case explicitonly.
package explicitonly

// Duration counts milliseconds.
type Duration struct {
	Millis int64
}
