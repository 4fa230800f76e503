package defaulter

import (
	"go/token"
	"os"
	"slices"
	"strings"

	"k8s.io/gengo/v2/namer"
	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// defaults are the defaulting functions of one type, each a func(*T).
type defaults struct {
	// object is SetObjectDefaults_T, hand-written or to be generated: it
	// calls every nested defaulter.
	object *types.Type
	// base is the hand-written SetDefaults_T.
	base *types.Type
	// additional are the hand-written SetDefaults_T_<Qualifier>, by name.
	additional []*types.Type
}

// funcMap holds defaulting functions by the type they default.
type funcMap map[*types.Type]*defaults

// get returns t's entry, creating it.
func (m funcMap) get(t *types.Type) *defaults {
	d, ok := m[t]
	if !ok {
		d = &defaults{}
		m[t] = d
	}
	return d
}

// fnName returns the name of t's defaulter with the given prefix, as
// upstream's name systems give it (SetDefaults_Pod).
func fnName(prefix string, t *types.Type) string {
	s := &namer.NameStrategy{Prefix: prefix, Join: func(pre string, in []string, post string) string {
		return pre + strings.Join(in, "_") + post
	}}
	return s.Name(t)
}

// defaultedType returns the type a function of the form func(*T) defaults,
// or nil when f has another form.
func defaultedType(f *types.Type) *types.Type {
	if f.Underlying == nil || f.Underlying.Kind != types.Func || f.Underlying.Signature == nil {
		return nil
	}
	sig := f.Underlying.Signature
	if sig.Receiver != nil || len(sig.Parameters) != 1 || len(sig.Results) != 0 || sig.Variadic {
		return nil
	}
	if in := sig.Parameters[0].Type; in.Kind == types.Pointer {
		return in.Elem
	}
	return nil
}

// collect records the defaulting functions of pkg. In an input package
// (check), a function whose name says it is a defaulter but whose form or
// parameter does not match gets a warning: upstream ignores it silently,
// and real packages have such functions (kubeadm's SetDefaults_Etcd takes
// a *ClusterConfiguration), so the run goes on.
func (p *plan) collect(pkg *types.Package, check bool) {
	if pkg == nil {
		return
	}
	check = check && !p.checked[pkg.Path]
	p.checked[pkg.Path] = true
	for _, f := range inplace.SortedFuncs(pkg) {
		name := f.Name.Name
		if check {
			p.checkFuncTags(pkg, f)
		}
		in := defaultedType(f)
		if in == nil {
			if check && isDefaulterName(name) {
				klog.Warningf("%s: %s looks like a defaulter but is not of the form func(*T) with no result; defaulter-gen ignores it (rename it, or give it the signature func(obj *T))", diag.Where(p.Index.Func(pkg.Path, name).Pos), name)
			}
			continue
		}
		if !p.record(pkg, f, in) && check && isDefaulterName(name) {
			klog.Warningf("%s: %s takes *%s, so defaulter-gen ignores it: name it %s, %s<Qualifier> or %s, or change its parameter",
				diag.Where(p.Index.Func(pkg.Path, name).Pos), name, in.Name.Name, fnName(prefixBase, in), fnName(prefixBase, in)+"_", fnName(prefixObject, in))
		}
	}
}

func isDefaulterName(name string) bool {
	return strings.HasPrefix(name, prefixBase) || strings.HasPrefix(name, prefixObject)
}

// record files f, a func(*in), under in when its name makes it one of in's
// defaulters, and reports whether it did.
func (p *plan) record(pkg *types.Package, f, in *types.Type) bool {
	base, object := fnName(prefixBase, in), fnName(prefixObject, in)
	d := p.manual.get(in)
	switch name := f.Name.Name; {
	case name == base:
		if d.base != nil && d.base.Name.Package != pkg.Path && d.base.Name.Package != f.Name.Package {
			p.Errs.Addf(p.Index.Func(pkg.Path, name).Pos, "%s is defined twice, here and in %s; keep one", name, d.base.Name.Package)
			return true
		}
		d.base = f
	case strings.HasPrefix(name, base+"_"):
		if !slices.ContainsFunc(d.additional, func(g *types.Type) bool { return g.Name == f.Name }) {
			d.additional = append(d.additional, f)
		}
	case name == object:
		d.object = f
	default:
		return false
	}
	return true
}

// checkFuncTags checks the defaulter-gen tags of a function's comment:
// only +k8s:defaulter-gen=covers, and only on a SetDefaults_ function.
func (p *plan) checkFuncTags(pkg *types.Package, f *types.Type) {
	for _, t := range p.Registry.Find(f.CommentLines) {
		at := p.Index.Func(pkg.Path, f.Name.Name).Find(t.Line)
		switch {
		case t.Name != tagEnabled:
			p.Errs.Addf(at, "+%s is not allowed on a function; it belongs on a %s", t.Name, p.Registry.Lookup(t.Name).Scopes)
		case !p.covered(t.Value):
			p.Errs.Addf(at, "+%s=%s: on a function the only value is %q (its SetDefaults_ calls the nested defaulters itself)", tagEnabled, t.Value, valueCovers)
		case !strings.HasPrefix(f.Name.Name, prefixBase):
			p.Errs.Addf(at, "+%s=covers belongs on a SetDefaults_<Type> function; %s is not one", tagEnabled, f.Name.Name)
		}
	}
}

// covers reports whether a hand-written SetDefaults_ says it calls the
// nested defaulters itself (+k8s:defaulter-gen=covers, alone).
func (p *plan) covers(f *types.Type) bool {
	values := p.tags.enabled.Each(f.CommentLines, tags.Function)
	return len(values) == 1 && values[0].Val == valueCovers
}

// covered reports whether a function's +k8s:defaulter-gen value is covers.
func (p *plan) covered(value string) bool {
	v, err := p.tags.enabled.Parse(tags.Function, value)
	return err == nil && v == valueCovers
}

// checkType checks what defaulter-gen reads of a type beyond its tags'
// syntax: upstream reads a type's +k8s:defaulter-gen only from the comment
// block separated from the declaration by a blank line, and its +default
// only from the doc comment.
func (p *plan) checkType(t *types.Type) {
	where := p.Index.TypeTag(t)
	for _, tag := range p.Registry.Find(t.CommentLines) {
		if tag.Name == tagEnabled && p.tags.enabled.Count(t.SecondClosestCommentLines) == 0 {
			p.Errs.Addf(where(tag.Line), "+%s on a type is read only from a comment block separated from the type's doc comment by a blank line; move it there (defaulter-gen would ignore it)", tagEnabled)
		}
	}
	for _, tag := range p.Registry.Find(t.SecondClosestCommentLines) {
		switch {
		case tag.Name == tagDefault && p.tags.def.Count(t.CommentLines) == 0 && detached(where(tag.Line)):
			p.Errs.Addf(where(tag.Line), "+%s on a type is read only from its doc comment, right above the declaration; move it there (defaulter-gen would ignore it)", tagDefault)
		case tag.Name == tagEnabled && p.tags.enabled.Count(t.SecondClosestCommentLines) > 1:
			p.Errs.Addf(where(tag.Line), "+%s is given more than once on type %s; keep one", tagEnabled, t.Name.Name)
		}
	}
}

// detached reports whether the comment block holding the line at pos is
// followed by a blank line. gengo also counts as a type's second-closest
// block the doc comment of a declaration right above it, where a +default
// is in its place; the source tells the two apart. When the file cannot be
// read, the block counts as detached.
func detached(pos token.Position) bool {
	data, err := os.ReadFile(pos.Filename)
	if err != nil || pos.Line < 1 {
		return true
	}
	lines := strings.Split(string(data), "\n")
	i := pos.Line - 1
	for i < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[i]), "//") {
		i++
	}
	return i >= len(lines) || strings.TrimSpace(lines[i]) == ""
}

// typeSays returns the type's +k8s:defaulter-gen value as upstream reads
// it: the only value of the detached comment block, or "".
func (p *plan) typeSays(t *types.Type) enabledValue {
	values, err := p.tags.enabled.All(t.SecondClosestCommentLines, tags.Type)
	if err != nil || len(values) != 1 {
		return ""
	}
	return values[0]
}

// wantsObject reports whether t gets a generated object defaulter, should
// it have something to call: not when one is hand-written; when it opts
// in; when it is a struct with a field that doc.go names.
func (p *plan) wantsObject(t *types.Type, fields []string) bool {
	if d, ok := p.manual[t]; ok && d.object != nil {
		return false
	}
	switch p.typeSays(t) {
	case valueFalse:
		return false
	case valueTrue:
		return true
	}
	if t.Kind != types.Struct {
		return false
	}
	return slices.ContainsFunc(t.Members, func(m types.Member) bool { return slices.Contains(fields, m.Name) })
}

// promote decides the object defaulters written into pkg for the types of
// typesPkg: those of the wanted types that have something to call, found
// by promoting until nothing changes (a list calls its items' defaulter
// only once the item has one).
func (p *plan) promote(pkg, typesPkg *types.Package, act *activation) funcMap {
	objects := funcMap{}
	var order []*types.Type
	for _, t := range inplace.SortedTypes(typesPkg) {
		if p.wantsObject(t, act.fields) && !namer.IsPrivateGoName(t.Name.Name) {
			objects[t] = &defaults{}
			order = append(order, t)
		}
	}
	for promoted := true; promoted; {
		promoted = false
		for _, t := range order {
			if objects[t].object != nil || p.newTree(objects, p.Errs).build(t, true) == nil {
				continue
			}
			objects[t].object = &types.Type{Name: types.Name{Package: pkg.Path, Name: fnName(prefixObject, t)}, Kind: types.Func}
			promoted = true
		}
	}
	for t, d := range objects {
		if d.object == nil {
			delete(objects, t)
		}
	}
	return objects
}
