package applyconfiguration

import (
	"go/token"
	"path"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/source"
)

// apiPackage is an input package as applyconfiguration-gen sees it.
type apiPackage struct {
	apigroup.Package
	// pkg is gengo's package.
	pkg *types.Package
	// types are all of its types, ordered by name.
	types []*types.Type
	// tags are the +genclient tags of each of types.
	tags map[*types.Type]genclient.Tags
	// outPkg and outDir are where its apply configurations go, e.g.
	// "k8s.io/client-go/applyconfigurations/apps/v1".
	outPkg, outDir string
}

// scanner reads the input packages.
type scanner struct {
	reader *apigroup.Scanner
	index  *source.Index
	outPkg string // --output-pkg
	outDir string // --output-dir
}

// scan checks pkg's tags and returns it, or nil when it gets no apply
// configurations: it is switched off, internal, or has tag problems
// (added to errs).
func (s *scanner) scan(pkg *types.Package, errs *diag.List) *apiPackage {
	in := s.reader.Read(pkg, errs)
	if in == nil {
		return nil
	}
	p := &apiPackage{pkg: pkg, types: in.All, tags: in.Tags}
	if apigroup.IsInternal(p.types) {
		klog.Warningf("Skipping internal package: %s", pkg.Path)
		return nil
	}
	return s.describe(p, errs)
}

// describe resolves the package's group and version, and where its apply
// configurations go: the last two elements of its path, lower-cased, below
// --output-pkg (as client-gen names its packages).
func (s *scanner) describe(p *apiPackage, errs *diag.List) *apiPackage {
	desc, err := apigroup.Describe(p.pkg, false)
	if err != nil {
		errs.Addf(s.position(p), "%v", err)
		return nil
	}
	p.Package = desc
	if p.hasClientType() {
		// Only packages with +genclient types are held to one +groupName
		// per group: pkg/apis/<group>/install, fuzzer or validation
		// packages under ./... are not versions of the group.
		s.reader.Note(desc)
	}
	parts := strings.Split(p.pkg.Path, "/")
	sub := strings.ToLower(path.Join(parts[len(parts)-2:]...))
	p.outPkg = path.Join(s.outPkg, sub)
	p.outDir = filepath.Join(s.outDir, filepath.FromSlash(sub))
	return p
}

// position is where a problem with the whole package is reported: at its
// +groupName tag, else at its first type, else at its doc.go.
func (s *scanner) position(p *apiPackage) token.Position {
	for _, tg := range s.reader.Registry.Find(p.pkg.Comments) {
		if tg.Name == apigroup.TagGroupName {
			return s.index.PackageTag(p.pkg.Path)(tg.Line)
		}
	}
	if len(p.types) > 0 {
		return s.index.Type(p.types[0]).Pos
	}
	return s.index.PackageDoc(p.pkg.Path).Pos
}

// hasClientType reports whether p has a +genclient type.
func (p *apiPackage) hasClientType() bool {
	for _, tg := range p.tags {
		if tg.GenerateClient {
			return true
		}
	}
	return false
}
