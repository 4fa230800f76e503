package openapi

import (
	"fmt"
	"strings"

	"k8s.io/gengo/v2/types"
)

// emitter collects generated Go code line by line; the file is formatted
// afterwards, so lines need no indentation, but line breaks inside
// composite literals survive formatting and must be upstream's.
type emitter struct {
	b strings.Builder
}

// line writes fmt.Sprintf(format, args...) and a newline.
func (e *emitter) line(format string, args ...any) {
	fmt.Fprintf(&e.b, format, args...)
	e.b.WriteByte('\n')
}

// text writes s as it is.
func (e *emitter) text(s string) { e.b.WriteString(s) }

// blank writes an empty line.
func (e *emitter) blank() { e.b.WriteByte('\n') }

// String returns the code written so far.
func (e *emitter) String() string { return e.b.String() }

// customMethods are the methods by which a type gives (part of) its own
// OpenAPI definition.
type customMethods struct {
	// v2 is OpenAPIDefinition() common.OpenAPIDefinition.
	v2 bool
	// v3 is OpenAPIV3Definition() common.OpenAPIDefinition.
	v3 bool
	// typeAndFormat is OpenAPISchemaType() []string with
	// OpenAPISchemaFormat() string.
	typeAndFormat bool
	// oneOf is OpenAPIV3OneOfTypes() []string.
	oneOf bool
}

// methodsOf returns the custom definition methods t has.
func methodsOf(t *types.Type) customMethods {
	has := func(name, pkg, result string) bool {
		m, ok := t.Methods[name]
		return ok && returnsNamed(m, pkg, result)
	}
	return customMethods{
		v2:            has("OpenAPIDefinition", commonPkg, "OpenAPIDefinition"),
		v3:            has("OpenAPIV3Definition", commonPkg, "OpenAPIDefinition"),
		typeAndFormat: has("OpenAPISchemaType", "", "[]string") && has("OpenAPISchemaFormat", "", "string"),
		oneOf:         has("OpenAPIV3OneOfTypes", "", "[]string"),
	}
}
