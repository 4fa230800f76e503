package notinterface

// T names ObjectMeta, a struct.
//
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta
// ^ want :4 `k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta is not an interface but a struct`
type T struct{ A []int }
