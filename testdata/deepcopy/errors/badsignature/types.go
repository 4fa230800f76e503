package badsignature

// T's DeepCopy returns the wrong type.
type T struct{ A []int } // want :6 `type T has a DeepCopy method with the wrong signature \(want func \(in \*T\) DeepCopy\(\) \*T`

// DeepCopy is wrong.
func (t *T) DeepCopy() int { return len(t.A) }
