package unknowninterface

// T names runtime.Objekt.
//
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Objekt
// ^ want :4 `unknown interface k8s.io/apimachinery/pkg/runtime.Objekt: package k8s.io/apimachinery/pkg/runtime has no type Objekt`
type T struct{ A []int }
