package a

// T would be copied.
type T struct{ A []int }
