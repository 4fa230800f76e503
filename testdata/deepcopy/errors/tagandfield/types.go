package tagandfield

// T names an interface with the singular tag, and has a channel.
//
// +k8s:deepcopy-gen:interface=k8s.io/apimachinery/pkg/runtime.Object
// ^ want :4 `unknown tag \+k8s:deepcopy-gen:interface; did you mean \+k8s:deepcopy-gen:interfaces\?`
type T struct {
	C chan int // want :2 `field T.C: cannot deep-copy chan int`
}

// U names an interface that does not exist, and has a function.
//
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Objekt
// ^ want :4 `unknown interface k8s.io/apimachinery/pkg/runtime.Objekt`
type U struct {
	F func() // want :2 `field U.F: cannot deep-copy func\(\)`
}
