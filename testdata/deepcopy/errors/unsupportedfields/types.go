package unsupportedfields

// T has an empty-interface field, a channel and a function.
type T struct {
	Any     interface{}  // want :2 `field T.Any: cannot deep-copy interface\{\}: an empty interface cannot be deep-copied`
	Events  chan string  // want :2 `field T.Events: cannot deep-copy chan string: chan types cannot be deep-copied`
	Handler func() error // want :2 `field T.Handler: cannot deep-copy func\(\) error: func types cannot be deep-copied`
}

// U has a slice of empty interfaces.
type U struct {
	Values []any // want :2 `field U.Values: cannot deep-copy any: an empty interface`
}

// private is unexported, so it gets no DeepCopyInto.
type private struct {
	Items []string
}

// V has a field of the unexported type.
type V struct {
	P private // want :2 `field V.P: cannot deep-copy private: that type gets no generated DeepCopyInto`
}
