// Package celcheck checks the CustomResourceDefinitions gengokit's crd
// generator writes as the API server checks them when they are created:
// apiextensions' own validation, which compiles every CEL rule
// (x-kubernetes-validations) and estimates its cost against the
// apiserver's budgets. Each finding about a rule is placed at the marker
// that wrote it, and a rule over budget is told which lists, maps and
// strings have no bound.
package celcheck

import (
	"bytes"
	"context"
	"fmt"

	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/install"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/validation/field"
	"sigs.k8s.io/yaml"
)

// validate returns what the API server would refuse of one CRD file (its
// YAML, after any header) and the document as generic JSON, which the
// errors' paths lead into.
func validate(data []byte) (field.ErrorList, map[string]any, error) {
	if i := bytes.Index(data, []byte("---\n")); i >= 0 {
		data = data[i+len("---\n"):]
	}
	var v1crd apiextensionsv1.CustomResourceDefinition
	if err := yaml.UnmarshalStrict(data, &v1crd); err != nil {
		return nil, nil, fmt.Errorf("reading the CRD: %w", err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, nil, fmt.Errorf("reading the CRD: %w", err)
	}
	scheme := runtime.NewScheme()
	install.Install(scheme)
	scheme.Default(&v1crd)
	var internal apiextensions.CustomResourceDefinition
	if err := scheme.Convert(&v1crd, &internal, nil); err != nil {
		return nil, nil, fmt.Errorf("converting the CRD: %w", err)
	}
	return validation.ValidateCustomResourceDefinition(context.Background(), &internal), doc, nil
}
