package kubecodegen

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// request is a tag that asks a generator to run on a package, as
// kube_codegen.sh's grep patterns name it: a tag whose name is exact, or
// starts with prefix.
type request struct {
	exact, prefix string
	// members says that the tag counts on struct fields too
	// (+k8s:openapi-gen=... is written there).
	members bool
}

// matches reports whether a tag of that name is the request.
func (r request) matches(name string) bool {
	if r.exact != "" {
		return name == r.exact
	}
	return strings.HasPrefix(name, r.prefix)
}

// The requests of kube_codegen.sh v0.37.2's steps.
func deepcopyRequest() request   { return request{exact: "k8s:deepcopy-gen"} }
func defaulterRequest() request  { return request{exact: "k8s:defaulter-gen"} }
func conversionRequest() request { return request{exact: "k8s:conversion-gen"} }
func validationRequest() request { return request{exact: "k8s:validation-gen"} }
func openapiRequest() request    { return request{prefix: "k8s:openapi", members: true} }
func clientRequest() request     { return request{prefix: "genclient"} }
func registerRequest() request   { return request{prefix: "groupName"} }

// apiPackage is a loaded package below the input directory.
type apiPackage struct {
	path string // import path
	dir  string // absolute directory
	rel  string // directory relative to the input directory, slash-separated
	pkg  *types.Package
}

// packagesUnder returns the loaded packages whose directories lie in dir
// (itself included), sorted by directory as kube_codegen.sh sorts them.
func packagesUnder(u *load.Universe, dir string) []apiPackage {
	abs := absDir(dir)
	var out []apiPackage
	for _, path := range u.Inputs() {
		pkg := u.Package(path)
		if pkg == nil || pkg.Dir == "" {
			continue
		}
		rel, err := filepath.Rel(abs, absDir(pkg.Dir))
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			continue
		}
		out = append(out, apiPackage{path: path, dir: pkg.Dir, rel: filepath.ToSlash(rel), pkg: pkg})
	}
	slices.SortFunc(out, func(a, b apiPackage) int { return strings.Compare(a.dir, b.dir) })
	return out
}

// requested returns the packages that carry the request's tag in their
// real comments: the package's own, its types' and, for requests that
// count them, its fields'. A tag inside a string, or in a comment that is
// attached to nothing, is not a tag.
func requested(u *load.Universe, pkgs []apiPackage, r request) []apiPackage {
	var out []apiPackage
	for _, p := range pkgs {
		if carries(u, p, r) {
			out = append(out, p)
		}
	}
	return out
}

// carries reports whether package p carries r's tag.
func carries(u *load.Universe, p apiPackage, r request) bool {
	if hasTag(u.Index.PackageLines(p.path), r) {
		return true
	}
	for _, t := range p.pkg.Types {
		if hasTag(t.SecondClosestCommentLines, r) || hasTag(t.CommentLines, r) {
			return true
		}
		if !r.members {
			continue
		}
		for _, m := range t.Members {
			if hasTag(m.CommentLines, r) {
				return true
			}
		}
	}
	return false
}

// hasTag reports whether lines carry r's tag.
func hasTag(lines []string, r request) bool {
	for _, t := range tags.Written(lines) {
		if r.matches(t.Name) {
			return true
		}
	}
	return false
}

// importPaths returns the packages' import paths.
func importPaths(pkgs []apiPackage) []string {
	out := make([]string, len(pkgs))
	for i, p := range pkgs {
		out[i] = p.path
	}
	return out
}

// versionLeaf matches the directory names kube_codegen.sh takes for API
// versions: v1, v2beta1, v1alpha3.
func versionLeaf() *regexp.Regexp { return regexp.MustCompile(`^v[0-9]+((alpha|beta)[0-9]+)?$`) }

// groupVersions returns the packages among pkgs whose directory is an API
// version, with their "<group>/<version>" as client-gen's --input takes it.
func groupVersions(pkgs []apiPackage) ([]apiPackage, []string) {
	leaf := versionLeaf()
	var versioned []apiPackage
	var gvs []string
	for _, p := range pkgs {
		version := filepath.Base(p.dir)
		if !leaf.MatchString(version) {
			continue
		}
		versioned = append(versioned, p)
		gvs = append(gvs, filepath.Base(filepath.Dir(p.dir))+"/"+version)
	}
	return versioned, gvs
}

// absDir returns dir made absolute, with symbolic links resolved where
// possible, so that directories compare equal however they are named.
func absDir(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}
