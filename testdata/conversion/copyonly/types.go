// Package copyonly is the hub of case copyonly.
package copyonly

// Stamp is copied by a copy-only function.
type Stamp struct {
	Seconds int64
}

// Event uses Stamp.
type Event struct {
	At    Stamp
	Stamp *Stamp
	Name  string
}
