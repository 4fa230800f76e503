package protobuf

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/types"
)

// input is one entry of --apimachinery-packages or --packages.
type input struct {
	// path is the package, as given (an import path).
	path string
	// allTypes is false for a '+' entry: only types tagged
	// +protobuf=true get a message.
	allTypes bool
	// output is false for a '-' entry: read for its types, not written.
	output bool
	// name is the protobuf package: the path with '/' turned into '.' and
	// '-' into '_', or what follows '='.
	name string
	// named says the name was given after '='.
	named bool
}

// inputList returns the entries of both package flags, apimachinery's
// first, as upstream reads them.
func (a *Args) inputList() []string {
	var out []string
	for _, list := range []string{a.APIMachineryPackages, a.Packages} {
		if list != "" {
			out = append(out, strings.Split(list, ",")...)
		}
	}
	return out
}

// parseInputs reads the entries. A later entry of the same package
// replaces an earlier one, as in upstream.
func parseInputs(entries []string) ([]input, error) {
	var out []input
	for _, e := range entries {
		in := input{allTypes: true, output: true}
		switch {
		case strings.HasPrefix(e, "+"):
			e, in.allTypes = e[1:], false
		case strings.HasPrefix(e, "-"):
			e, in.output = e[1:], false
		}
		in.path, in.name, in.named = strings.Cut(e, "=")
		if !in.named {
			in.name = protoSafePackage(in.path)
		}
		if strings.TrimSpace(in.path) == "" {
			return nil, fmt.Errorf("--packages or --apimachinery-packages: empty package in %q; separate import paths with single commas", strings.Join(entries, ","))
		}
		out = append(out, in)
	}
	return out, nil
}

// protoSafePackage turns a Go import path into a protobuf package name.
func protoSafePackage(path string) string {
	return strings.ReplaceAll(strings.ReplaceAll(path, "/", "."), "-", "_")
}

// omitTypes reads --drop-embedded-fields.
func (a *Args) omitTypes() (map[types.Name]bool, error) {
	out := map[types.Name]bool{}
	for _, entry := range strings.Split(a.DropEmbeddedFields, ",") {
		var n types.Name
		if i := strings.LastIndex(entry, "."); i >= 0 {
			n.Package, n.Name = entry[:i], entry[i+1:]
		} else {
			n.Name = entry
		}
		if n.Name == "" {
			return nil, fmt.Errorf("--drop-embedded-fields requires names in the form of [GOPACKAGE.]TYPENAME: %q", entry)
		}
		out[n] = true
	}
	return out, nil
}
