// Package generators is the map of gengokit's generators and of the kit
// they stand on. It holds no code.
//
// # A generator package
//
// Each generator is one package, generators/<name> (deepcopy, lister,
// informer, client, applyconfiguration), with the same anatomy:
//
//   - args.go: Args, the generator's flags with upstream's names and
//     defaults (AddFlags), checked before anything is loaded (Validate).
//   - tags.go (or the top of targets.go): Registry, the tags the generator
//     reads, declared once; checking, "did you mean" and --help use it.
//   - targets.go: Targets, which decides from a loaded universe what to
//     generate and returns every problem as a positioned error.
//   - command.go: NewCommand, the generator as a kit/cli.Spec for
//     cmd/<name>-gen's three-line main.
//   - emit*.go and the generator files: gengo generators whose templates
//     are short constants chosen by Go code.
//
// # The kit
//
// generators/kit is the shared layer:
//
//   - kit/load: loading packages through gengo's parser, with the position
//     index; a directory pattern resolved to its package.
//   - kit/source: the position index (file:line:col of types, members,
//     tag lines and doc.go) that gengo's types lack.
//   - kit/tags: the tag registry, tag checks and the --lint-rules.
//   - kit/diag: positioned errors, all of a run reported at once.
//   - kit/header: the file header (build tags, license, "Code generated").
//   - kit/run: executing targets into memory, atomic writes, --verify-only.
//   - kit/cli: the command line every binary shares (-i, --verify-only,
//     --version, --help) and the exit status.
//   - kit/apigroup, kit/genclient: the group and version of API packages
//     and the +genclient tags, for the client-side generators.
//   - kit/wholefile: the gengo generators of whole files and of per-type
//     files, with imports through gengo's tracker; expansion files.
//   - kit/goldentest: the golden, error-case, compat and sweep harness.
//   - kit/internal/gofmt, kit/internal/udiff: in-process formatting and
//     unified diffs, used only by the kit.
package generators
