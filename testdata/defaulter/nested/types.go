package nested

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Leaf has a hand-written defaulter.
type Leaf struct {
	Value string
}

// Embedded is embedded in Tree.
type Embedded struct {
	Leaf Leaf
}

// Tree reaches Leaf in every way.
type Tree struct {
	metav1.TypeMeta `json:",inline"`
	Embedded
	*Leaf
	Ptr      *Leaf
	Slice    []Leaf
	PtrSlice []*Leaf
	Map      map[string]Leaf
	// +default={"a": "b"}
	Strings map[string]string
	// +default=["x"]
	Names []Name
	Rec   *Tree
}

// Name is a string type; its default comes from the slice field.
type Name string

// TreeList lists trees.
type TreeList struct {
	metav1.TypeMeta `json:",inline"`
	Items           []Tree
}
