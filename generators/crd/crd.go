package crd

import (
	"encoding/json"
	"fmt"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"go.yaml.in/yaml/v2"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// VersionAnnotation is the annotation controller-gen stamps on the CRDs it
// writes; gengokit writes the same, so that its CRDs are byte for byte
// those of the version it is a drop-in for.
const VersionAnnotation = "controller-gen.kubebuilder.io/version"

// ControllerGenVersion is the controller-gen release whose output the
// generator reproduces.
const ControllerGenVersion = "v0.23.0"

// kind is one group kind's type in one version.
type kind struct {
	group, version string
	t              *types.Type
}

// Options are what a run of the generator is asked for beside its
// packages.
type Options struct {
	// OutputDir is the directory of the CRDs.
	OutputDir string
	// MaxDescLen cuts descriptions (see Args.MaxDescLen); negative keeps
	// them whole.
	MaxDescLen int
	// AllowDangerousTypes writes floats as numbers rather than refuse
	// them (controller-gen's crd:allowDangerousTypes).
	AllowDangerousTypes bool
	// IgnoreUnexportedFields leaves out the unexported fields of structs
	// that are not embedded (crd:ignoreUnexportedFields).
	IgnoreUnexportedFields bool
	// GenerateEmbeddedObjectMeta gives an ObjectMeta below a kind's root
	// the schema of its name, namespace, labels, annotations and
	// finalizers, rather than an empty object
	// (crd:generateEmbeddedObjectMeta).
	GenerateEmbeddedObjectMeta bool
	// CRDVersions are the apiextensions.k8s.io versions written, the first
	// into <group>_<plural>.yaml, the others into
	// <group>_<plural>.<version>.yaml (crd:crdVersions); empty means v1,
	// the only one controller-gen v0.23 writes.
	CRDVersions []string
	// Warn receives each warning (a CRD too large to apply, a marker
	// controller-gen would ignore where it is); nil logs them.
	Warn func(string)
	// RuleAt, when set, is told of every CEL rule a marker writes
	// (x-kubernetes-validations), with the marker's position, once for
	// each place the marker's type is used.
	RuleAt func(rule string, at token.Position)
	// Header is written at the top of every file, before its "---"
	// (crd:headerFile, with " YEAR" replaced as crd:year asks).
	Header []byte
}

// Generate returns one CustomResourceDefinition per group kind of the
// input packages, in opts.OutputDir, named <group>_<plural>.yaml. A kind is a
// type that embeds metav1.TypeMeta and metav1.ObjectMeta in a package with
// +groupName; its versions are the names of the packages declaring it
// (but those marked +kubebuilder:skipversion).
func Generate(l *load.Loaded, opts Options) ([]run.File, error) {
	errs := &diag.List{}
	versions, err := crdVersions(opts.CRDVersions)
	if err != nil {
		return nil, err
	}
	b := &builder{u: l.Context.Universe, index: l.Index, errs: errs, opts: opts, optionalByDefault: map[string]bool{}, building: map[types.Name]bool{}}
	byGroupKind := map[string][]kind{}
	var roots []*types.Type
	for _, path := range l.Context.Inputs {
		for _, k := range kindsOf(l.Context.Universe[path], b) {
			key := k.group + "/" + k.t.Name.Name
			byGroupKind[key] = append(byGroupKind[key], k)
			roots = append(roots, k.t)
		}
	}
	if err := requireDescribed(l, roots, b.definedFrom); err != nil {
		return nil, err
	}
	var files []run.File
	for _, key := range slices.Sorted(maps.Keys(byGroupKind)) {
		doc, name, err := b.definition(byGroupKind[key], opts.MaxDescLen)
		if err != nil {
			errs.Add(err)
			continue
		}
		for i, v := range versions {
			file := name + ".yaml"
			if i > 0 {
				file = name + "." + v + ".yaml"
			}
			data := append(slices.Clip(opts.Header), doc...)
			files = append(files, run.File{Path: filepath.Join(opts.OutputDir, file), Data: data})
		}
	}
	return files, errs.Err()
}

// crdVersions returns the apiextensions.k8s.io versions asked for: v1
// when none is, an error for any other, as controller-gen v0.23 writes
// only v1.
func crdVersions(asked []string) ([]string, error) {
	if len(asked) == 0 {
		return []string{"v1"}, nil
	}
	for _, v := range asked {
		if v != "v1" {
			return nil, fmt.Errorf("%q: only v1 CustomResourceDefinitions can be written (v1beta1 was removed in Kubernetes 1.22); leave the version out or write v1", v)
		}
	}
	return asked, nil
}

// requireDescribed gives every named type the kinds' schemas reach
// (metav1's Condition, say) the comments its description and markers come
// from, which the universe holds only for the packages a generator reads:
// the loader reads them from the types' files (Document), and loads as
// packages a generator reads only those with a +k8s:enum type, whose
// constants the enum lists (or all of them, when it cannot).
func requireDescribed(l *load.Loaded, roots []*types.Type, definedFrom func(*types.Type) *types.Type) error {
	done := map[string]bool{}
	for _, p := range l.Context.Inputs {
		done[p] = true
	}
	for {
		reached := reachedTypes(roots, definedFrom, done)
		var more []string
		documented := l.Document(reached...)
		for _, t := range reached {
			p := t.Name.Package
			if done[p] {
				continue
			}
			if enum := parseMarkers(append(slices.Clone(t.SecondClosestCommentLines), t.CommentLines...), []string{"k8s:enum"}); !documented || len(enum) > 0 {
				done[p] = true
				more = append(more, p)
			}
		}
		if len(more) == 0 {
			return nil
		}
		if err := l.Require(slices.Sorted(slices.Values(more))...); err != nil {
			return err
		}
	}
}

// reachedTypes returns the named types of packages not done (read for a
// generator) that the roots' schemas reach.
func reachedTypes(roots []*types.Type, definedFrom func(*types.Type) *types.Type, done map[string]bool) []*types.Type {
	var out []*types.Type
	seen := map[*types.Type]bool{}
	var walk func(t *types.Type)
	walk = func(t *types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		if p := t.Name.Package; p != "" && !done[p] && known(t.Name) == nil && (t.Kind == types.Struct || t.Kind == types.Alias) {
			out = append(out, t)
		}
		walk(t.Elem)
		walk(t.Key)
		walk(t.Underlying)
		walk(definedFrom(t))
		for _, m := range t.Members {
			walk(m.Type)
		}
	}
	for _, t := range roots {
		walk(t)
	}
	return out
}

// kindsOf returns the kinds of a package, or none when it has no
// +groupName; kinds marked +kubebuilder:skipversion are left out.
func kindsOf(pkg *types.Package, b *builder) []kind {
	if pkg == nil {
		return nil
	}
	lines := b.index.PackageClauseLines(pkg.Path) // controller-gen reads every file's, not doc.go's alone
	group, ok := apigroup.GroupName(lines)
	if !ok {
		return nil
	}
	found := parseMarkers(lines, packageMarkers)
	find := func(line string) token.Position { return b.index.PackageDoc(pkg.Path).Find(line) }
	b.checkSpelling(lines, find)
	version := pkg.Name
	for _, m := range found {
		switch m.name {
		case "versionName":
			var err error
			if version, err = stringValue(m.value); err != nil {
				b.errs.Addf(find(m.line), "+%s: %v", m.line, err)
			}
		case "kubebuilder:skip": // no CRD of this package's kinds
			return nil
		}
	}
	var out []kind
	for _, name := range slices.Sorted(maps.Keys(pkg.Types)) {
		if t := pkg.Types[name]; isKind(t) && !b.skipped(t) {
			out = append(out, kind{group: group, version: version, t: t})
		}
	}
	return out
}

// skipped reports whether a kind's type is marked +kubebuilder:skipversion
// (an internal version, say): the CRD leaves that version out.
func (b *builder) skipped(t *types.Type) bool {
	found := parseMarkers(b.typeLines(t), []string{"kubebuilder:skipversion"})
	return len(found) > 0
}

// isKind reports whether a type embeds metav1's TypeMeta and ObjectMeta.
func isKind(t *types.Type) bool {
	if t.Kind != types.Struct {
		return false
	}
	var typeMeta, objectMeta bool
	for _, m := range t.Members {
		if !m.Embedded || m.Type.Name.Package != "k8s.io/apimachinery/pkg/apis/meta/v1" {
			continue
		}
		typeMeta = typeMeta || m.Type.Name.Name == "TypeMeta"
		objectMeta = objectMeta || m.Type.Name.Name == "ObjectMeta"
	}
	return typeMeta && objectMeta
}

// definition returns the YAML of one group kind's CRD and its file name,
// without the extension.
func (b *builder) definition(kinds []kind, maxDescLen int) ([]byte, string, error) {
	slices.SortStableFunc(kinds, func(x, y kind) int { return strings.Compare(x.version, y.version) })
	first := kinds[0]
	names := crdNames{Kind: first.t.Name.Name, ListKind: first.t.Name.Name + "List",
		Plural: pluralize(first.t.Name.Name), Singular: strings.ToLower(first.t.Name.Name)}
	spec := crdSpec{Group: first.group, Names: names, Scope: "Namespaced"}
	meta := crdMeta{}
	storage := 0
	for _, k := range kinds {
		root := b.named(k.t, b.typePos(k.t))
		truncateDescriptions(root, maxDescLen)
		if _, ok := root.Properties["metadata"]; ok { // the API server's, whatever the field says
			root.Properties["metadata"] = &jsonSchema{Type: "object"}
		}
		v := crdVersion{Name: k.version, Served: true, Schema: crdValidation{Schema: root}}
		b.applyKindMarkers(&meta, &spec, &v, k)
		if v.Storage {
			storage++
		}
		spec.Versions = append(spec.Versions, v)
	}
	if len(kinds) == 1 {
		spec.Versions[0].Storage = true
		storage = 1
	}
	at := b.index.Type(first.t).Pos
	if storage != 1 {
		return nil, "", diag.Errorf(at, "CRD for %s.%s has %d storage versions among %s: mark exactly one version's type with +kubebuilder:storageversion",
			names.Kind, first.group, storage, versionNames(kinds))
	}
	if meta.Annotations == nil {
		meta.Annotations = map[string]string{}
	}
	meta.Annotations[VersionAnnotation] = ControllerGenVersion
	meta.Name = spec.Names.Plural + "." + first.group
	doc := crdDocument{APIVersion: "apiextensions.k8s.io/v1", Kind: "CustomResourceDefinition", Metadata: meta, Spec: spec}
	j, err := json.Marshal(doc)
	if err == nil && len(j) > applyLimit {
		b.warnOnce(at, "%s", sizeWarning(doc, len(j)))
	}
	var data []byte
	if err == nil {
		data, err = jsonToYAML(j)
	}
	if err != nil {
		return nil, "", diag.Errorf(at, "writing the CRD for %s: %v", names.Kind, err)
	}
	return append([]byte("---\n"), data...), first.group + "_" + spec.Names.Plural, nil
}

// typePos returns a function giving a type's position.
func (b *builder) typePos(t *types.Type) func() token.Position {
	return func() token.Position { return b.index.Type(t).Pos }
}

// versionNames lists the versions of kinds.
func versionNames(kinds []kind) string {
	var out []string
	for _, k := range kinds {
		out = append(out, k.version)
	}
	return strings.Join(out, ", ")
}

// jsonToYAML writes a document's JSON as YAML the way controller-gen
// does: keys in alphabetical order, long lines folded.
func jsonToYAML(j []byte) ([]byte, error) {
	var generic any
	if err := yaml.Unmarshal(j, &generic); err != nil {
		return nil, fmt.Errorf("converting to YAML: %v", err)
	}
	return yaml.Marshal(generic)
}
