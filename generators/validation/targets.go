package validation

import (
	"cmp"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns validation-gen with upstream's default flags, for
// the shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates Validate_<Type> functions and RegisterValidations from the +k8s: declarative validation tags of API types (--docs lists every tag)."

// Command returns the generator with the given flags, for a program that
// fills them in Go (kube-codegen).
func Command(args *Args) *cli.Spec {
	s := inplace.Spec(Name, summary, args, NameSystems, Registry, targets)
	s.Output = func() cli.Output {
		return cli.Output{Dir: args.TestOutputRoot, Flags: "--test-output-root"}
	}
	s.Exit = func() (string, bool, error) {
		if !args.Docs {
			return "", false, nil
		}
		out, err := docsJSON()
		return out, true, err
	}
	return s
}

// NameSystems returns the name systems validation-gen uses: "public"
// orders the types as upstream does, "raw" names them in Go syntax.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{"public": namer.NewPublicNamer(1), "raw": namer.NewRawNamer("", nil)}
}

// plan decides, for one run, which packages get a validations file and
// what each validates, and records every problem on the way.
type plan struct {
	*inplace.Plan
	args     *Args
	control  controlTags
	docs     map[string]*tagDoc
	handlers map[string]tagHandler
	// lists records, by place, what +k8s:listType and +k8s:listMapKey say.
	lists map[string]*listInfo
	// listDone records the lists whose uniqueness check is written.
	listDone map[string]bool
	// canonical maps each package whose types are validated to the
	// package their Validate_ functions are in.
	canonical map[string]string
	// opaqueTypes and opaqueFields record what +k8s:opaqueType marks.
	opaqueTypes  map[*types.Type]bool
	opaqueFields map[string]bool
	// shortCircuitsDone records the fields whose short-circuiting
	// validations a +k8s:subfield copied.
	shortCircuitsDone map[string]bool
	// unions records the unions of each struct and list, by kind and path.
	unions map[string]map[string]*unionInfo
	// generated records the packages validations are generated into.
	generated map[string]bool
	// claimed records the ValidateCustom_ functions a tag calls.
	claimed map[types.Name]bool
	// modes records the modalities of each struct.
	modes map[string]map[string]*modeGroup
	// updates collects the +k8s:update constraints of each field.
	updates map[string]*updateInfo
}

// activation is what an input package's doc.go asks of validation-gen.
type activation struct {
	pkg *types.Package
	// filters are the +k8s:validation-gen values ("*",
	// "TypesWithField=<Name>", "TypesWithSuffix=<Suffix>").
	filters []string
	// input is the package whose types are validated (-input).
	input string
	// scheme is the type validations register with; registers says
	// whether they do (+k8s:validation-gen-scheme-registry=nil: no).
	scheme    types.Name
	registers bool
	roots     []*types.Type
	// coverage says +k8s:validation-gen-test-targets: the package gets
	// its own coverage test.
	coverage bool
}

// targets returns one target per input package that asks for
// validations. On problems it returns every one of them.
func targets(base *inplace.Plan, args *Args) ([]generator.Target, error) {
	docs, _, err := readTagDocs()
	if err != nil {
		return nil, err
	}
	p := &plan{Plan: base, args: args, control: declareControlTags(), docs: docs, lists: map[string]*listInfo{}, listDone: map[string]bool{}, updates: map[string]*updateInfo{},
		opaqueTypes: map[*types.Type]bool{}, opaqueFields: map[string]bool{}, shortCircuitsDone: map[string]bool{}, unions: map[string]map[string]*unionInfo{}, modes: map[string]map[string]*modeGroup{}, claimed: map[types.Name]bool{}, generated: map[string]bool{}}
	p.handlers = p.tagHandlers()
	acts := p.activations()
	for _, a := range acts {
		p.generated[a.pkg.Path] = true
	}
	canonical, err := p.loadInputs(acts)
	if err != nil {
		return nil, err
	}
	p.canonical = canonical
	g := &graph{p: p, canonical: canonical, nodes: map[*types.Type]*node{}}
	lint := &linter{p: p, linted: map[*types.Type]bool{}, transitive: map[opacityKey]int8{}}
	for _, a := range acts {
		a.roots = p.rootTypes(a)
		failed := false
		for _, t := range a.roots {
			if t.Kind == types.Pointer || (t.Kind == types.Alias && t.Underlying.Kind == types.Pointer) {
				p.Errs.Addf(p.typePos(t), "type %s is a pointer, which validation-gen cannot validate; opt it out with +%s=false in the comment block above it", t.Name.Name, tagEnabled)
				failed = true
				continue
			}
			if _, err := g.discover(t, p.typePos(t)); err != nil {
				p.Errs.Add(err)
				failed = true
			}
		}
		if !failed { // as upstream, a package is linted once its tags are read
			p.lintRoots(a, lint)
		}
	}
	p.checkUnclaimed()
	if p.Errs.Len() > 0 {
		return nil, p.Errs.Err()
	}
	allow, err := readAllowlist(p.args.TestAllowlist)
	if err != nil {
		return nil, err
	}
	var out []generator.Target
	byKind := map[kindKey][]*report{}
	for _, a := range acts {
		out = append(out, p.target(a, g))
		if p.args.TestOutputRoot != "" && a.registers {
			p.collectReports(a, g, byKind)
		}
	}
	return append(out, p.coverageTargets(byKind, allow)...), p.Errs.Err()
}

// fail records a problem at pos and returns it, for the caller to stop.
func (p *plan) fail(pos token.Position, format string, args ...any) error {
	return diag.Errorf(pos, format, args...)
}

// activations reads each input package's doc.go.
func (p *plan) activations() []*activation {
	var acts []*activation
	for _, pkg := range p.Inputs() {
		p.Check(pkg, nil)
		if a := p.activation(pkg); a != nil {
			acts = append(acts, a)
		}
	}
	return acts
}

// activation returns what pkg's doc.go asks for; nil for nothing.
func (p *plan) activation(pkg *types.Package) *activation {
	lines := inplace.PackageLines(p.Registry, p.Index, pkg, tagEnabled)
	values, err := p.control.enabled.All(lines, tags.Package)
	if err != nil || len(values) == 0 || slices.Contains(values, "false") {
		return nil
	}
	a := &activation{pkg: pkg, filters: values, input: pkg.Path, registers: true,
		scheme: types.Name{Package: "k8s.io/apimachinery/pkg/runtime", Name: "Scheme"}}
	if _, ok := p.control.targets.Get(lines, tags.Package); ok {
		a.coverage = true
	}
	if in, ok := p.control.input.Get(lines, tags.Package); ok {
		a.input = in
	}
	if s, ok := p.control.scheme.Get(lines, tags.Package); ok {
		if s == "nil" {
			a.registers = false
		} else {
			a.scheme = parseQualified(s)
		}
	}
	return a
}

// parseQualified splits "<import/path>.<Name>".
func parseQualified(s string) types.Name {
	i := strings.LastIndexByte(s, '.')
	if i < 0 {
		return types.Name{Name: s}
	}
	return types.Name{Package: s[:i], Name: s[i+1:]}
}

// loadInputs loads the packages named by -input and --readonly-pkg and
// returns, for every package whose types are validated, the package
// their Validate_ functions are called in.
func (p *plan) loadInputs(acts []*activation) (map[string]string, error) {
	canonical := map[string]string{}
	var more []string
	for _, a := range acts {
		if a.input != a.pkg.Path {
			more = append(more, a.input)
		}
		prev, ok := canonical[a.input]
		switch {
		case !ok:
			canonical[a.input] = a.pkg.Path
		case a.registers && p.registers(acts, prev):
			p.Errs.Addf(p.Index.PackageDoc(a.pkg.Path).Find(tagEnabled), "the validations of %s are generated into two packages that register them, %s and %s: write +%s=nil in one of them",
				a.input, prev, a.pkg.Path, tagScheme)
		case a.registers:
			canonical[a.input] = a.pkg.Path // the registering one is where calls go
		}
	}
	var readonly []string
	for _, r := range p.args.ReadOnlyPkgs {
		if i := strings.Index(r, "/vendor/"); i >= 0 {
			r = r[i+len("/vendor/"):]
		}
		readonly = append(readonly, r)
	}
	found, err := p.Peers(readonly)
	if err != nil {
		return nil, diag.Errorf(token.Position{}, "--readonly-pkg: cannot find %s: %s", strings.Join(readonly, ", "), load.Describe(err))
	}
	for _, r := range found {
		if _, ok := canonical[r]; !ok {
			canonical[r] = r
		}
	}
	if !p.Document() { // the loader cannot read comments alone: load the packages as upstream does
		more = append(more, found...)
	}
	if err := p.AddPeers(more); err != nil {
		return nil, diag.Errorf(token.Position{}, "cannot load %s: %s", strings.Join(more, ", "), load.Describe(err))
	}
	if err := p.generatedElsewhere(found, canonical); err != nil {
		return nil, err
	}
	return canonical, nil
}

// generatedElsewhere points each read-only package whose validations are
// generated into a package beside it (<pkg>/validation, which says
// +k8s:validation-gen-input=<pkg>) at that package, and loads it: calls
// of Validate_ObjectMeta or of metav1.Condition's ValidateCustom_
// functions go there. Upstream calls them in the read-only package, where
// they do not exist (kubernetes#141765).
func (p *plan) generatedElsewhere(readonly []string, canonical map[string]string) error {
	var extra []string
	for _, r := range readonly {
		pkg := p.Context.Universe.Package(r)
		if canonical[r] != r || pkg.Dir == "" {
			continue
		}
		doc, err := os.ReadFile(filepath.Join(pkg.Dir, "validation", "doc.go"))
		if err != nil || !strings.Contains(string(doc), "+"+tagInput+"="+r+"\n") {
			continue
		}
		canonical[r] = r + "/validation"
		extra = append(extra, r+"/validation")
	}
	if err := p.Require(extra...); err != nil {
		return diag.Errorf(token.Position{}, "cannot load %s, where the validations of --readonly-pkg packages are: %s", strings.Join(extra, ", "), load.Describe(err))
	}
	return nil
}

// registers reports whether the input package path registers its
// validations with a scheme.
func (p *plan) registers(acts []*activation, path string) bool {
	for _, a := range acts {
		if a.pkg.Path == path {
			return a.registers
		}
	}
	return false
}

// rootTypes returns the types of a's input package that get a
// Validate_ function whether or not another type uses them, sorted by
// name.
func (p *plan) rootTypes(a *activation) []*types.Type {
	pkg := p.Context.Universe.Package(a.input)
	var roots []*types.Type
	for _, t := range pkg.Types {
		if p.isRoot(t, a.filters) {
			roots = append(roots, t)
		}
	}
	slices.SortFunc(roots, func(x, y *types.Type) int { return cmp.Compare(x.Name.String(), y.Name.String()) })
	return roots
}

// isRoot reports whether t is a root type under the package's filters.
func (p *plan) isRoot(t *types.Type, filters []string) bool {
	if namer.IsPrivateGoName(t.Name.Name) {
		return false
	}
	switch p.typeOptIn(t) {
	case "false":
		return false
	case "true":
		return true
	}
	if t.Kind == types.Struct && slices.ContainsFunc(t.Members, func(m types.Member) bool {
		return m.Embedded && m.Type.Name == types.Name{Package: "k8s.io/apimachinery/pkg/apis/meta/v1", Name: "ListMeta"}
	}) {
		return false
	}
	for _, f := range filters {
		if f == "*" {
			return true
		}
		if name, ok := strings.CutPrefix(f, "TypesWithField="); ok && t.Kind == types.Struct &&
			slices.ContainsFunc(t.Members, func(m types.Member) bool { return m.Name == name }) {
			return true
		}
		if suffix, ok := strings.CutPrefix(f, "TypesWithSuffix="); ok && strings.HasSuffix(t.Name.Name, suffix) {
			return true
		}
	}
	return false
}

// typeOptIn returns a type's +k8s:validation-gen value ("true",
// "false"), read from its doc comment then the block above it.
func (p *plan) typeOptIn(t *types.Type) string {
	for _, lines := range [][]string{t.CommentLines, t.SecondClosestCommentLines} {
		if v, ok := p.control.enabled.Get(lines, tags.Type); ok {
			return v
		}
	}
	return ""
}

// Positions of types, fields and their tag lines, for errors.
func (p *plan) typePos(t *types.Type) token.Position {
	if d := p.Index.Type(t); d != nil {
		return d.Pos
	}
	return token.Position{}
}

func (p *plan) typeTagPos(t *types.Type) func(string) token.Position { return p.Index.TypeTag(t) }

func (p *plan) memberPos(t *types.Type, name string) token.Position {
	if d := p.Index.Member(t, name); d != nil {
		return d.Pos
	}
	return p.typePos(t)
}

func (p *plan) constTagPos(c *types.Type) func(string) token.Position {
	if d, ok := p.Index.TopLevel(c.Name.Package, c.Name.Name); ok {
		return d.Find
	}
	return func(string) token.Position { return token.Position{} }
}

func (p *plan) memberTagPos(t *types.Type, name string) func(string) token.Position {
	return p.Index.MemberTag(t, name)
}
