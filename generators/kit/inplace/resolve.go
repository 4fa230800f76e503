package inplace

import (
	"fmt"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/load"
)

// NoTypeError says that the package a tag names exists but has no type of
// the name it gives.
type NoTypeError struct {
	// Package and Name are what the tag wrote.
	Package, Name string
}

// Error says what is missing.
func (e *NoTypeError) Error() string {
	return fmt.Sprintf("package %s has no type %s", e.Package, e.Name)
}

// Resolve returns the type a tag names as "<import/path>.<Name>" (e.g.
// k8s.io/apimachinery/pkg/runtime.Object), loading its package into the
// universe when no input package brought it in. A package that does not
// load is an error naming it; a missing type is a *NoTypeError.
func Resolve(l *load.Loaded, name string) (*types.Type, error) {
	n := types.ParseFullyQualifiedName(name)
	if n.Package == "" || n.Name == "" {
		return nil, fmt.Errorf("%q is not a qualified type name (want <import/path>.<Name>)", name)
	}
	if err := l.Require(n.Package); err != nil {
		return nil, fmt.Errorf("cannot load package %q for %s: %s", n.Package, name, load.Describe(err))
	}
	c := l.Context
	pkg, ok := c.Universe[n.Package]
	if !ok || !pkg.Has(n.Name) {
		return nil, &NoTypeError{Package: n.Package, Name: n.Name}
	}
	return c.Universe.Type(n), nil
}
