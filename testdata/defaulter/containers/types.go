package containers

import metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

// Leaf has a field default.
type Leaf struct {
	// +default="leaf"
	Value string
}

// Item has a hand-written defaulter.
type Item struct {
	Value string
}

// Name has a type default.
// +default="name"
type Name string

// Shapes holds values to default in containers of containers.
type Shapes struct {
	metav1.TypeMeta `json:",inline"`

	Grid       [2][2]Leaf
	Rows       [][2]Leaf
	Pair       *[2]Item
	ItemGrid   [2][2]Item
	LeafLists  map[string][]Leaf
	ItemLists  map[string][]*Item
	LeafMaps   map[string]map[string]Leaf
	ItemPtrs   map[string]*Item
	LeafMapPtr *map[string]Leaf
	Names      map[string]Name
	// +default="deep"
	Deep    **string
	Covered Covered
	// +default=1
	Complex *complex128
	// +default=[1]
	Array *[1]int
	// +default={"a": 1}
	Any interface{}
}

// Covered has a pointer to a pointer, which its covering SetDefaults_
// function defaults itself.
type Covered struct {
	Leaf **Leaf
}

// Flavor has a type default right above a type without a doc comment,
// for which gengo counts this comment as the second-closest block: not a
// misplaced +default (code-generator's output_tests/marker has the same).
// +default="vanilla"
type Flavor string
type FlavorPtr *Flavor
