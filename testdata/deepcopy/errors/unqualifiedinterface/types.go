package unqualifiedinterface

// T names an interface without a package.
//
// +k8s:deepcopy-gen:interfaces=Object
// ^ want :4 `^\+k8s:deepcopy-gen:interfaces: "Object" is not a qualified interface name \(want <import/path>.<Interface>, e.g. k8s.io/apimachinery/pkg/runtime.Object\)$`
type T struct {
	C chan int // want :2 `field T.C: cannot deep-copy chan int: chan types cannot be deep-copied; opt the struct out`
}

// U names an interface by its package's short name.
//
// +k8s:deepcopy-gen:interfaces=runtime.Object
// ^ want :4 `unknown interface runtime.Object: package runtime has no type Object \("runtime" is read as an import path, not as a package name or import alias; write the interface's full import path, e.g. k8s.io/apimachinery/pkg/runtime.Object\)`
type U struct{ A []int }
