package kubecodegen

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/client"
	"github.com/gengokit/gengokit/generators/informer"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/run"
	"github.com/gengokit/gengokit/generators/lister"
	"github.com/gengokit/gengokit/generators/openapi"
)

// step is one generator to run, built from its typed arguments (those
// kube_codegen.sh gives upstream's generator of that name), and the
// packages it reads.
type step struct {
	gen      *cli.Spec
	patterns []string
}

// plan is what a subcommand runs: the steps (those of phase 2 run after
// phase 1's files exist in memory: the apply configurations read the
// OpenAPI schema derived from phase 1's definitions), where earlier output
// lies, and what it reports.
type plan struct {
	phase1, phase2 []step
	// scopes are where the files a previous run generated lie (those of a
	// generator without a step are left alone, see covered).
	scopes []run.Scope
	// report is the API rule report check, when openapi-gen runs.
	report *reportCheck
	// violations is openapi-gen's API rule report, kept in memory.
	violations *openapi.Report
	// openapiFile is the path of the definitions file, when openapi-gen
	// runs: "all" derives the models schema from it.
	openapiFile string
	// schema and schemaErr are the models schema of openapi-gen's
	// definitions, or why it cannot be derived (see modelsSchema).
	schema    []byte
	schemaErr error
	// warnings are said before the run.
	warnings []string
	// openapiInputs are the packages under the input directory that
	// openapi-gen runs on.
	openapiInputs []apiPackage
	// applyInputs are the packages applyconfiguration-gen runs on, and
	// applySchema the models schema "all" derived for it (nil when none).
	applyInputs []apiPackage
	applySchema []byte
}

// inPlace returns the step of a generator that writes one file into each
// package, with its scope: the files of that name under the input
// directory. Without packages there is no step; the scope stays, and the
// run leaves its files alone (see covered).
func (o *options) inPlace(gen *cli.Spec, file string, pkgs []apiPackage) ([]step, run.Scope) {
	scope := run.Scope{Generator: gen.Name, Dirs: []string{o.inDir}, Name: file}
	if len(pkgs) == 0 {
		return nil, scope
	}
	return []step{{gen: gen, patterns: importPaths(pkgs)}}, scope
}

// helpers plans gen_helpers: deepcopy, validations, defaults and
// conversions.
func (o *options) helpers(pkgs []apiPackage, p *plan) {
	for _, g := range []struct {
		gen  *cli.Spec
		file string
		req  request
	}{
		{o.deepcopyGen("zz_generated.deepcopy.go"), "zz_generated.deepcopy.go", deepcopyRequest()},
		{o.validationGen("zz_generated.validations.go"), "zz_generated.validations.go", validationRequest()},
		{o.defaulterGen("zz_generated.defaults.go"), "zz_generated.defaults.go", defaulterRequest()},
		{o.conversionGen("zz_generated.conversion.go"), "zz_generated.conversion.go", conversionRequest()},
	} {
		steps, scope := o.inPlace(g.gen, g.file, requested(pkgs, g.req))
		p.phase1 = append(p.phase1, steps...)
		p.scopes = append(p.scopes, scope)
	}
}

// register plans gen_register.
func (o *options) register(pkgs []apiPackage, p *plan) {
	const file = "zz_generated.register.go"
	steps, scope := o.inPlace(o.registerGen(file), file, requested(pkgs, registerRequest()))
	p.phase1 = append(p.phase1, steps...)
	p.scopes = append(p.scopes, scope)
}

// openapiBase are the apimachinery packages kube_codegen.sh always gives
// openapi-gen: most API types refer to their types.
func openapiBase() []string {
	return []string{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/runtime",
		"k8s.io/apimachinery/pkg/version", "k8s.io/apimachinery/pkg/api/resource"}
}

// readOnlyPkgs are the packages kube_codegen.sh passes as --readonly-pkg:
// they live in the module cache, where nothing may be written.
func readOnlyPkgs() []string {
	return []string{"k8s.io/apimachinery/pkg/apis/meta/v1", "k8s.io/apimachinery/pkg/api/resource",
		"k8s.io/apimachinery/pkg/runtime", "k8s.io/apimachinery/pkg/types", "k8s.io/apimachinery/pkg/util/intstr",
		"k8s.io/apimachinery/pkg/version", "time"}
}

// extraPackages returns --extra-pkgs' packages, each value split at commas.
func (o *options) extraPackages() []string {
	var out []string
	for _, v := range o.extraPkgs {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// openapiPatterns are the packages gen_openapi loads beyond the input
// directory.
func (o *options) openapiPatterns() []string {
	return append(o.extraPackages(), openapiBase()...)
}

// openapi plans gen_openapi into outDir (import path outPkg).
func (o *options) openapi(pkgs []apiPackage, outDir, outPkg string, p *plan) {
	const file = "zz_generated.openapi.go"
	p.scopes = append(p.scopes, run.Scope{Generator: openapi.Name, Dirs: []string{o.inDir, outDir}, Name: file})
	if o.outputModelNameFile != "" {
		p.scopes = append(p.scopes, run.Scope{Generator: openapi.Name, Dirs: []string{o.inDir}, Name: o.outputModelNameFile})
	}
	tagged := requested(pkgs, openapiRequest())
	inputs := append(o.extraPackages(), importPaths(tagged)...)
	if len(inputs) == 0 {
		return
	}
	p.openapiInputs = tagged
	p.report = &reportCheck{path: o.reportFilename, update: o.updateReport, readOnly: readOnlyPkgs()}
	p.violations = &openapi.Report{}
	var onSchema func([]byte, error)
	if o.withApplyconfig && o.applyconfigSchema == "" {
		onSchema = func(data []byte, err error) { p.schema, p.schemaErr = data, err }
	}
	gen := o.openapiGen(p.violations, onSchema, file, outDir, outPkg)
	p.phase1 = append(p.phase1, step{gen: gen, patterns: append(openapiBase(), inputs...)})
	p.openapiFile = filepath.Join(outDir, file)
}

// client plans gen_client. schema, when not nil, is the OpenAPI models
// schema derived in memory (see "all"), used unless
// --applyconfig-openapi-schema names one.
func (o *options) client(pkgs []apiPackage, schema []byte, p *plan) {
	out := func(leaf string) string { return filepath.Join(o.outDir, leaf) }
	pkg := func(leaf string) string { return o.outPkg + "/" + leaf }
	if o.withApplyconfig {
		p.scopes = append(p.scopes, run.Scope{Generator: applyconfiguration.Name, Dirs: []string{out(o.applyconfigName)}})
	}
	p.scopes = append(p.scopes, run.Scope{Generator: client.Name, Dirs: []string{out(o.clientsetName)}})
	if o.withWatch {
		p.scopes = append(p.scopes, run.Scope{Generator: lister.Name, Dirs: []string{out(o.listersName)}},
			run.Scope{Generator: informer.Name, Dirs: []string{out(o.informersName)}})
	}
	scope := pkgs
	if o.oneInputAPI != "" {
		scope = packagesBelow(pkgs, o.oneInputAPI)
	}
	versioned, gvs := groupVersions(requested(scope, clientRequest()))
	if len(gvs) == 0 {
		return
	}
	inputs := importPaths(versioned)
	applyconfigPkg := ""
	if o.withApplyconfig {
		applyconfigPkg = pkg(o.applyconfigName)
		schema = o.givenSchema(schema)
		p.applyInputs, p.applySchema = versioned, schema
		p.phase2 = append(p.phase2, o.applyconfigStep(out(o.applyconfigName), applyconfigPkg, schema, inputs))
	}
	p.phase2 = append(p.phase2, step{gen: o.clientGen(out(o.clientsetName), pkg(o.clientsetName), applyconfigPkg, gvs)})
	if o.withWatch {
		p.phase2 = append(p.phase2, o.watchSteps(inputs)...)
	}
}

// givenSchema returns the models schema the apply configurations read:
// --applyconfig-openapi-schema's content, read once here (it may be a
// pipe, as kube_codegen.sh users give it with <(...)), else the derived
// one. When the file cannot be read, it is nil, and applyconfiguration-gen
// reports why.
func (o *options) givenSchema(derived []byte) []byte {
	if o.applyconfigSchema == "" {
		return derived
	}
	data, err := os.ReadFile(o.applyconfigSchema)
	if err != nil {
		return nil
	}
	return data
}

// packagesBelow returns the packages in the directory rel (relative to the
// input directory) or below it.
func packagesBelow(pkgs []apiPackage, rel string) []apiPackage {
	rel = strings.Trim(filepath.ToSlash(filepath.Clean(rel)), "/")
	var out []apiPackage
	for _, p := range pkgs {
		if p.rel == rel || strings.HasPrefix(p.rel, rel+"/") {
			out = append(out, p)
		}
	}
	return out
}

// checkOneInputAPI refuses a --one-input-api that names no API the
// client generators would run on: a directory that does not exist under
// the input directory, or one without a +genclient package. Such a run
// would generate nothing, so the user misspelt it; it says which APIs
// there are.
func (o *options) checkOneInputAPI(sub string, pkgs []apiPackage) error {
	if o.oneInputAPI == "" || (sub != "client" && sub != "all") {
		return nil
	}
	clients := requested(pkgs, clientRequest())
	if len(packagesBelow(clients, o.oneInputAPI)) > 0 {
		return nil
	}
	known := "none: no package under it carries +genclient"
	if len(clients) > 0 {
		var rels []string
		for _, p := range clients {
			rels = append(rels, p.rel)
		}
		known = strings.Join(rels, ", ")
	}
	dir := filepath.Join(o.inDir, o.oneInputAPI)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return fmt.Errorf("--one-input-api %s: there is no directory %s; give a directory relative to the input directory %s, one of the APIs with clients there (%s); nothing was changed",
			o.oneInputAPI, dir, o.inDir, known)
	}
	return fmt.Errorf("--one-input-api %s: no package in %s carries +genclient, so the run would generate no client; give one of the APIs with clients under %s (%s); nothing was changed",
		o.oneInputAPI, dir, o.inDir, known)
}
