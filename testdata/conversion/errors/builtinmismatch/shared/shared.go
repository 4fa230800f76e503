// Package shared holds parts both versions use.
package shared

// A is the hub's part.
type A struct {
	X int
}

// B is v1's part, with other fields than A's.
type B struct {
	Y string
}
