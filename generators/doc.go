// Package generators is the map of gengokit's generators and of the kit
// they stand on. It holds no code.
//
// # A generator package
//
// Each generator is one package, generators/<name> (deepcopy, defaulter,
// conversion, register, prereleaselifecycle, lister, informer, client,
// applyconfiguration, openapi), with the same anatomy:
//
//   - args.go: Args, the generator's flags with upstream's names and
//     defaults (AddFlags), checked before anything is loaded (Validate).
//     The in-place generators embed kit/inplace's FileFlags.
//   - tags.go (or the top of targets.go): Registry, the tags the generator
//     reads, declared once with their value parsers (tags.Declare); checking,
//     "did you mean" and --help use it, and the generator reads typed
//     values through the same handles.
//   - NewCommand: the generator as a kit/cli.Spec, the one description the
//     runner reads (name, flags, name systems, order, tags, targets, and
//     the optional lint rules, input packages, output directory and side
//     files, nil when absent), for cmd/<name>-gen's three-line main. An
//     in-place generator's is one call, inplace.Spec(Name, NewArgs(),
//     NameSystems, Registry, targets), beside its targets; a whole-output
//     generator's sits beside NewArgs (openapi's in command.go, for now).
//   - targets.go: Targets (or targets), which decides from a loaded universe what to
//     generate and returns every problem as a positioned error. An
//     in-place generator's plan embeds inplace.Plan (the registry, the
//     position index, gengo's context, the errors and the file header)
//     and starts from its Inputs and Check.
//   - emit*.go and the generator files: gengo generators whose templates
//     are short constants chosen by Go code.
//
// # The kit
//
// generators/kit is the shared layer:
//
//   - kit/load: loading packages through gengo's parser into a neutral
//     Universe (parser, types, position index; no name systems), and a
//     View of it per generator; a directory pattern resolved to its package.
//   - kit/source: the position index (file:line:col of types, members,
//     tag lines, functions, every package-level name and doc.go) that
//     gengo's types lack.
//   - kit/tags: the tag registry, typed tag handles (Declare, with the
//     String, Bool, OneOf and List parsers), tag checks and the --lint-rules.
//   - kit/diag: positioned errors, all of a run reported at once.
//   - kit/header: the file header (build tags, license, "Code generated").
//   - kit/run: executing targets into memory, atomic writes (cancelled by
//     a context, never exiting the process), --verify-only.
//   - kit/cli: the command line every binary shares (-i, --verify-only,
//     --version, --help), the Spec it runs, and the exit status (SIGINT and
//     SIGTERM cancel the write step); its steps are exported so a
//     program runs many generators over one load: Parse (a flag set per
//     generator), Load (every invocation's packages, parsed once),
//     GenerateAll (a view per generator, lint once per package, all files
//     in memory, one path written twice is an error), then run.Write or
//     run.VerifyRemoving, and Report.
//   - kit/apigroup, kit/genclient: the group and version of API packages
//     (Describe, IsInternal), +groupName, +groupGoName, +resourceName and
//     the +genclient tags, for the client-side generators.
//   - kit/wholefile: the gengo generators of whole files and of per-type
//     files, with imports through gengo's tracker; expansion files.
//   - kit/inplace: the scaffolding of the generators that write one file
//     into each input package (deepcopy, defaulter, conversion, register,
//     prereleaselifecycle): their Spec and Plan, FileFlags, tag checks of
//     packages and types, the one-file target, the comment lines a type's
//     tags are read from, resolving a type a tag names, and a line writer
//     with block helpers and positioned errors.
//   - kit/goldentest: the golden, error-case, compat and sweep harness
//     (Goldens: the golden and error cases of an in-place generator;
//     InPlace: its benchmark against upstream).
//   - kit/internal/gofmt, kit/internal/udiff: in-process formatting and
//     unified diffs, used only by the kit.
//
// # kube-codegen
//
// generators/kubecodegen is not a generator but the driver of several, as
// kube_codegen.sh is: it reads the comments below an input directory
// without type-checking (scan.go), picks the packages each generator is
// asked to run on (discover.go), loads them once, builds each generator's
// command line as kube_codegen.sh would (steps.go) and runs them all over
// that load with kit/cli's steps, then writes the files and removes the
// stale ones of each generator's scope (kit/run's Scope, Leftovers and
// WriteRemoving): only of the generators that ran, in an output tree only
// those generated from the inputs it covered (leftovers.go), and never when
// a staying file of the package uses a name the file declares
// (kit/run's BrokenUses).
package generators
