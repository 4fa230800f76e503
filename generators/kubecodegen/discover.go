package kubecodegen

import (
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// request is a tag that asks a generator to run on a package, as
// kube_codegen.sh's grep patterns name it: a tag whose name is exact, or
// starts with prefix.
type request struct {
	exact, prefix string
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
func openapiRequest() request    { return request{prefix: "k8s:openapi"} }
func clientRequest() request     { return request{prefix: "genclient"} }
func registerRequest() request   { return request{prefix: "groupName"} }

// apiPackage is a package below the input directory: its comments, read
// by scanTree, and its import path once loaded ("" until then).
type apiPackage struct {
	scanned
	path string
}

// requested returns the packages that carry the request's tag in a real
// comment (see comments): a tag inside a string or a /* */ block is not a
// tag.
func requested(pkgs []apiPackage, r request) []apiPackage {
	var out []apiPackage
	for _, p := range pkgs {
		if p.carries(r) {
			out = append(out, p)
		}
	}
	return out
}

// carries reports whether the package carries r's tag.
func (p apiPackage) carries(r request) bool {
	return hasTag(p.lines, r)
}

// resolve fills in the import path of each package u loaded, and returns
// those.
func resolve(u *load.Universe, pkgs []apiPackage) []apiPackage {
	byDir := map[string]string{}
	for _, path := range u.Inputs() {
		if pkg := u.Package(path); pkg != nil && pkg.Dir != "" {
			byDir[load.RealDir(pkg.Dir)] = path
		}
	}
	var out []apiPackage
	for _, p := range pkgs {
		if path, ok := byDir[p.dir]; ok {
			p.path = path
			out = append(out, p)
		}
	}
	return out
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
