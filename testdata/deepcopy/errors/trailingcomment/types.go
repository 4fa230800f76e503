package trailingcomment

// T would be copied.
type T struct{ A []int }
