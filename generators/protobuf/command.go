package protobuf

import (
	"maps"
	"path/filepath"
	"slices"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// NewCommand returns go-to-protobuf with upstream's default flags, for the
// shared command-line runner.
func NewCommand() *cli.Spec { return Command(NewArgs()) }

// summary says what the command is for, in --help.
const summary = "generates the Protobuf IDL (generated.proto) of API packages and, with protoc and its own plugin, their generated.pb.go."

// NameSystems returns the name systems whose order the types are written
// in: upstream's "public" namer.
func NameSystems() namer.NameSystems {
	return namer.NameSystems{"public": namer.NewPublicNamer(3)}
}

// Command returns go-to-protobuf with the given flags.
func Command(args *Args) *cli.Spec {
	var files []run.File // what Targets generated, for Side to return
	var removes []string // what --clean removes
	return &cli.Spec{
		Name:    Name,
		Summary: summary,
		Synopsis: "[flags] --packages <import path>[,...]\n\n" +
			"The packages read are those --apimachinery-packages and --packages name (comma-separated; '+' and '-'\n" +
			"prefixes, =<protobuf package> suffixes). Package arguments and -i are not accepted.\n",
		Flags:       args,
		NameSystems: NameSystems,
		Order:       "public",
		Registry:    Registry,
		Inputs:      func() []string { return args.packagePaths() },
		InputFlags:  "--apimachinery-packages and --packages",
		Targets: func(l *load.Loaded) ([]generator.Target, error) {
			if args.Clean {
				var err error
				removes, err = cleaned(l, args)
				return nil, err
			}
			var err error
			files, err = generate(l, args)
			return nil, err
		},
		Side:          func() ([]run.File, error) { return files, nil },
		Removes:       func() []string { return removes },
		BuildTags:     []string{"proto"},
		WithGenerated: true,
	}
}

// generate returns the files of a run: with --only-idl the IDL protoc
// reads; else each package's generated.pb.go (protoc and the plugin over
// that IDL), its generated.proto as it ships (the gogoproto options kept
// with --keep-gogoproto) and the Go files whose struct tags change.
func generate(l *load.Loaded, args *Args) ([]run.File, error) {
	idl, err := IDL(l, args, false)
	if err != nil || args.OnlyIDL {
		if idl == nil {
			return nil, err
		}
		return idl.Files, err
	}
	files, err := goCode(args, idl)
	if err != nil {
		return nil, err
	}
	shipped := idl
	if !args.KeepGogoproto {
		if shipped, err = IDL(l, args, true); err != nil {
			return nil, err
		}
	}
	files = append(files, shipped.Files...)
	for _, dir := range slices.Sorted(maps.Keys(shipped.StructTags)) {
		tagged, err := StructTagFiles(dir, shipped.StructTags[dir])
		if err != nil {
			return nil, err
		}
		files = append(files, tagged...)
	}
	return files, nil
}

// cleaned returns what --clean removes: generated.proto and
// generated.pb.go in each package that is not read with '-'.
func cleaned(l *load.Loaded, args *Args) ([]string, error) {
	set, err := newPackageSet(l, args)
	if err == nil {
		err = refuseReadOnlyDirs(set, args)
	}
	if err != nil {
		return nil, err
	}
	var out []string
	for _, p := range set.ordered {
		if p.output {
			out = append(out, filepath.Join(p.dir, "generated.proto"), filepath.Join(p.dir, "generated.pb.go"))
		}
	}
	return out, nil
}

// Registry returns the tags go-to-protobuf reads, for --help.
func Registry() *tags.Registry {
	return &tags.Registry{Generator: Name, Definitions: []tags.Definition{
		{Name: "protobuf", Scopes: tags.Type, Syntax: "true|false", Doc: "a message for this type (true: even in a '+' package), or none (false)"},
		{Name: "protobuf.nullable", Scopes: tags.Type, Syntax: "true", Doc: "a named slice or map becomes a message with one field, items, and fields of it are nullable"},
		{Name: "protobuf.as", Scopes: tags.Type, Syntax: "<Type>", Doc: "the message has the fields of another struct type of the package"},
		{Name: "protobuf.embed", Scopes: tags.Type, Syntax: "<Message>", Doc: "the message has one field, number 1, of the named message of the package"},
		{Name: "protobuf.options.<option>", Scopes: tags.Type, Syntax: "<value>", Doc: "a message option; protobuf.options.marshal=false leaves out gogo's marshaler, unmarshaler and sizer"},
	}}
}

// packagePaths returns the import paths of both package flags.
func (a *Args) packagePaths() []string {
	entries, _ := parseInputs(a.inputList())
	var out []string
	for _, e := range entries {
		out = append(out, e.path)
	}
	return out
}

// PackagePaths returns the import paths a's package flags name, which the
// command loads.
func PackagePaths(a *Args) []string { return a.packagePaths() }
