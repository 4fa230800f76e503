package openapi

import (
	"strings"

	"k8s.io/gengo/v2/generator"

	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/load"
)

// Report is the API rule report of one run of openapi-gen, kept in memory
// for a program that checks it itself (kube-codegen) instead of naming a
// file for it.
type Report struct {
	violations []violation
	built      bool
}

// Command returns openapi-gen with the given flags, whose API rule report
// goes to r: it writes no report, whatever args.ReportFilename says.
func (r *Report) Command(args *Args) *cli.Spec {
	spec := Command(args)
	spec.Targets = func(l *load.Loaded) ([]generator.Target, error) {
		targets, found, err := build(l, args)
		r.violations, r.built = found, true
		return targets, err
	}
	spec.Side = nil
	return spec
}

// Bytes returns the report as openapi-gen writes it into a file, one line
// per violation; nil when the generator did not run.
func (r *Report) Bytes() []byte {
	if !r.built {
		return nil
	}
	var b strings.Builder
	for _, v := range r.violations {
		b.WriteString(v.line())
	}
	return []byte(b.String())
}
