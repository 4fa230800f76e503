package apigroup

import (
	"errors"
	"go/token"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/source"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Input is an API package as the client-side generators see it.
type Input struct {
	Package
	// Pkg is gengo's package.
	Pkg *types.Package
	// All are all of the package's types, ordered by private name.
	All []*types.Type
	// Types are the package's +genclient types.
	Types []*types.Type
	// Tags are the +genclient tags of each of All.
	Tags map[*types.Type]genclient.Tags
}

// Scanner reads input packages for one generator, whose tag registry
// decides which tags are checked and which tag switches the generator off.
type Scanner struct {
	// Registry holds the generator's tags; Activation is among them.
	Registry *tags.Registry
	// Activation is the package tag that disables the generator with
	// "=false", e.g. "k8s:lister-gen".
	Activation string
	// Index finds positions for errors.
	Index *source.Index
	// ClientShape makes a +genclient type with the list verb an error
	// unless its package declares a <Type>List: what the typed client
	// (client-gen) and the informer that lists through it need.
	ClientShape bool
	// AllowNoObjectMeta accepts a +genclient type with verbs but no
	// ObjectMeta, which is otherwise an error at its tag:
	// applyconfiguration-gen skips such a type, as upstream does, and
	// what it writes compiles.
	AllowNoObjectMeta bool

	seen []Package // described so far, for CheckGroups
}

// Read checks pkg's tags and reads the +genclient tags of its types. It
// returns nil when the package switches the generator off or has tag
// problems (added to errs).
func (s *Scanner) Read(pkg *types.Package, errs *diag.List) *Input {
	before := errs.Len()
	where := s.Index.PackageTag(pkg.Path)
	s.Registry.CheckPackage(pkg.Comments, func() []string { return s.Index.PackageLines(pkg.Path) }, where, errs)
	in := &Input{Package: Package{Path: pkg.Path}, Pkg: pkg, All: sortedTypes(pkg), Tags: map[*types.Type]genclient.Tags{}}
	off := switchedOff(s.Activation, pkg.Comments)
	for _, t := range in.All {
		s.readType(in, t, !off, errs)
	}
	if errs.Len() > before || off {
		return nil
	}
	return in
}

// Scan is Read, then the package's group and version; it returns nil, too,
// when the package has no +genclient type.
func (s *Scanner) Scan(pkg *types.Package, errs *diag.List) *Input {
	in := s.Read(pkg, errs)
	if in == nil || len(in.Types) == 0 {
		return nil
	}
	return s.describe(in, errs)
}

// readType checks t's tags and reads its +genclient tags; with shape, a
// +genclient type is checked for what the generated code needs.
func (s *Scanner) readType(in *Input, t *types.Type, shape bool, errs *diag.List) {
	lines := Comments(t)
	before := errs.Len()
	s.Registry.Check(lines, tags.Type, s.Index.TypeTag(t), errs)
	if errs.Len() > before {
		return
	}
	tg, err := genclient.Read(lines)
	if err != nil {
		errs.Addf(s.tagPosition(t, err), "type %s: %v", t.Name.Name, err)
		return
	}
	in.Tags[t] = tg
	if tg.GenerateClient && (!shape || s.checkClientType(in.Pkg, t, tg, errs)) {
		in.Types = append(in.Types, t)
	}
}

// tagPosition is where an error of t's +genclient tags is reported: at the
// tag a *genclient.TagError names, else at the type.
func (s *Scanner) tagPosition(t *types.Type, err error) token.Position {
	var te *genclient.TagError
	if errors.As(err, &te) {
		return s.Index.Type(t).Find(te.Tag)
	}
	return s.Index.Type(t).Pos
}

// checkClientType reports what a +genclient type with verbs lacks for the
// generated code to compile, one type at a time: ObjectMeta (the typed
// client's object is a metav1.Object, and the informer and lister serve
// what it lists), unless AllowNoObjectMeta; with ClientShape, also the
// <Type>List that the list verb returns. +genclient:noVerbs types (option
// types) need neither.
func (s *Scanner) checkClientType(pkg *types.Package, t *types.Type, tg genclient.Tags, errs *diag.List) bool {
	if tg.NoVerbs {
		return true
	}
	ok := true
	at := s.Index.Type(t).Find(genclientTag)
	if _, has := objectMeta([]*types.Type{t}); !has && !s.AllowNoObjectMeta {
		errs.Addf(at, "type %s has +genclient but no ObjectMeta: embed metav1.ObjectMeta `json:\"metadata,omitempty\"`, or use +genclient:noVerbs, or remove +genclient", t.Name.Name)
		ok = false
	}
	if s.ClientShape && tg.HasVerb("list") && pkg.Types[t.Name.Name+"List"] == nil {
		errs.Addf(at, "type %s has +genclient with the list verb, which returns a %sList, but package %s declares no %sList: declare it (TypeMeta, ListMeta and Items []%s), or skip the verb with +genclient:skipVerbs=list",
			t.Name.Name, t.Name.Name, pkg.Path, t.Name.Name, t.Name.Name)
		ok = false
	}
	return ok
}

// describe resolves the package's group and version; its ObjectMeta (each
// +genclient type with verbs has one) says whether it is internal.
func (s *Scanner) describe(in *Input, errs *diag.List) *Input {
	p, err := Describe(in.Pkg, IsInternal(in.Types))
	if err != nil {
		errs.Addf(s.Index.Type(in.Types[0]).Find(genclientTag), "%v", err)
		return nil
	}
	in.Package = p
	s.Note(p)
	return in
}

const genclientTag = "genclient"

// objectMeta returns the ObjectMeta member of the first type that has one.
func objectMeta(ts []*types.Type) (types.Member, bool) {
	for _, t := range ts {
		for _, m := range t.Members {
			if m.Name == "ObjectMeta" {
				return m, true
			}
		}
	}
	return types.Member{}, false
}

// Comments returns the comment lines upstream reads a type's tags from:
// the detached block above it, then its doc comment.
func Comments(t *types.Type) []string {
	return append(append([]string(nil), t.SecondClosestCommentLines...), t.CommentLines...)
}

// OrderTypes sorts types as upstream does, by their private names.
func OrderTypes(ts []*types.Type) []*types.Type {
	o := namer.Orderer{Namer: namer.NewPrivateNamer(0)}
	return o.OrderTypes(ts)
}

func sortedTypes(pkg *types.Package) []*types.Type {
	ts := make([]*types.Type, 0, len(pkg.Types))
	for _, t := range pkg.Types {
		ts = append(ts, t)
	}
	return OrderTypes(ts)
}
