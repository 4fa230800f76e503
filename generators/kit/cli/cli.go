// Package cli is the one command-line runner every cmd/<name>-gen shares:
// flags (klog's included), -i/--input-dirs, --verify-only, loading, running
// the generator, printing every error as file:line:col, and the exit status.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/spf13/pflag"
	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// Options are the flags every generator has beyond its own.
type Options struct {
	// InputDirs are the packages given with -i/--input-dirs.
	InputDirs []string
	// VerifyOnly writes nothing and reports what would change.
	VerifyOnly bool
	// Version prints the version and exits.
	Version bool
	// HelpAll prints the help with klog's flags too, and exits.
	HelpAll bool
	// CacheDir is where runs are remembered ("" for the default, see
	// runcache.DefaultDir); NoCache turns the cache off.
	CacheDir string
	NoCache  bool
}

// Main runs s with the process's arguments and returns the exit status.
func Main(s *Spec) int {
	// A run is short and allocates most in loading packages, which it keeps:
	// collecting garbage less often saves about a sixth of the time for a
	// sixth more memory. GOGC, when set, still decides.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	return Run(s, os.Args[1:], os.Stdout, os.Stderr)
}

// Run parses args, runs s and returns the exit status: 0 on success, 1 on
// any error or, with --verify-only, when anything is stale. A panic (in
// gengo, or a bug of ours) is reported as an internal error, status 1.
func Run(s *Spec, args []string, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "%s: internal error, please report it with the command line: %v\n%s", s.Name, r, debug.Stack())
			code = 1
		}
	}()
	inv, err := Parse(s, args, stderr)
	switch {
	case errors.Is(err, pflag.ErrHelp):
		return 0
	case err != nil:
		fmt.Fprintf(stderr, "%s: %v\nRun '%s --help' for usage.\n", s.Name, err, s.Name)
		return 1
	case inv.Options.Version:
		fmt.Fprintln(stdout, Version(s.Name))
		return 0
	case inv.Exited:
		fmt.Fprint(stdout, inv.Exit)
		return 0
	}
	if err := Execute(inv, stdout); err != nil {
		return Report(s.Name, err, stderr)
	}
	return 0
}

func newFlagSet(s *Spec, opts *Options, stderr io.Writer) *pflag.FlagSet {
	fs := pflag.NewFlagSet(s.Name, pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringSliceVarP(&opts.InputDirs, "input-dirs", "i", nil,
		"packages to generate for, comma-separated and repeatable (as in gengo v1); added to the positional package patterns")
	fs.BoolVar(&opts.VerifyOnly, "verify-only", false,
		"write nothing; print a unified diff of every file that would change and exit 1 if any would")
	fs.BoolVar(&opts.Version, "version", false, "print the version and exit")
	fs.BoolVar(&opts.HelpAll, "help-all", false, "print this help with every flag, klog's logging flags included, and exit")
	fs.StringVar(&opts.CacheDir, "cache-dir", "",
		"where runs are remembered, so that a run whose inputs did not change only confirms its files, and where the loader keeps its index of dependencies (default: gengokit in the user's cache directory)")
	fs.BoolVar(&opts.NoCache, "no-cache", false, "load and generate even when nothing changed since the last run, and remember no run (the index of dependencies is still used)")
	s.Flags.AddFlags(fs)
	if !ReadsPatterns(s) { // still parsed, to say why it is refused
		_ = fs.MarkHidden("input-dirs")
	}
	goflags := flag.NewFlagSet(s.Name, flag.ContinueOnError)
	klog.InitFlags(goflags)
	_ = goflags.Set("logtostderr", "true")
	fs.AddGoFlagSet(goflags)
	goflags.VisitAll(func(f *flag.Flag) { _ = fs.SetAnnotation(f.Name, groupAnnotation, []string{groupKlog}) })
	for _, name := range []string{"input-dirs", "verify-only", "version", "help-all", "cache-dir", "no-cache"} {
		_ = fs.SetAnnotation(name, groupAnnotation, []string{groupCommon})
	}
	fs.Usage = func() { usage(s, fs, false, stderr) }
	return fs
}

// Execute generates the invocation's files (from the cache of runs when
// nothing changed) and writes them, or with --verify-only reports what
// would change.
func Execute(inv *Invocation, stdout io.Writer) error {
	files, remember, err := generateCached(inv)
	if err != nil {
		return err
	}
	if err := apply(inv, files, stdout); err != nil {
		return err
	}
	remember()
	return nil
}

// apply writes the files and removes those the generator no longer
// writes, or with --verify-only prints what would change.
func apply(inv *Invocation, files []run.File, stdout io.Writer) error {
	removes := existing(inv.Spec)
	if inv.Options.VerifyOnly {
		orphans, err := run.Orphans(files, OwnedScopes(inv.Spec)...)
		if err != nil {
			return err
		}
		return run.VerifyRemoving(stdout, files, append(orphans, removes...))
	}
	ctx, stop := Interruptible()
	defer stop()
	n, removed, err := run.WriteRemoving(ctx, files, removes, nil)
	klog.V(1).Infof("%s: %d file(s) generated, %d written, %d removed", inv.Spec.Name, len(files), n, removed)
	return err
}

// existing returns the files s.Removes names that exist.
func existing(s *Spec) []string {
	if s.Removes == nil {
		return nil
	}
	var out []string
	for _, path := range s.Removes() {
		if _, err := os.Lstat(path); err == nil {
			out = append(out, path)
		}
	}
	return out
}

// Generate parses args as the command line would and returns the files s
// generates, without writing any: golden tests compare them.
func Generate(s *Spec, args []string) ([]run.File, error) {
	inv, err := Parse(s, args, io.Discard)
	if err != nil {
		return nil, err
	}
	inv.Stderr = nil // warnings still go to os.Stderr
	return GenerateOne(inv)
}

// GenerateOne loads the packages of one invocation and returns the files
// it generates, without writing any.
func GenerateOne(inv *Invocation) ([]run.File, error) {
	u, err := Load(inv)
	if err != nil {
		return nil, err
	}
	return GenerateAll(u, inv)
}

// Report prints every error of a run to stderr, each once: positioned ones
// as they are, the others prefixed with the program's name, and stale
// files (--verify-only) as one line saying how to update them. It returns
// the exit status: 1.
func Report(name string, err error, stderr io.Writer) int {
	if errors.Is(err, run.ErrStale) {
		fmt.Fprintf(stderr, "%s: %v\n", name, run.ErrStale)
	}
	seen := map[string]bool{}
	for _, e := range diag.Flatten(err) {
		if errors.Is(e, run.ErrStale) || seen[e.Error()] {
			continue
		}
		seen[e.Error()] = true
		if diag.Positioned(e) {
			fmt.Fprintln(stderr, e)
		} else { // a flag or setup problem: say whose
			fmt.Fprintf(stderr, "%s: %v\n", name, e)
		}
	}
	return 1
}
