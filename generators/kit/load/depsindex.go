package load

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/runcache"
)

// depsIndex remembers, from one run to the next, where the build cache
// keeps the export data of the dependencies whose files cannot change:
// the packages of the standard library (by the Go release) and of the
// module cache (by module version), with every package below them. With
// it, a load lists its packages with one `go list -deps` that computes no
// staleness and asks for no export data (together more than half of the
// go command's time on a small API), as long as every dependency the
// inputs reach is indexed and its export file is still in the build
// cache. A package's entry is keyed on everything its export data
// depends on: its import path, directory, files and module version, those
// of every package below it, and (in the index's file name) the Go
// release, the build tags and the environment the go command builds with.
type depsIndex struct {
	// file is the index's file for this release, build tags and
	// environment.
	file string
	// entries are export files by package key.
	entries map[string]string
	// keys are the packages' keys by import path ("" for a package that
	// cannot be indexed).
	keys map[string]string
	// used are the keys this run looked up or recorded.
	used map[string]bool
	// changed reports whether the run recorded new entries.
	changed bool
}

// indexLimit is how many entries the index keeps at most: past it, a save
// keeps only those of the run.
const indexLimit = 50000

// openDepsIndex returns the index in dir for the environment, the build
// tags and the GOROOT of the graph's standard packages; nil when there is
// none (dir is "", or the graph has no standard package).
func openDepsIndex(dir string, buildTags []string, graph map[string]*listed) *depsIndex {
	goroot := ""
	for _, p := range graph {
		if p.Standard && p.goroot() != "" && (goroot == "" || p.goroot() < goroot) {
			goroot = p.goroot()
		}
	}
	if dir == "" || goroot == "" {
		return nil
	}
	x := &depsIndex{
		file:    filepath.Join(dir, environmentKey(buildTags, goroot)),
		entries: map[string]string{}, keys: map[string]string{}, used: map[string]bool{},
	}
	data, err := os.ReadFile(x.file)
	if err != nil {
		return x
	}
	for line := range strings.Lines(string(data)) {
		if key, file, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t"); ok {
			x.entries[key] = file
		}
	}
	return x
}

// environmentKey names the index of a Go release (its GOROOT, VERSION file
// and go command), build tags and build environment: the variables of the
// go command and the C toolchain, and the go command's own settings file.
func environmentKey(buildTags []string, goroot string) string {
	h := sha256.New()
	field(h, "gengokit index of dependencies 1", goroot, strings.Join(buildTags, ","))
	version, _ := os.ReadFile(filepath.Join(goroot, "VERSION"))
	field(h, string(version))
	if goCmd, err := exec.LookPath("go"); err == nil {
		if info, err := os.Stat(goCmd); err == nil {
			field(h, goCmd, fmt.Sprint(info.Size(), info.ModTime().UnixNano()))
		}
	}
	for _, v := range slices.Sorted(slices.Values(os.Environ())) {
		name, _, _ := strings.Cut(v, "=")
		if buildVariable(name) {
			field(h, v)
		}
	}
	if settings, err := goEnvFile(); err == nil {
		field(h, string(settings))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// buildVariable reports whether an environment variable can change what
// the go command builds, or where its build cache is.
func buildVariable(name string) bool {
	if strings.HasPrefix(name, "GENGOKIT_") {
		return false
	}
	switch name {
	case "CC", "CXX", "FC", "AR", "PKG_CONFIG", "HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME":
		return true
	}
	return strings.HasPrefix(name, "GO") || strings.HasPrefix(name, "CGO_")
}

// goEnvFile reads the settings `go env -w` writes.
func goEnvFile() ([]byte, error) {
	if name := os.Getenv("GOENV"); name != "" {
		return os.ReadFile(name)
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		return nil, err
	}
	return os.ReadFile(filepath.Join(dir, "go", "env"))
}

// field writes strings to h, each ended by a NUL.
func field(h hash.Hash, values ...string) {
	for _, v := range values {
		h.Write([]byte(v))
		h.Write([]byte{0})
	}
}

// key returns the key of the package at path: "" when it, or a package
// below it, can change without a new module version or Go release (it is
// not in the standard library or the module cache).
func (x *depsIndex) key(graph map[string]*listed, path string) string {
	if k, ok := x.keys[path]; ok {
		return k
	}
	x.keys[path] = ""
	p := graph[path]
	if p == nil || !p.Standard && !p.immutable() {
		return ""
	}
	h := sha256.New()
	field(h, p.ImportPath, p.Dir, p.Name)
	if p.Module != nil {
		field(h, p.Module.Path, p.Module.Version)
	}
	field(h, p.GoFiles...)
	field(h, "cgo")
	field(h, p.CgoFiles...)
	for _, imp := range p.Imports {
		if imp == "C" {
			continue
		}
		below := x.key(graph, imp)
		if below == "" {
			return ""
		}
		field(h, imp, below)
	}
	x.keys[path] = hex.EncodeToString(h.Sum(nil))
	return x.keys[path]
}

// staleEntry is the entry of a package the build cache had no export data
// for (a package of apimachinery with the ignore_autogenerated tag, which
// no build sets): the loader reads it from source without asking.
const staleEntry = "-"

// lookup returns what the index holds for the package at path: its export
// file, if the build cache still has it, or that it is stale.
func (x *depsIndex) lookup(graph map[string]*listed, path string) (file string, stale, ok bool) {
	key := x.key(graph, path)
	file, ok = x.entries[key]
	if key == "" || !ok {
		return "", false, false
	}
	if file == staleEntry {
		x.used[key] = true
		return "", true, true
	}
	if info, err := os.Stat(file); err != nil || !info.Mode().IsRegular() {
		return "", false, false
	}
	x.used[key] = true
	return file, false, true
}

// record remembers the export file of the package at path, or that it is
// stale, if it can be indexed.
func (x *depsIndex) record(graph map[string]*listed, path, file string, stale bool) {
	key := x.key(graph, path)
	if stale {
		file = staleEntry
	}
	if key == "" || file == "" {
		return
	}
	x.used[key] = true
	if x.entries[key] != file {
		x.entries[key] = file
		x.changed = true
	}
}

// save writes the index, when the run recorded new entries; a failure
// only costs the next run some time.
func (x *depsIndex) save() {
	if !x.changed {
		return
	}
	keep := func(key string) bool { return len(x.entries) <= indexLimit || x.used[key] }
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	for _, key := range slices.Sorted(maps.Keys(x.entries)) {
		if keep(key) {
			fmt.Fprintf(w, "%s\t%s\n", key, x.entries[key])
		}
	}
	_ = w.Flush()
	if err := runcache.WriteAtomic(x.file, buf.Bytes()); err != nil {
		klog.V(1).Infof("not saving the index of dependencies: %v", err)
	}
	x.changed = false
}

// forget drops the entry of the package at path.
func (x *depsIndex) forget(graph map[string]*listed, path string) {
	if key := x.key(graph, path); x.entries[key] != "" {
		delete(x.entries, key)
		x.changed = true
	}
}
