package cli

import (
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// Invocation is one generator with its parsed and validated command line:
// the unit a program runs, alone or beside others over one load. Each
// invocation has its own flag set, so flags of different generators never
// collide.
type Invocation struct {
	// Spec is the generator to run.
	Spec *Spec
	// Options are the flags every generator shares.
	Options Options
	// Patterns are the packages the generator reads: the package arguments
	// and -i, or what its own flags name (client-gen's --input).
	Patterns []string
	// Stderr is where the generator's warnings go; nil means os.Stderr.
	Stderr io.Writer
	// Args is the command line, without the program's name.
	Args []string
	// Exit holds what the generator prints instead of running (see
	// Spec.Exit); Exited says it does.
	Exit   string
	Exited bool
	// Cached tells, after Execute, that the files came from the cache of
	// runs: nothing the last run read had changed.
	Cached bool
}

// warnings returns where the warnings of invs go: the first one's Stderr,
// or os.Stderr.
func warnings(invs []*Invocation) io.Writer {
	if len(invs) > 0 && invs[0].Stderr != nil {
		return invs[0].Stderr
	}
	return os.Stderr
}

// Parse parses args for s (usage goes to stderr on --help, which returns
// pflag.ErrHelp; the generator's warnings go there too when it runs),
// validates s's flags and works out the packages it reads.
// With --version set, it returns before validating.
func Parse(s *Spec, args []string, stderr io.Writer) (*Invocation, error) {
	inv := &Invocation{Spec: s, Stderr: stderr, Args: slices.Clone(args)}
	fs := newFlagSet(s, &inv.Options, stderr)
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if inv.Options.HelpAll {
		usage(s, fs, true, stderr)
		return nil, pflag.ErrHelp
	}
	if inv.Options.Version {
		return inv, nil
	}
	if err := s.Flags.Validate(); err != nil {
		return nil, err
	}
	if s.Exit != nil {
		text, exit, err := s.Exit()
		if err != nil || exit {
			inv.Exit, inv.Exited = text, exit
			return inv, err
		}
	}
	if err := noEmptyPackage(fs.Args(), inv.Options.InputDirs, fs.Changed("input-dirs")); err != nil {
		return nil, err
	}
	patterns, err := inputPatterns(s, append(fs.Args(), inv.Options.InputDirs...))
	if err != nil {
		return nil, err
	}
	inv.Patterns = patterns
	return inv, nil
}

// noEmptyPackage reports an empty package argument, or an empty element
// of -i (given, when it was on the command line), which the loader would
// read as the working directory or report confusingly. An empty shell
// variable is the usual cause.
func noEmptyPackage(args, inputDirs []string, inputDirsGiven bool) error {
	for i, a := range args {
		if strings.TrimSpace(a) == "" {
			return fmt.Errorf("empty package argument (argument %d of %d); give a package pattern such as ./pkg/apis/... or an import path, or check the variable that should hold it", i+1, len(args))
		}
	}
	if inputDirsGiven && len(inputDirs) == 0 {
		return errors.New("empty package argument: -i/--input-dirs was given no package; give one such as ./pkg/apis/v1, or leave the flag out")
	}
	for _, d := range inputDirs {
		if strings.TrimSpace(d) == "" {
			return errors.New("empty package argument in -i/--input-dirs: an element of its comma-separated list is empty; separate packages with single commas and no trailing comma, e.g. -i ./pkg/apis/a,./pkg/apis/b")
		}
	}
	return nil
}

// inputPatterns returns the packages s reads, given the package arguments
// and -i values of its command line.
func inputPatterns(s *Spec, patterns []string) ([]string, error) {
	if !ReadsPatterns(s) {
		if len(patterns) > 0 { // upstream ignores them silently
			how := "name group versions with --input under --input-base, e.g. --input-base example.com/m/pkg/apis --input shop/v1"
			if s.InputFlags != "" {
				how = "name the packages with " + s.InputFlags
			}
			return nil, fmt.Errorf("package arguments and -i are not read: %s; got %s", how, strings.Join(patterns, " "))
		}
		patterns = s.Inputs()
	}
	if len(patterns) == 0 {
		return nil, errors.New("no input packages: give package patterns (./pkg/apis/...) as arguments or with -i")
	}
	return patterns, nil
}

// Load parses, once, every package any of the invocations reads, with
// every build tag their generators load with.
func Load(invs ...*Invocation) (*load.Universe, error) {
	var patterns, buildTags []string
	withGenerated := len(invs) > 0 && invs[0].Spec.WithGenerated
	for _, inv := range invs[1:] {
		if inv.Spec.WithGenerated != withGenerated {
			return nil, fmt.Errorf("%s and %s cannot share one load: one reads the generated files of its packages, the other does not", invs[0].Spec.Name, inv.Spec.Name)
		}
	}
	for _, inv := range invs {
		for _, p := range inv.Patterns {
			if !slices.Contains(patterns, p) {
				patterns = append(patterns, p)
			}
		}
		for _, tag := range inv.Spec.BuildTags {
			if !slices.Contains(buildTags, tag) {
				buildTags = append(buildTags, tag)
			}
		}
	}
	conf := load.Config{BuildTags: load.Tags(withGenerated, buildTags)}
	if len(invs) > 0 {
		conf.DepsIndex = DepsIndexDir(invs[0].Options)
	}
	u, err := conf.Load(patterns)
	if err == nil {
		return u, nil
	}
	for _, inv := range invs {
		if ReadsPatterns(inv.Spec) {
			continue
		}
		flags := inv.Spec.InputFlags
		if flags == "" {
			flags = "--input (under --input-base)"
		}
		if len(invs) > 1 {
			flags += " of " + inv.Spec.Name
		}
		err = errors.Join(err, fmt.Errorf("the packages named by %s are: %s; check them", flags, strings.Join(inv.Patterns, ", ")))
	}
	return nil, err
}

// GenerateAll runs each invocation over its own view of one loaded
// universe and returns every file they generate, sorted by path, without
// writing any. The lint rules run once per package, whatever the number of
// generators reading it; two generators writing the same file is an error.
// Every problem of every generator is returned, not just the first.
func GenerateAll(u *load.Universe, invs ...*Invocation) ([]run.File, error) {
	files, _, err := GenerateSteps(u, invs...)
	return files, err
}

// Step is what one invocation of a run did: for progress lines.
type Step struct {
	// Generator is the generator's name.
	Generator string
	// Packages is how many input packages it read.
	Packages int
	// Files is how many files it generated (in memory).
	Files int
	// Took is how long it took, the shared load excepted.
	Took time.Duration
}

// GenerateSteps is GenerateAll, and also returns a Step per invocation.
func GenerateSteps(u *load.Universe, invs ...*Invocation) ([]run.File, []Step, error) {
	views := make([]*load.Loaded, len(invs))
	for i, inv := range invs {
		view, err := u.View(inv.Spec.NameSystems(), inv.Spec.Order, inv.Patterns)
		if err != nil {
			return nil, nil, err
		}
		views[i] = view
	}
	defer printEachMessageOnce(warnings(invs))()
	errs := &diag.List{}
	errs.Add(lintOnce(u, invs, views))
	var files []run.File
	var owners []string
	steps := make([]Step, len(invs))
	plans := planAll(invs, views)
	for i, inv := range invs {
		start := time.Now()
		out, err := generateInvocation(inv.Spec, views[i], plans[i], errs)
		steps[i] = Step{Generator: inv.Spec.Name, Packages: len(views[i].Context.Inputs), Files: len(out), Took: plans[i].took + time.Since(start)}
		errs.Add(err)
		files = append(files, out...)
		for range out {
			owners = append(owners, inv.Spec.Name)
		}
	}
	errs.Add(sameFile(files, owners))
	if err := errs.Err(); err != nil {
		return nil, steps, err
	}
	slices.SortFunc(files, func(a, b run.File) int { return strings.Compare(a.Path, b.Path) })
	return files, steps, nil
}

// generateInvocation generates one generator's files over its view, as it
// planned them, with its side files, and adds to errs the files it would
// write outside its roots.
func generateInvocation(s *Spec, view *load.Loaded, plan planned, errs *diag.List) ([]run.File, error) {
	out, err := generateView(view, plan)
	errs.Add(confine(s, view, out))
	if err != nil || s.Side == nil {
		return out, err
	}
	side, err := s.Side()
	return append(out, side...), err
}

// generateView executes one generator's planned targets, in memory.
func generateView(view *load.Loaded, plan planned) ([]run.File, error) {
	if plan.err != nil {
		// Generating the packages that had no tag problems may find
		// problems of another kind: report those in the same run.
		_, genErr := run.Execute(view.Context, plan.targets)
		return nil, errors.Join(plan.err, genErr)
	}
	return run.Execute(view.Context, plan.targets)
}

// lintOnce applies to each input package, once, the --lint-rules of every
// generator that reads it.
func lintOnce(u *load.Universe, invs []*Invocation, views []*load.Loaded) error {
	rulesOf := map[string][]string{}
	var order []string
	for i, inv := range invs {
		for _, path := range views[i].Context.Inputs {
			if _, seen := rulesOf[path]; !seen {
				order = append(order, path)
			}
			rulesOf[path] = union(rulesOf[path], lintRules(inv.Spec))
		}
	}
	errs := &diag.List{}
	for _, path := range order {
		pkg := views[0].Context.Universe.Package(path)
		where := u.Index.PackageTag(path)
		docPos := func() token.Position { return u.Index.PackageDoc(path).Pos }
		tags.Lint(rulesOf[path], pkg, where, docPos, errs)
	}
	return errs.Err()
}

// lintRules returns the rules s's --lint-rules enable, if it has them.
func lintRules(s *Spec) []string {
	if s.LintRules == nil {
		return nil
	}
	return s.LintRules()
}

// union returns a with the elements of b it lacks appended, never nil.
func union(a, b []string) []string {
	out := append([]string{}, a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// sameFile reports every file that two generators both write, however
// each names it (one generator's paths are relative, another's absolute).
func sameFile(files []run.File, owners []string) error {
	first := map[string]int{}
	errs := &diag.List{}
	for i, f := range files {
		key, err := filepath.Abs(f.Path)
		if err != nil {
			key = filepath.Clean(f.Path)
		}
		j, dup := first[key]
		if !dup {
			first[key] = i
			continue
		}
		errs.Add(fmt.Errorf("%s and %s both write %s; give them different output files or directories", owners[j], owners[i], f.Path))
	}
	return errs.Err()
}
