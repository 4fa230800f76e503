package pointerpointer

// Leaf has a default.
type Leaf struct {
	// +default="leaf"
	Value string
}

// T reaches Leaf through pointers to pointers, which upstream writes
// code for that does not compile.
type T struct {
	TypeMeta int
	Direct   **Leaf   // want :2 `field Direct \(\*\*Leaf\) cannot be defaulted by generated code .*: the values to default sit behind a pointer to a pointer; make it a single pointer, or write SetDefaults_T yourself and mark it \+k8s:defaulter-gen=covers`
	Items    []**Leaf // want :2 `field Items \(\[\]\*\*Leaf\) cannot be defaulted .*pointer to a pointer`
	Inner    Inner
	Inners   []Inner
}

// Inner is reached twice; its field is reported once.
type Inner struct {
	Leaf **Leaf // want :2 `field Leaf \(\*\*Leaf\) cannot be defaulted .*pointer to a pointer; make it a single pointer, or write SetDefaults_Inner yourself`
}
