package load

import "testing"

// TestImmutable tells the packages whose files only change with their
// module's version (the index of dependencies and the cache of runs trust
// those) from the others.
func TestImmutable(t *testing.T) {
	cache := &listedModule{Path: "k8s.io/apimachinery", Version: "v0.37.2", Dir: "/go/pkg/mod/k8s.io/apimachinery@v0.37.2"}
	for _, c := range []struct {
		name   string
		module *listedModule
		want   bool
	}{
		{"module cache", cache, true},
		{"main module", &listedModule{Path: "example.com/m", Dir: "/src/m"}, false},
		{"vendored", &listedModule{Path: "k8s.io/apimachinery", Version: "v0.37.2"}, false},
		{"replaced by a directory", &listedModule{Path: "k8s.io/apimachinery", Version: "v0.37.2", Dir: "/src/apimachinery",
			Replace: &listedModule{Path: "../apimachinery", Dir: "/src/apimachinery"}}, false},
		{"no module (GOPATH)", nil, false},
	} {
		if got := (&listed{ImportPath: "k8s.io/apimachinery/pkg/runtime", Module: c.module}).immutable(); got != c.want {
			t.Errorf("%s: immutable() = %v, want %v", c.name, got, c.want)
		}
	}
}
