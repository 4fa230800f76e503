// Package tags is the one registry of comment tags: each generator declares
// the tags it reads once (name, where it may appear, value grammar, doc), and
// reads typed values through it. Checking tags, "did you mean", --help and the
// lint rules all work from the same declarations.
package tags

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"k8s.io/gengo/v2/codetags"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
)

// Scope says where a tag may be written.
type Scope uint8

const (
	// Package tags go in the package's doc.go.
	Package Scope = 1 << iota
	// Type tags go in the comment above a type declaration.
	Type
	// Member tags go in the comment above a struct field.
	Member
)

// String names the scopes in s, e.g. "package or type"; no scope at all
// is a function's (e.g. +k8s:conversion-fn on a hand-written Convert_),
// which generators check themselves.
func (s Scope) String() string {
	if s == 0 {
		return "function"
	}
	var names []string
	for _, n := range []struct {
		s    Scope
		name string
	}{{Package, "package (doc.go)"}, {Type, "type"}, {Member, "field"}} {
		if s&n.s != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, " or ")
}

// Definition declares one tag.
type Definition struct {
	// Name is the tag's name without its "+", e.g. "k8s:deepcopy-gen".
	Name string
	// Scopes says where the tag may appear.
	Scopes Scope
	// Syntax is the value grammar shown to users, e.g. "package|false";
	// empty for a tag written bare.
	Syntax string
	// Doc is a one-line description.
	Doc string
	// Parse reads a value written at the given scope into the tag's typed
	// value (see Declare); nil accepts any value, as its string. Checking a
	// tag is parsing it and dropping the value.
	Parse func(scope Scope, value string) (any, error)
	// Repeatable allows the tag more than once in one comment.
	Repeatable bool
	// Args are the arguments the tag takes, e.g. +k8s:ifEnabled(Gate);
	// none when empty. A tag with arguments or a TagValue is read with the
	// nested grammar of declarative validation (see ParseLine), its value
	// as the grammar reads it (a quoted string unquoted, no trailing
	// comment); any other tag's value is the raw text after "=".
	Args []ArgDecl
	// TagValue says the tag's value is another tag, e.g.
	// +k8s:eachVal=+k8s:minimum=1, itself checked against the registry.
	TagValue bool
	// FirstWins makes a repeat of a tag that is not Repeatable a warning,
	// not an error: upstream reads the first value, and real packages
	// repeat the tag (k8s.io/apiserver's apiserver/v1alpha1 gives two
	// +groupName).
	FirstWins bool
}

// Registry is the set of tags one generator reads.
type Registry struct {
	// Generator is the generator's name, e.g. "deepcopy-gen".
	Generator string
	// Namespaces are the tag-name prefixes the generator owns, e.g.
	// "k8s:deepcopy-gen": any tag equal to one or below one ("<ns>:...")
	// must be declared.
	Namespaces []string
	// Definitions are the tags, in the order --help lists them.
	Definitions []Definition
}

// Tag is one tag as written in a comment.
type Tag struct {
	// Name is the tag's name, e.g. "k8s:deepcopy-gen".
	Name string
	// Value is the raw value after "=", e.g. "package".
	Value string
	// Line is the comment line after its "+", as gengo's codetags returns it.
	Line string
}

// Usage shows how the tag is written, e.g. "+k8s:deepcopy-gen=package|false";
// a Syntax that starts with "(" shows arguments, e.g. "+k8s:ifEnabled(<Gate>)=+<tag>".
func (d *Definition) Usage() string {
	switch {
	case d.Syntax == "":
		return "+" + d.Name
	case strings.HasPrefix(d.Syntax, "("):
		return "+" + d.Name + d.Syntax
	}
	return "+" + d.Name + "=" + d.Syntax
}

// Lookup returns the definition of the tag named name, or nil.
func (r *Registry) Lookup(name string) *Definition {
	for i := range r.Definitions {
		if r.Definitions[i].Name == name {
			return &r.Definitions[i]
		}
	}
	return nil
}

// Owns reports whether a tag name falls in one of the registry's namespaces.
func (r *Registry) Owns(name string) bool {
	for _, ns := range r.Namespaces {
		if name == ns || strings.HasPrefix(name, ns+":") {
			return true
		}
	}
	return false
}

// Find returns every tag of the registry's namespaces (or declared by it)
// written in lines, whether declared or not, in order.
func (r *Registry) Find(lines []string) []Tag {
	return find(lines, func(name string) bool {
		return r.Owns(name) || r.Lookup(name) != nil || nearMiss(name, r)
	})
}

// Written returns every tag written in lines, whatever its name, in order:
// what a program that finds packages by their tags reads.
func Written(lines []string) []Tag {
	return find(lines, func(string) bool { return true })
}

// find returns the tags written in lines whose names keep accepts, in order.
func find(lines []string, keep func(name string) bool) []Tag {
	var out []Tag
	for _, line := range lines {
		trimmed := strings.TrimLeft(line, " \t")
		if !strings.HasPrefix(trimmed, "+") {
			continue
		}
		for name, ls := range codetags.Extract("", []string{trimmed[1:]}) {
			if keep(name) {
				out = append(out, Tag{Name: name, Value: rawValue(ls[0]), Line: ls[0]})
			}
		}
	}
	return out
}

// rawValue returns what follows the tag name's "=", as upstream reads it:
// everything to the end of the line (a trailing comment included).
func rawValue(line string) string {
	if t, err := codetags.Parse(line, codetags.RawValues(true)); err == nil {
		return t.Value
	}
	if i := strings.IndexByte(line, '='); i >= 0 {
		return strings.TrimSpace(line[i+1:])
	}
	return ""
}

// Check reports every problem with the registry's tags in lines, written at
// scope: undeclared names (with a suggestion), tags in the wrong place,
// arguments where none are taken, and bad values. where maps a tag line to
// its position.
func (r *Registry) Check(lines []string, scope Scope, where func(line string) token.Position, errs *diag.List) {
	first := map[string]Tag{}
	for _, t := range r.Find(lines) {
		if err := r.checkTag(t, scope); err != nil {
			errs.Add(diag.Errorf(at(where, t.Line, err), "%s", err))
			continue
		}
		def := r.Lookup(t.Name)
		earlier, seen := first[t.Name]
		switch {
		case !seen:
			first[t.Name] = t
		case def.Repeatable:
		case def.FirstWins:
			klog.Warningf("%s: +%s is given more than once; the first value, %q, is used; keep one", diag.Where(where(t.Line)), t.Name, earlier.Value)
		default:
			errs.Addf(where(t.Line), "+%s is given more than once; keep one", t.Name)
		}
	}
}

// CheckPackage is Check at package scope for a package's comments as gengo
// reads them: every comment of doc.go, a type's tags included when the type
// is declared in doc.go (code-generator's own output_tests do that). Those
// are the type's, so when lines have problems, the package's own lines (which
// own returns, parsing doc.go only then) are checked instead.
func (r *Registry) CheckPackage(lines []string, own func() []string, where func(line string) token.Position, errs *diag.List) {
	var found diag.List
	if r.Check(lines, Package, where, &found); found.Len() == 0 {
		return
	}
	r.Check(own(), Package, where, errs)
}

func (r *Registry) checkTag(t Tag, scope Scope) error {
	def := r.Lookup(t.Name)
	if def == nil {
		return fmt.Errorf("unknown tag +%s%s", t.Name, r.suggest(t.Name))
	}
	if def.Scopes&scope == 0 {
		return fmt.Errorf("+%s is not allowed on a %s; it belongs on a %s", t.Name, scope, def.Scopes)
	}
	if len(def.Args) > 0 || def.TagValue {
		_, err := r.parseChecked(t.Line, scope)
		return err
	}
	parsed, err := codetags.Parse(t.Line, codetags.RawValues(true))
	if err != nil {
		return fmt.Errorf("cannot parse +%s: %v (want %s)", t.Name, err, def.Usage())
	}
	if len(parsed.Args) > 0 {
		return fmt.Errorf("+%s takes no arguments (want %s)", t.Name, def.Usage())
	}
	if def.Parse != nil {
		if _, err := def.Parse(scope, t.Value); err != nil {
			return fmt.Errorf("+%s: %v", t.Name, err)
		}
	}
	return nil
}

// suggest returns `; did you mean +x?` for the closest declared name, or "".
func (r *Registry) suggest(name string) string {
	best, bestDist := "", 0
	for _, d := range r.Definitions {
		dist := Distance(name, d.Name)
		if best == "" || dist < bestDist {
			best, bestDist = d.Name, dist
		}
	}
	if best == "" || bestDist > len(best)/2 {
		return fmt.Sprintf(" (known tags: %s)", strings.Join(r.names(), ", "))
	}
	return fmt.Sprintf("; did you mean +%s?", best)
}

func (r *Registry) names() []string {
	var out []string
	for _, d := range r.Definitions {
		out = append(out, "+"+d.Name)
	}
	sort.Strings(out)
	return out
}

// nearMiss reports whether name is a likely misspelling of one of r's tags
// outside r's namespace (e.g. "k8s:deepcopy-gne"), and no generator's tag.
func nearMiss(name string, r *Registry) bool {
	if IsKnown(name) {
		return false
	}
	if !strings.HasPrefix(name, "k8s:") {
		return sameLoosely(name, r)
	}
	for _, d := range r.Definitions {
		if Distance(name, d.Name) <= 2 {
			return true
		}
	}
	return false
}

// sameLoosely reports whether name is one of r's tags outside the k8s:
// namespace written with other case, dashes or underscores, e.g.
// "groupname" or "group-name" for "groupName".
func sameLoosely(name string, r *Registry) bool {
	for _, d := range r.Definitions {
		if !strings.HasPrefix(d.Name, "k8s:") && loose(name) == loose(d.Name) {
			return true
		}
	}
	return false
}

func loose(name string) string {
	return strings.ToLower(strings.NewReplacer("-", "", "_", "").Replace(name))
}

// Distance is the Levenshtein edit distance between a and b: how a
// misspelt tag (or marker) is told from the one meant.
func Distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// Help lists the registry's tags, one per line, for --help.
func (r *Registry) Help() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Tags read by %s:\n", r.Generator)
	for _, d := range r.Definitions {
		fmt.Fprintf(&b, "  %s\n      on a %s: %s\n", d.Usage(), d.Scopes, d.Doc)
	}
	return b.String()
}
