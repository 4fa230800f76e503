package protobuf

import (
	"maps"
	"slices"

	"k8s.io/gengo/v2/types"
)

// gogoProto is the .proto file of gogo's options, which only the IDL fed
// to protoc imports.
const gogoProto = "github.com/gogo/protobuf/gogoproto/gogo.proto"

// importSet tracks the .proto files a package's file imports, as
// upstream's import tracker does: by the file of each protobuf type
// added, a type of the package itself excepted.
type importSet struct {
	// local is the package's protobuf name.
	local string
	paths map[string]bool
}

// newImportSet returns an empty set for the protobuf package local; every
// file imports gogo.proto, dropped again from the IDL that ships.
func newImportSet(local string) *importSet {
	s := &importSet{local: local, paths: map[string]bool{}}
	s.add(types.Name{Name: "nullable", Package: "gogoproto", Path: gogoProto})
	return s
}

// add records the file of the protobuf type named n.
func (s *importSet) add(n types.Name) {
	if n.Package == "" || n.Package == s.local {
		return
	}
	p := n.Path
	if p == "" {
		p = n.Package
	}
	s.paths[p] = true
}

// lines returns the imports sorted, without gogo.proto when omitGogo.
func (s *importSet) lines(omitGogo bool) []string {
	var out []string
	for _, p := range slices.Sorted(maps.Keys(s.paths)) {
		if !(omitGogo && p == gogoProto) {
			out = append(out, p)
		}
	}
	return out
}
