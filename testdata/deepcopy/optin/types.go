package optin

// Chosen opts in.
//
// +k8s:deepcopy-gen=true
type Chosen struct {
	Items []string
	Other NotChosen
}

// NotChosen does not opt in, so it gets no methods of its own.
type NotChosen struct {
	A int
}

// ChosenList opts in through a detached comment block.

// +k8s:deepcopy-gen=true

// ChosenList is a list.
type ChosenList struct {
	Items []Chosen
}
