// Package drop is the hub of case drop.
package drop

// Secret is dropped wherever it appears.
type Secret struct {
	Value string
}

// Account has a dropped field.
type Account struct {
	User   string
	Secret Secret
}
