package v1

// Key is a named map key.
type Key string

// Level is a named integer.
type Level int32

// Entry differs from the hub's (Weight is narrower).
type Entry struct {
	Weight int32
}

// Coin is converted by hand.
type Coin struct {
	Dollars float64
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
