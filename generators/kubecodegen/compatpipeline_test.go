//go:build compat

package kubecodegen_test

import (
	"path/filepath"
	"testing"
)

// sampleCommands are the kube-codegen command lines of case
// sample-apiserver-pipeline (shared/COMPAT.md), for the module copy at mod
// and the models schema at schema.
func sampleCommands(mod, schema string) [][]string {
	return [][]string{
		{"helpers", "--boilerplate", sampleHeader, sampleAPIs},
		{"openapi", "--output-dir", "./hack/../pkg/generated/openapi", "--output-pkg", sampleGen + "/openapi",
			"--report-filename", filepath.Join(mod, sampleReport), "--output-model-name-file", "zz_generated.model_name.go",
			"--update-report", "--boilerplate", sampleHeader, sampleAPIs},
		{"client", "--with-watch", "--with-applyconfig", "--applyconfig-openapi-schema", schema,
			"--output-dir", "./hack/../pkg/generated", "--output-pkg", sampleGen, "--boilerplate", sampleHeader, sampleAPIs},
	}
}

// TestCompatSamplePipeline is case sample-apiserver-pipeline with the
// subcommands helpers, openapi and client, and the models schema built by
// the module's own program between them, as its update-codegen.sh does. It is part of
// make compat (with the sweeps, which run these subcommands over four
// modules); make test runs the same case as one "all".
func TestCompatSamplePipeline(t *testing.T) {
	pipelineCase(t, sampleCommands)
}
