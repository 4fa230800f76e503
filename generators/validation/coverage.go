package validation

import (
	"cmp"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
)

// rule is one error a kind's validation can report at a path: what the
// declarative-validation coverage tests require a test case to produce.
type rule struct{ errType, origin string }

// report is a kind's rules, by field path.
type report struct {
	group, version, kind string
	rules                map[string][]rule
}

// collectRules returns the rules of the validations reachable from n,
// by field path ("" for the value itself).
func collectRules(n *node) map[string][]rule {
	rules := map[string][]rule{}
	c := &ruleCollector{rules: rules, seen: map[*node]bool{}}
	c.node(n, "", false, false)
	return rules
}

type ruleCollector struct {
	rules map[string][]rule
	seen  map[*node]bool
}

func (c *ruleCollector) node(n *node, path string, skipElem, skipKey bool) {
	if n == nil || c.seen[n] {
		return
	}
	c.seen[n] = true
	defer delete(c.seen, n)
	c.record(path, n.own.calls)
	if n.own.opaque {
		return
	}
	skipElem = skipElem || n.own.opaqueVal
	skipKey = skipKey || n.own.opaqueKey
	for _, f := range n.fields {
		c.edge(f, joinPath(path, f.json), false, false)
	}
	if n.elem != nil && !skipElem {
		c.edge(n.elem, joinPath(path, "[*]"), false, false)
	}
	if n.key != nil && !skipKey {
		c.edge(n.key, path, false, false)
	}
	if n.underlying != nil {
		c.edge(n.underlying, path, skipElem, skipKey)
	}
}

func (c *ruleCollector) edge(e *edge, path string, skipElem, skipKey bool) {
	c.record(path, e.own.calls)
	if e.own.opaque {
		return
	}
	c.node(e.to, path, skipElem || e.own.opaqueVal, skipKey || e.own.opaqueKey)
}

func (c *ruleCollector) record(path string, calls []call) {
	for _, fn := range calls {
		recordCall(c.rules, path, fn, "")
	}
}

// recordCall records what a call reports, or what the calls it wraps do.
func recordCall(rules map[string][]rule, base string, c call, suffix string) {
	if len(c.emits) > 0 {
		for _, e := range c.emits {
			p := base + suffix + e.fragment
			rules[p] = append(rules[p], rule{e.errType, e.origin})
		}
		return
	}
	for _, a := range c.args {
		switch a := a.(type) {
		case wrapper:
			recordCall(rules, base, a.call, suffix+a.fragment)
		case multiWrapper:
			for _, inner := range a.calls {
				recordCall(rules, base, inner, suffix+a.fragment)
			}
		}
	}
}

func joinPath(base, seg string) string {
	switch {
	case seg == "":
		return base
	case base == "":
		return seg
	case strings.HasPrefix(seg, "["):
		return base + seg
	}
	return base + "." + seg
}

// coverageTest writes a test file that declares kinds' rules to
// apimachinery's coverage package, and, when main is set, the TestMain
// that asserts the tests covered them.
type coverageTest struct {
	generator.GoGenerator
	tracker  namer.ImportTracker
	raw      namer.Namer
	reports  []*report
	main     bool
	versions []string
}

func newCoverageTest(pkgPath, file string, reports []*report, main bool, versions []string) *coverageTest {
	tracker := generator.NewImportTrackerForPackage(pkgPath)
	return &coverageTest{GoGenerator: generator.GoGenerator{OutputFilename: file}, tracker: tracker,
		raw: namer.NewRawNamer(pkgPath, tracker), reports: reports, main: main, versions: versions}
}

// Filter visits no type: the file is written by Init.
func (g *coverageTest) Filter(*generator.Context, *types.Type) bool { return false }

// Imports returns what the file uses.
func (g *coverageTest) Imports(*generator.Context) []string { return g.tracker.ImportLines() }

func (g *coverageTest) name(pkg, n string) string {
	return g.raw.Name(&types.Type{Name: types.Name{Package: pkg, Name: n}})
}

const coveragePkg = "k8s.io/apimachinery/pkg/test/coverage"

// Init writes the file.
func (g *coverageTest) Init(_ *generator.Context, w io.Writer) error {
	out := inplace.NewWriter(&diag.List{})
	for _, r := range g.reports {
		g.writeReport(out, r)
	}
	if g.main {
		if len(g.versions) > 0 {
			vs := slices.Clone(g.versions)
			slices.Sort(vs)
			for i, v := range vs {
				vs[i] = strconv.Quote(v)
			}
			out.Line("var apiVersions = []string{%s}", strings.Join(vs, ", "))
			out.Blank()
		}
		out.Line("func TestMain(m *%s) {", g.name("testing", "M"))
		out.Line("code := m.Run()")
		out.Line("if err := %s(); err != nil {", g.name(coveragePkg, "AssertDeclarativeCoverage"))
		out.Line("%s(%s, err)", g.name("fmt", "Fprintln"), g.name("os", "Stderr"))
		out.Line("if code == 0 {\ncode = 1\n}\n}")
		out.Line("%s(code)\n}", g.name("os", "Exit"))
	}
	_, err := io.WriteString(w, out.String())
	return err
}

// writeReport writes the init function that declares one kind's rules.
func (g *coverageTest) writeReport(out *inplace.Writer, r *report) {
	out.Line("func init() {")
	out.Line("%s(", g.name(coveragePkg, "RegisterDeclaredRules"))
	out.Line("%s{Group: %q, Version: %q, Kind: %q},", g.name("k8s.io/apimachinery/pkg/runtime/schema", "GroupVersionKind"), r.group, r.version, r.kind)
	out.Line("%s{", g.name(coveragePkg, "FieldRules"))
	for _, p := range slices.Sorted(maps.Keys(r.rules)) {
		rs := slices.Clone(r.rules[p])
		slices.SortFunc(rs, func(a, b rule) int {
			if c := cmp.Compare(a.errType, b.errType); c != 0 {
				return c
			}
			return cmp.Compare(a.origin, b.origin)
		})
		out.Line("%q: {", p)
		for _, x := range rs {
			if x.origin != "" {
				out.Line("{ErrorType: %q, Origin: %q},", x.errType, x.origin)
			} else {
				out.Line("{ErrorType: %q},", x.errType)
			}
		}
		out.Line("},")
	}
	out.Line("},\n)\n}")
	out.Blank()
}

// packageCoverage returns the in-package coverage test of a package that
// says +k8s:validation-gen-test-targets, or nil when no root type has
// rules.
func (p *plan) packageCoverage(a *activation, g *graph) generator.Generator {
	var reports []*report
	for _, t := range a.roots {
		if rules := collectRules(g.nodes[t]); len(rules) > 0 {
			reports = append(reports, &report{group: a.pkg.Path, version: a.pkg.Name, kind: t.Name.Name, rules: rules})
		}
	}
	if len(reports) == 0 {
		return nil
	}
	return newCoverageTest(a.pkg.Path, strings.TrimSuffix(p.args.OutputFile, ".go")+"_coverage_test.go", reports, true, nil)
}

// apiVersion is a package name that is an API version.
var apiVersion = regexp.MustCompile(`^v\d+(alpha\d+|beta\d+)?$`)

// kindKey names a group and kind.
type kindKey struct{ group, kind string }

// collectReports adds the rules of a registering package's root types
// to their kinds' reports, for --test-output-root.
func (p *plan) collectReports(a *activation, g *graph, into map[kindKey][]*report) {
	pkg := p.Context.Universe.Package(a.input)
	group := pkg.Path
	if c, ok := pkg.Constants["GroupName"]; ok && c.ConstValue != nil {
		group = *c.ConstValue
	}
	version := ""
	if apiVersion.MatchString(pkg.Name) {
		version = pkg.Name
	}
	for _, t := range a.roots {
		if rules := collectRules(g.nodes[t]); len(rules) > 0 {
			k := kindKey{group, t.Name.Name}
			into[k] = append(into[k], &report{group: group, version: version, kind: t.Name.Name, rules: rules})
		}
	}
}

// coverageTargets returns, per kind, the package of coverage tests
// below --test-output-root: a file per version and main_test.go.
func (p *plan) coverageTargets(byKind map[kindKey][]*report, allow []allowEntry) []generator.Target {
	if p.args.TestOutputRoot == "" {
		return nil
	}
	var out []generator.Target
	for _, k := range sortedKindKeys(byKind) {
		reports := byKind[k]
		if reports[0].version == "" {
			continue
		}
		if reports = filterReports(reports, allow); len(reports) == 0 {
			continue
		}
		lower := strings.ToLower(k.kind)
		group := reports[0].group
		if group == "" {
			group = "core"
		}
		dir := p.args.TestOutputRoot + "/" + strings.Split(group, ".")[0] + "/" + lower
		var gens []generator.Generator
		var versions []string
		for _, r := range reports {
			gens = append(gens, newCoverageTest(dir, p.args.TestOutputFilePrefix+r.version+"_test.go", []*report{r}, false, nil))
			versions = append(versions, r.version)
		}
		gens = append(gens, newCoverageTest(dir, p.args.TestOutputFilePrefix+"main_test.go", nil, true, versions))
		out = append(out, &generator.SimpleTarget{PkgName: lower, PkgPath: dir, PkgDir: dir, HeaderComment: p.Header,
			GeneratorsFunc: func(*generator.Context) []generator.Generator { return gens }})
	}
	return out
}

func sortedKindKeys(m map[kindKey][]*report) []kindKey {
	keys := make([]kindKey, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b kindKey) int { return cmp.Compare(a.group+"/"+a.kind, b.group+"/"+b.kind) })
	return keys
}
