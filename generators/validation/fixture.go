package validation

import (
	"io"

	"k8s.io/gengo/v2/generator"
	"k8s.io/gengo/v2/namer"
)

// fixtureTest writes the test that runs a package's validateFalse
// fixtures (+k8s:validation-gen-test-fixture=validateFalse).
type fixtureTest struct {
	generator.GoGenerator
}

func newFixtureTest(file string) *fixtureTest {
	return &fixtureTest{GoGenerator: generator.GoGenerator{OutputFilename: file}}
}

// Namers gives the test file no names of its own.
func (f *fixtureTest) Namers(*generator.Context) namer.NameSystems { return nil }

// Imports returns the test's one import.
func (f *fixtureTest) Imports(*generator.Context) []string { return []string{`"testing"`} }

// Init writes the test.
func (f *fixtureTest) Init(_ *generator.Context, w io.Writer) error {
	_, err := io.WriteString(w, "func TestValidation(t *testing.T) {\n\tlocalSchemeBuilder.Test(t).ValidateFixtures()\n}\n")
	return err
}
