package b

// T has a channel.
type T struct {
	C chan int // want :2 `field T.C: cannot deep-copy chan int`
}
