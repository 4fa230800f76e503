package badvalue

// T would be copied.
type T struct{ A []int }
