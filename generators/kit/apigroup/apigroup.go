// Package apigroup works out, for an API package, the group and version
// its clients, listers and informers are generated for, the way
// code-generator does: from the package path, overridden by +groupName and
// +groupGoName in doc.go.
package apigroup

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
)

// Version is an API version, "" for the internal one.
type Version string

// NonEmpty returns the version, or "internalVersion" for the internal one.
func (v Version) NonEmpty() string {
	if v == "" {
		return "internalVersion"
	}
	return string(v)
}

// PackageName is the lower-cased NonEmpty, e.g. "v1" or "internalversion".
func (v Version) PackageName() string { return strings.ToLower(v.NonEmpty()) }

// Group is an API group, "" for the legacy core group.
type Group string

// NonEmpty returns the group, or "core" for the legacy core group.
func (g Group) NonEmpty() string {
	if g == "" {
		return "core"
	}
	return string(g)
}

// Package describes one input API package.
type Package struct {
	// Path is its import path, e.g. "k8s.io/api/apps/v1".
	Path string
	// Internal is set when its ObjectMeta has no json tag: a hub package.
	Internal bool
	// DirGroup is the group as the path says it: the directory above the
	// version, or the package's own directory for an internal package,
	// e.g. "apps".
	DirGroup string
	// Version is the last path element ("" for internal packages).
	Version Version
	// GroupName is the +groupName value, e.g. "apps" or
	// "networking.example.com"; it may be "" (the legacy core group).
	GroupName string
	// HasGroupName says whether +groupName was given at all.
	HasGroupName bool
	// GoName is +groupGoName, or else the first label of the group, in
	// CamelCase, e.g. "Apps".
	GoName string
}

// Group returns the group: +groupName if set, else DirGroup.
func (p Package) Group() Group {
	if p.HasGroupName {
		return Group(p.GroupName)
	}
	return Group(p.DirGroup)
}

// Describe resolves pkg, the one rule for every generator: its group
// directory and version from its path, its group from its +groupName (else
// the directory) and the group's Go name from +groupGoName (see GoName).
// internal says whether it is an internal package (see IsInternal).
func Describe(pkg *types.Package, internal bool) (Package, error) {
	p, err := fromPath(pkg.Path, internal)
	if err != nil {
		return p, err
	}
	p.GroupName, p.HasGroupName = GroupName(pkg.Comments)
	p.GoName = GoName(p.Group(), pkg.Comments)
	return p, nil
}

// fromPath reads the group directory and version of the package at path.
func fromPath(pkgPath string, internal bool) (Package, error) {
	p := Package{Path: pkgPath, Internal: internal}
	parts := strings.Split(pkgPath, "/")
	switch {
	case internal && len(parts) < 2:
		return p, fmt.Errorf("cannot tell the API group of internal package %q from its path: it needs a parent directory, e.g. example.com/apis/<group>", pkgPath)
	case internal:
		p.DirGroup = parts[len(parts)-1]
	case len(parts) < 2:
		return p, fmt.Errorf("cannot tell the API group and version of package %q from its path: put it at <group>/<version>, e.g. example.com/apis/<group>/v1", pkgPath)
	default:
		p.DirGroup, p.Version = parts[len(parts)-2], Version(parts[len(parts)-1])
	}
	return p, nil
}

// ParsePluralExceptions reads --plural-exceptions entries "Type:Plural".
func ParsePluralExceptions(entries []string) (map[string]string, error) {
	out := make(map[string]string, len(entries))
	for _, e := range entries {
		parts := strings.Split(e, ":")
		if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
			return nil, fmt.Errorf("--plural-exceptions: %q is not Type:PluralType (e.g. Endpoints:Endpoints)", e)
		}
		out[parts[0]] = parts[1]
	}
	return out, nil
}

// NameSystems returns the name systems the client-side generators share:
// public ("Deployment"), private ("deployment"), raw, publicPlural
// ("Deployments"), allLowercasePlural ("deployments") and
// lowercaseSingular ("deployment"), with the given plural exceptions.
func NameSystems(plurals map[string]string) namer.NameSystems {
	return namer.NameSystems{
		"public":             namer.NewPublicNamer(0),
		"private":            namer.NewPrivateNamer(0),
		"raw":                namer.NewRawNamer("", nil),
		"publicPlural":       namer.NewPublicPluralNamer(plurals),
		"allLowercasePlural": namer.NewAllLowercasePluralNamer(plurals),
		"lowercaseSingular":  lowercaseNamer{},
	}
}

// lowercaseNamer names a type by its lower-cased name, e.g. "deployment".
type lowercaseNamer struct{}

// Name returns t's name, lower-cased.
func (lowercaseNamer) Name(t *types.Type) string { return strings.ToLower(t.Name.Name) }
