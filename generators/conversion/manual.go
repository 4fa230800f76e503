package conversion

import (
	"strings"

	"k8s.io/gengo/v2/types"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/inplace"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

const (
	conversionPackage = "k8s.io/apimachinery/pkg/conversion"
	runtimePackage    = "k8s.io/apimachinery/pkg/runtime"
	unsafePackage     = "unsafe"
	convertPrefix     = "Convert_"
)

// convertedPair returns the pair a function of the form
// func(in *A, out *B, s conversion.Scope) error converts, or false when f
// has another form.
func convertedPair(f *types.Type) (pair, bool) {
	if f.Underlying == nil || f.Underlying.Kind != types.Func || f.Underlying.Signature == nil {
		return pair{}, false
	}
	sig := f.Underlying.Signature
	if sig.Receiver != nil || len(sig.Parameters) != 3 || len(sig.Results) != 1 {
		return pair{}, false
	}
	if sig.Parameters[2].Type.Name != (types.Name{Package: conversionPackage, Name: "Scope"}) ||
		sig.Results[0].Type.Name != (types.Name{Name: "error"}) {
		return pair{}, false
	}
	in, out := sig.Parameters[0].Type, sig.Parameters[1].Type
	if in.Kind != types.Pointer || out.Kind != types.Pointer {
		return pair{}, false
	}
	return pair{in.Elem, out.Elem}, true
}

// funcName returns the name of the conversion function of a pair,
// Convert_<pkg>_<In>_To_<pkg>_<Out>.
func (p *plan) funcName(in, out *types.Type) string {
	return convertPrefix + p.public.Name(in) + "_To_" + p.public.Name(out)
}

// collect records the hand-written conversion functions of pkg. In an
// input package (check), a function whose name says it converts but whose
// signature does not is an error, and two functions for one pair are an
// error wherever they are (upstream panics).
func (p *plan) collect(pkg *types.Package, check bool) {
	if pkg == nil {
		return
	}
	for _, f := range inplace.SortedFuncs(pkg) {
		name := f.Name.Name
		if check {
			p.checkFuncTags(pkg, f)
		}
		pr, ok := convertedPair(f)
		switch {
		case !ok:
			if check && looksLikeConversion(name) {
				p.Errs.Addf(p.Index.Func(pkg.Path, name).Pos, "%s is named like a conversion function but is not of the form func(in *From, out *To, s conversion.Scope) error, so conversion-gen would ignore it and may generate a function of the same name; give it that signature or rename it", name)
			}
		case name == p.funcName(pr.in, pr.out):
			p.record(pkg, f, pr)
		case strings.HasPrefix(name, convertPrefix):
			klog.Warningf("%s: %s converts %s to %s, so conversion-gen ignores it: rename it %s", pkg.Path, name, pr.in, pr.out, p.funcName(pr.in, pr.out))
		}
	}
}

// looksLikeConversion reports whether a function's name has the form of a
// conversion function's, Convert_<a>_To_<b>.
func looksLikeConversion(name string) bool {
	return strings.HasPrefix(name, convertPrefix) && strings.Contains(name, "_To_")
}

// record files f as the hand-written conversion of pr; one already filed
// from another package is a duplicate.
func (p *plan) record(pkg *types.Package, f *types.Type, pr pair) {
	if prev, ok := p.manual[pr]; ok && prev.Name.Package != pkg.Path {
		p.Errs.Addf(p.Index.Func(pkg.Path, f.Name.Name).Pos,
			"%s is defined twice, here and in %s (%s); conversion-gen needs one function per pair of types, keep one",
			f.Name.Name, prev.Name.Package, p.Index.Func(prev.Name.Package, prev.Name.Name).Pos)
		return
	}
	p.manual[pr] = f
}

// checkFuncTags checks the conversion-gen tags of a function's comment:
// only +k8s:conversion-fn=copy-only|drop.
func (p *plan) checkFuncTags(pkg *types.Package, f *types.Type) {
	for _, t := range p.Registry.Find(f.CommentLines) {
		at := p.Index.Func(pkg.Path, f.Name.Name).Find(t.Line)
		if t.Name != tagFn {
			p.Errs.Addf(at, "+%s is not allowed on a function; it belongs on a %s", t.Name, p.Registry.Lookup(t.Name).Scopes)
			continue
		}
		if _, err := p.tags.fn.Parse(tags.Function, t.Value); err != nil {
			p.Errs.Addf(at, "+%s: unsupported value %q (want \"copy-only\" or \"drop\")", tagFn, t.Value)
		}
	}
}

// fnTag returns a hand-written function's +k8s:conversion-fn value, as
// upstream reads it: the only one given, or "".
func (p *plan) fnTag(f *types.Type) fnMode {
	values := p.tags.fn.Each(f.CommentLines, tags.Function)
	if len(values) != 1 {
		return fnNone
	}
	return values[0].Val // fnNone when it does not parse
}

// blockUnsafe takes every pair with a hand-written conversion that is not
// copy-only out of the unsafe fast path: its function must be called.
func (p *plan) blockUnsafe() {
	for pr, f := range p.manual {
		if p.fnTag(f) != fnCopyOnly {
			p.layout.block(pr.in, pr.out)
		}
	}
}

// lookup returns the hand-written conversion of in to out.
func (p *plan) lookup(in, out *types.Type) (*types.Type, bool) {
	f, ok := p.manual[pair{in, out}]
	return f, ok
}

// lookupPointers returns the hand-written conversion of the elements of
// two pointer types.
func (p *plan) lookupPointers(in, out *types.Type) (*types.Type, bool) {
	if in.Kind != types.Pointer || out.Kind != types.Pointer {
		return nil, false
	}
	return p.lookup(in.Elem, out.Elem)
}
