// Package collections is the hub of case collections.
package collections

// Key is a named map key.
type Key string

// Level is a named integer.
type Level int64

// Entry differs from v1's (Weight is wider).
type Entry struct {
	Weight int64
}

// Coin is converted by hand.
type Coin struct {
	Cents int64
}

// Bag holds collections of every kind.
type Bag struct {
	Entries    []Entry
	ByKey      map[Key]Entry
	Levels     map[string]Level
	LevelList  []Level
	Coins      []Coin
	CoinPtrs   []*Coin
	CoinMap    map[string]*Coin
	CoinValues map[string]Coin
	Plain      map[string][]string
}
