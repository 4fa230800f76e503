package handwritten

// ValueCopy has a hand-written DeepCopy on the value receiver.
type ValueCopy struct {
	Data []int
}

// DeepCopy copies v.
func (v ValueCopy) DeepCopy() ValueCopy {
	return ValueCopy{Data: append([]int(nil), v.Data...)}
}

// PtrCopy has a hand-written DeepCopy on the pointer receiver.
type PtrCopy struct {
	Data []int
}

// DeepCopy copies p.
func (p *PtrCopy) DeepCopy() *PtrCopy {
	if p == nil {
		return nil
	}
	return &PtrCopy{Data: append([]int(nil), p.Data...)}
}

// IntoCopy has a hand-written DeepCopyInto.
type IntoCopy struct {
	Data []int
}

// DeepCopyInto copies i into out.
func (i *IntoCopy) DeepCopyInto(out *IntoCopy) {
	out.Data = append([]int(nil), i.Data...)
}

// Token is a named builtin with a hand-written DeepCopy.
type Token string

// DeepCopy returns t.
func (t Token) DeepCopy() Token { return t }

// Bag is a named slice with a hand-written DeepCopy.
type Bag []string

// DeepCopy copies b.
func (b Bag) DeepCopy() Bag { return append(Bag(nil), b...) }

// Holder has fields of each, and slices, maps and pointers of them.
type Holder struct {
	Value     ValueCopy
	Ptr       PtrCopy
	Into      IntoCopy
	Token     Token
	Bag       Bag
	ValuePtr  *ValueCopy
	PtrPtr    *PtrCopy
	IntoPtr   *IntoCopy
	Values    []ValueCopy
	Ptrs      []PtrCopy
	ValueMap  map[string]ValueCopy
	PtrMap    map[string]PtrCopy
	PtrPtrMap map[string]*PtrCopy
	IntoMap   map[string]IntoCopy
	TokenMap  map[string]Token
	BagMap    map[string]Bag
}
