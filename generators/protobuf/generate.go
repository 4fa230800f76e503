package protobuf

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"

	"k8s.io/gengo/v2"
	"k8s.io/gengo/v2/types"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/header"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// packageSet is every input package as a protobuf package.
type packageSet struct {
	// ordered are the packages in import order (importees first).
	ordered []*protoPackage
	byPath  map[string]*protoPackage
}

// Output is what one run generates.
type Output struct {
	// Files are the generated.proto files, one per output package.
	Files []run.File
	// ImportPaths are the Go import paths of the packages of Files, in
	// the same order.
	ImportPaths []string
	// StructTags are, by package directory, type and member, the
	// `protobuf:` struct tags of the Go members that got a field (see
	// StructTagFiles).
	StructTags map[string]map[string]map[string]string
	// Read is the IDL, with gogoproto's options, of the packages read
	// with '-': never written, it is what protoc finds for their imports
	// when no --proto-import holds it (see readIDL).
	Read *Output
}

// IDL returns the generated.proto of each output package of args over the
// loaded packages: with omitGogo, the IDL that ships (no gogoproto
// options), else the IDL upstream feeds protoc (and writes with
// --only-idl). Every problem is a positioned error.
func IDL(l *load.Loaded, args *Args, omitGogo bool) (*Output, error) {
	hdr, err := header.Build(header.Options{Generator: Name, File: args.GoHeaderFile, NoGeneratedBy: true})
	if err != nil {
		return nil, err
	}
	set, err := newPackageSet(l, args)
	if err == nil {
		err = refuseReadOnlyDirs(set, args)
	}
	if err != nil {
		return nil, err
	}
	omit, err := args.omitTypes()
	if err != nil {
		return nil, err
	}
	assignTypes(l.Context.Order, set.ordered)
	out := &Output{StructTags: map[string]map[string]map[string]string{}}
	errs := &diag.List{}
	for _, p := range set.outputs() {
		g := &fileGen{p: p, all: set, u: l.Context.Universe, local: types.Name{Package: p.name, Path: p.path},
			omit: omit, omitGogo: omitGogo, compiled: !args.OnlyIDL, dropGogo: args.DropGogoGo, tags: map[string]map[string]string{}}
		data, err := g.file(l, hdr)
		if err != nil {
			errs.Add(err)
			continue
		}
		out.add(p, data)
		out.StructTags[p.dir] = g.tags
	}
	if !omitGogo {
		out.Read = readIDL(l, set, omit, hdr)
	}
	return out, errs.Err()
}

// add appends the generated.proto of p.
func (o *Output) add(p *protoPackage, data []byte) {
	o.Files = append(o.Files, run.File{Path: filepath.Join(p.dir, "generated.proto"), Data: data})
	o.ImportPaths = append(o.ImportPaths, p.path)
}

// file returns the generated.proto of g's package, its field numbers
// checked against the file it replaces.
func (g *fileGen) file(l *load.Loaded, hdr []byte) ([]byte, error) {
	var err error
	if g.prev, err = readPrevious(filepath.Join(g.p.dir, "generated.proto")); err != nil {
		return nil, err
	}
	body, err := g.body(l)
	if err != nil {
		return nil, positioned(l, err)
	}
	return g.assemble(hdr, body), nil
}

// readIDL returns the IDL, with gogoproto's options, of the packages read
// with '-', as their own run would write it (upstream expects it on
// protoc's search path; Kubernetes generates it in the same run, where
// runtime, resource, intstr and schema are '+' packages: a package whose
// types cannot all be messages is tried again so). A package whose IDL
// cannot be made is left out: problems of packages read, not generated,
// are not this run's errors, and protoc says so if an output package
// imports it.
func readIDL(l *load.Loaded, set *packageSet, omit map[types.Name]bool, hdr []byte) *Output {
	read := &Output{}
	for _, p := range set.ordered {
		if p.output {
			continue
		}
		explicit := *p
		explicit.allTypes = false
		for _, q := range []*protoPackage{p, &explicit} {
			g := &fileGen{p: q, all: set, u: l.Context.Universe, local: types.Name{Package: q.name, Path: q.path},
				omit: omit, tags: map[string]map[string]string{}}
			if data, err := g.file(l, hdr); err == nil {
				read.add(q, data)
				break
			}
		}
	}
	return read
}

// body writes the messages of g's package, in gengo's type order.
func (g *fileGen) body(l *load.Loaded) ([]byte, error) {
	var b bytes.Buffer
	errs := &diag.List{}
	for _, t := range l.Context.Order {
		if t.Name.Package == g.p.path {
			errs.Add(checkNullable(l, t))
		}
		in, err := g.p.inFile(t)
		if err != nil {
			errs.Add(diag.Errorf(l.Index.Type(t).Find("protobuf"), "%v", err))
			continue
		}
		if in {
			errs.Add(positioned(l, g.message(&b, t)))
		}
	}
	return b.Bytes(), errs.Err()
}

// checkNullable reports a +protobuf.nullable on t that is not a boolean
// (upstream exits).
func checkNullable(l *load.Loaded, t *types.Type) error {
	if _, err := gengo.ExtractSingleBoolCommentTag("+", "protobuf.nullable", false, t.CommentLines); err == nil {
		return nil
	}
	v := gengo.ExtractCommentTags("+", t.CommentLines)["protobuf.nullable"]
	return diag.Errorf(l.Index.Type(t).Find("protobuf.nullable"), "+protobuf.nullable=%s: the value must be true or false", strings.Join(v, ","))
}

// positioned turns a member's problem into an error at the member (or its
// type).
func positioned(l *load.Loaded, err error) error {
	var me *memberError
	if err == nil || !errors.As(err, &me) {
		return err
	}
	d := l.Index.Type(me.t)
	if me.member != "" {
		d = l.Index.Member(me.t, me.member)
	}
	pos := d.Pos
	if me.tag != "" {
		pos = d.Find(me.tag)
	}
	return diag.Errorf(pos, "%v", me.err)
}

// newPackageSet makes the protobuf packages of the loaded inputs, with the
// modifiers of their entries (a later entry of a package wins), in
// import order.
func newPackageSet(l *load.Loaded, args *Args) (*packageSet, error) {
	entries, err := parseInputs(args.inputList())
	if err != nil {
		return nil, err
	}
	byPath := map[string]input{}
	for _, in := range entries {
		pkg, ok := l.Package(in.path)
		if !ok {
			return nil, errors.New("package " + in.path + " was not loaded")
		}
		byPath[pkg.Path] = in
	}
	set := &packageSet{byPath: map[string]*protoPackage{}}
	var pkgs []*protoPackage
	for _, path := range l.Context.Inputs {
		in, ok := byPath[path]
		if _, dup := set.byPath[path]; !ok || dup {
			continue
		}
		in.path = path
		if !in.named { // a ./relative entry is named after its import path
			in.name = protoSafePackage(path)
		}
		p := &protoPackage{input: in, dir: l.Context.Universe[path].Dir}
		set.byPath[path] = p
		pkgs = append(pkgs, p)
	}
	set.ordered = importOrder(l.Context.Universe, pkgs)
	return set, nil
}

// outputs returns the packages that get a file, in import order: those
// not read with '-', unless a '-' entry has the same protobuf name.
func (s *packageSet) outputs() []*protoPackage {
	skip := map[string]bool{}
	for _, p := range s.ordered {
		if !p.output {
			skip[p.name] = true
		}
	}
	var out []*protoPackage
	for _, p := range s.ordered {
		if !skip[p.name] {
			out = append(out, p)
		}
	}
	return out
}
