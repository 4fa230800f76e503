package network_test

import (
	"context"
	"os"
	"testing"

	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions"
	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/install"
	apiextensionsv1 "k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/v1"
	"k8s.io/apiextensions-apiserver/pkg/apis/apiextensions/validation"
	"k8s.io/apimachinery/pkg/runtime"
	"sigs.k8s.io/yaml"
)

// TestNetworkCRDIsValid reads the Network CRD make generate writes
// (kube-codegen all --with-crd) and validates it as the API server does on
// create: apiextensions' own validation of a CustomResourceDefinition,
// structural schema included. It must serve v1 and v1alpha1, store v1,
// and leave out the internal version.
func TestNetworkCRDIsValid(t *testing.T) {
	data, err := os.ReadFile("config/crd/networking.example.com_networks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var v1crd apiextensionsv1.CustomResourceDefinition
	if err := yaml.UnmarshalStrict(data, &v1crd); err != nil {
		t.Fatalf("the CRD does not read as an apiextensions.k8s.io/v1 CustomResourceDefinition: %v", err)
	}
	scheme := runtime.NewScheme()
	install.Install(scheme)
	scheme.Default(&v1crd)
	var crd apiextensions.CustomResourceDefinition
	if err := scheme.Convert(&v1crd, &crd, nil); err != nil {
		t.Fatal(err)
	}
	if errs := validation.ValidateCustomResourceDefinition(context.Background(), &crd); len(errs) > 0 {
		t.Fatalf("the API server would refuse the CRD: %v", errs.ToAggregate())
	}
	var versions []string
	for _, v := range v1crd.Spec.Versions {
		versions = append(versions, v.Name)
		if v.Storage != (v.Name == "v1") || !v.Served {
			t.Errorf("version %s: served %v, storage %v; want v1 stored, every version served", v.Name, v.Served, v.Storage)
		}
	}
	if len(versions) != 2 || versions[0] != "v1" || versions[1] != "v1alpha1" {
		t.Errorf("versions %v, want [v1 v1alpha1]", versions)
	}
}
