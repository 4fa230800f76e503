package kubecodegen

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"time"

	"k8s.io/klog/v2"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/run"
)

// progress prints a run's progress lines, unless quiet, and its warnings
// (to warned, when set, else w).
type progress struct {
	w      io.Writer
	quiet  bool
	warned io.Writer
}

func (p progress) say(format string, args ...any) {
	if !p.quiet {
		fmt.Fprintf(p.w, Name+": "+format+"\n", args...)
	}
}

// warn prints a warning, even when quiet.
func (p progress) warn(format string, args ...any) {
	w := p.w
	if p.warned != nil {
		w = p.warned
	}
	fmt.Fprintf(w, Name+": warning: "+format+"\n", args...)
}

// steps prints a line per generator.
func (p progress) steps(steps []cli.Step) {
	for _, s := range steps {
		p.say("%s: %d package(s), %d file(s) in %s", s.Generator, s.Packages, s.Files, rounded(s.Took))
	}
}

func rounded(d time.Duration) time.Duration { return d.Round(time.Millisecond) }

// setVerbosity sets klog's verbosity, the generators' -v, for the run.
func setVerbosity(v int) error {
	var level klog.Level
	return level.Set(strconv.Itoa(v))
}

// requestsOf returns the tags that ask the subcommand's generators to run
// ("all" with --with-protobuf runs "protobuf" after it, see execute).
func requestsOf(sub string) []request {
	helpers := []request{deepcopyRequest(), defaulterRequest(), conversionRequest()}
	switch sub {
	case "helpers":
		return helpers
	case "register":
		return []request{registerRequest()}
	case "openapi":
		return []request{openapiRequest()}
	case "client":
		return []request{clientRequest()}
	case "protobuf":
		return []request{protobufRequest()}
	case "crd":
		return []request{crdRequest()}
	}
	return append(helpers, registerRequest(), openapiRequest(), clientRequest())
}

// loadPatterns returns what the run loads: the packages some generator of
// the subcommand is asked to run on (by directory), and the packages
// openapi-gen always reads when it runs.
func (o *options) loadPatterns(sub string, pkgs []apiPackage) []string {
	var patterns []string
	for _, p := range pkgs {
		if slices.ContainsFunc(requestsOf(sub), p.carries) {
			patterns = append(patterns, p.dir)
		}
	}
	openapi := sub == "openapi" || sub == "all"
	if openapi && (len(o.extraPackages()) > 0 || len(requested(pkgs, openapiRequest())) > 0) {
		patterns = append(patterns, o.openapiPatterns()...)
	}
	if protobufRuns(sub, pkgs) {
		patterns = append(patterns, o.readOnlyProto()...)
	}
	return patterns
}

// protobufRuns reports whether the run has go-to-protobuf generate
// anything.
func protobufRuns(sub string, pkgs []apiPackage) bool {
	return sub == "protobuf" && len(requested(pkgs, protobufRequest())) > 0
}

// loadFor loads the run's packages: as upstream's go-to-protobuf does for
// the protobuf step (its build tag, proto, and the packages' generated
// files, which add to what its IDL imports); with the generated files too
// for the crd subcommand, as controller-gen reads them (so that
// apimachinery's compiled export data serves, rather than its source
// without its generated files); else without them, as the other
// generators read them.
func (o *options) loadFor(sub string, pkgs []apiPackage, patterns []string) (*load.Universe, error) {
	conf := load.Config{BuildTags: load.Tags(false, nil), DepsIndex: cli.DepsIndexDir(o.cache)}
	switch {
	case protobufRuns(sub, pkgs):
		conf.BuildTags = load.Tags(true, []string{"proto"})
	case sub == "crd":
		conf.BuildTags = load.Tags(true, nil)
	}
	return conf.Load(patterns)
}

// execute runs the subcommand (see run); "all --with-protobuf" is "all"
// and then "protobuf".
func (o *options) execute(sub string, stdout, stderr io.Writer) error {
	if sub == "all" && o.withProtobuf {
		return o.allWithProtobuf(stdout, stderr)
	}
	return o.run(sub, stdout, stderr)
}

// allWithProtobuf runs "all", then "protobuf", which reads the files "all"
// wrote, as go-to-protobuf reads a package's generated files (gengo's
// loader has no overlay for files still in memory). Without protoc,
// nothing is written; with --verify-only, both report.
func (o *options) allWithProtobuf(stdout, stderr io.Writer) error {
	pkgs, err := scanTree(o.inDir)
	if err != nil {
		return err
	}
	if err := protocAvailable("protobuf", pkgs); err != nil {
		return err
	}
	all := *o
	all.withProtobuf = false
	err = all.run("all", stdout, stderr)
	if err != nil && !o.verifyOnly {
		return err
	}
	return errors.Join(err, o.run("protobuf", stdout, stderr))
}

// run runs one subcommand: it reads the comments below the input
// directory, loads the packages its generators are asked to run on, once,
// runs them (all files in memory), checks the API rule report, and last
// writes the files (or, with --verify-only, prints the diff) and removes
// the stale ones.
func (o *options) run(sub string, stdout, stderr io.Writer) error {
	start := time.Now()
	say := progress{w: stderr, quiet: o.quiet}
	if err := setVerbosity(o.verbosity); err != nil {
		return err
	}
	c, key, cached := o.openCache(sub)
	if cached {
		if files, scopes, ok := lookupRun(c, key); ok {
			say.say("nothing changed under %s since the last run", o.inDir)
			return o.apply(files, scopes, stdout, say)
		}
	}
	// What the run warns about, a run the cache serves would not repeat:
	// such a run is not remembered.
	warned := &cli.CountingWriter{W: stderr}
	stderr, say.warned = warned, warned
	pkgs, err := scanTree(o.inDir)
	if err != nil {
		return err
	}
	if err := o.checkClientGo(sub, pkgs); err != nil {
		return err
	}
	if err := o.checkOneInputAPI(sub, pkgs); err != nil {
		return err
	}
	if err := protocAvailable(sub, pkgs); err != nil {
		return err
	}
	var u *load.Universe
	if patterns := o.loadPatterns(sub, pkgs); len(patterns) > 0 {
		if u, err = o.loadFor(sub, pkgs, patterns); err != nil {
			return err
		}
		pkgs = resolve(u, pkgs)
		say.say("loaded %d package(s) under %s in %s", len(pkgs), o.inDir, rounded(time.Since(start)))
	} else {
		pkgs = nil
		say.say("no package under %s asks for %s's generators", o.inDir, sub)
	}
	files, p, err := o.generate(sub, u, pkgs, stderr, say)
	if err != nil {
		return err
	}
	var reportErr error
	if p.report != nil {
		files, reportErr = p.report.settle(files, p.violations.Bytes(), positionsIn(u), stdout, stderr)
	}
	scopes := o.covered(p, pkgs, say)
	if err := o.apply(files, scopes, stdout, say); err != nil {
		return errors.Join(err, reportErr)
	}
	if cached && reportErr == nil && u != nil && warned.N == 0 && (p.report == nil || p.report.regular()) {
		rememberRun(c, key, u, o, files, scopes)
	}
	say.say("done in %s", rounded(time.Since(start)))
	return reportErr
}

// generate plans and runs the subcommand's generators over u and returns
// every file, or every problem of every generator.
func (o *options) generate(sub string, u *load.Universe, pkgs []apiPackage, stderr io.Writer, say progress) ([]run.File, *plan, error) {
	p := &plan{}
	o.planSteps(sub, pkgs, p)
	for _, w := range p.warnings {
		fmt.Fprintf(stderr, "%s: warning: %s\n", Name, w)
	}
	files, err := runSteps(u, p.phase1, stderr, say)
	if sub == "all" {
		schema, schemaErr := o.modelsSchema(p)
		o.client(pkgs, schema, p)
		err = errors.Join(err, schemaErr)
	}
	o.warnModels(u, p, stderr)
	more, moreErr := runSteps(u, p.phase2, stderr, say)
	if err := errors.Join(err, moreErr); err != nil {
		return nil, nil, err
	}
	return append(files, more...), p, nil
}

// planSteps plans the subcommand's steps; in "all", the client's come
// later, once the OpenAPI definitions exist (see generate).
func (o *options) planSteps(sub string, pkgs []apiPackage, p *plan) {
	switch sub {
	case "helpers":
		o.helpers(pkgs, p)
	case "register":
		o.register(pkgs, p)
	case "openapi":
		o.openapi(pkgs, o.openapiOutDir, o.openapiOutPkg, p)
	case "client":
		o.client(pkgs, nil, p)
	case "protobuf":
		o.protobuf(pkgs, p)
	case "crd":
		o.crdStep(pkgs, p)
	case "all":
		o.helpers(pkgs, p)
		o.register(pkgs, p)
		o.openapi(pkgs, filepath.Join(o.outDir, o.openapiName), o.outPkg+"/"+o.openapiName, p)
		if o.withCRD {
			o.crdStep(pkgs, p)
		}
	}
}

// runSteps validates the steps' arguments and runs their generators over
// u, and prints a line per generator.
func runSteps(u *load.Universe, steps []step, stderr io.Writer, say progress) ([]run.File, error) {
	if len(steps) == 0 {
		return nil, nil
	}
	var invs []*cli.Invocation
	for _, s := range steps {
		inv, err := cli.Invoke(s.gen, s.patterns, stderr)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", s.gen.Name, err)
		}
		invs = append(invs, inv)
	}
	files, done, err := cli.GenerateSteps(u, invs...)
	if err == nil {
		say.steps(done)
	}
	return files, err
}

// apply writes the files and removes the stale ones (the files of the
// scopes the run does not produce, generated from the inputs it covered)
// or, with --verify-only, prints the diff of both. When removing a stale
// file would leave a use in its package undeclared, it stops first.
func (o *options) apply(files []run.File, scopes []run.Scope, stdout io.Writer, say progress) error {
	left, err := run.Leftovers(files, scopes...)
	if err != nil {
		return err
	}
	if err := keptUses(files, left); err != nil {
		return err
	}
	orphans := o.staleOf(left, say)
	if o.verifyOnly {
		return run.VerifyRemoving(stdout, files, orphans)
	}
	var roots []string
	for _, s := range scopes {
		roots = append(roots, s.Dirs...)
	}
	ctx, stop := cli.Interruptible()
	defer stop()
	written, removed, err := run.WriteRemoving(ctx, files, orphans, roots)
	if err == nil {
		say.say("%d file(s) generated: %d written, %d unchanged; %d stale file(s) removed", len(files), written, len(files)-written, removed)
	}
	return err
}
