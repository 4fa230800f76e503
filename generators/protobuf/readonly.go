package protobuf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// refuseReadOnlyDirs returns an error when an output package of set lies
// in a directory the run cannot write, such as the module cache's
// read-only copy of a module the user depends on: upstream's default
// --apimachinery-packages generates apimachinery's own files, which only
// suits Kubernetes' tree. The error gives the flags with those packages
// read with '-'.
func refuseReadOnlyDirs(set *packageSet, args *Args) error {
	readOnly := map[string]bool{}
	var names []string
	cache := moduleCache()
	for _, p := range set.outputs() {
		info, err := os.Stat(p.dir)
		if err == nil && (info.Mode().Perm()&0o200 == 0 || cache != "" && strings.HasPrefix(p.dir, cache+string(filepath.Separator))) {
			readOnly[p.path] = true
			names = append(names, p.path)
		}
	}
	if len(names) == 0 {
		return nil
	}
	return fmt.Errorf("%s would get generated.proto and generated.pb.go, but their directories are read-only "+
		"(the module cache holds read-only copies of the modules you depend on): read them with '-', as in %s",
		strings.Join(names, ", "), readOnlyFlags(args, readOnly))
}

// readOnlyFlags returns the package flags of args with the entries of
// the packages in readOnly turned into '-' entries.
func readOnlyFlags(args *Args, readOnly map[string]bool) string {
	var flags []string
	for _, f := range []struct{ name, list string }{{"--apimachinery-packages", args.APIMachineryPackages}, {"--packages", args.Packages}} {
		if f.list == "" {
			continue
		}
		entries := strings.Split(f.list, ",")
		for i, e := range entries {
			if path, _, _ := strings.Cut(strings.TrimLeft(e, "+-"), "="); readOnly[path] {
				entries[i] = "-" + strings.TrimLeft(e, "+-")
			}
		}
		flags = append(flags, f.name+"="+strings.Join(entries, ","))
	}
	return strings.Join(flags, " ")
}

// moduleCache returns the go command's module cache directory, or "" when
// it cannot tell (files there are read-only unless -modcacherw made them
// writable, and no run may change them either way).
func moduleCache() string {
	out, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
