// Package gettool holds the test that adopting our commands with
// `go get -tool` moves no Kubernetes module further than adopting
// upstream's does. It has no code of its own.
package gettool
