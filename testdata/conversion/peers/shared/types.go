// Package shared is the second peer of case peers.
package shared

// Bar is only here.
type Bar struct {
	C []string
}

// Both is shadowed by the first peer's.
type Both struct {
	Y int
}
