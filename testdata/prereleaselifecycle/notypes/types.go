package notypes

// Plain embeds no TypeMeta.
type Plain struct {
	Name string
}
