// Package gettool holds the tests of adopting our commands as a user
// does: README's recipe from a clone (make test), and that `go get -tool`
// of them moves no Kubernetes module further than adopting upstream's
// does (make compat: it needs the module proxy). It has no code of its
// own.
package gettool
