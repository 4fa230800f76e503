package conversion_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/conversion"
	"github.com/gengokit/gengokit/generators/kit/cli"
	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// An internal package whose JSON is an interface, as apiextensions' is,
// and a version whose JSON is a struct: conversion-gen cannot convert the
// pair, and v1 converts it by hand. Any is the same shape with a
// hand-written conversion one way only.
var warnFiles = map[string]string{
	"apis/shop/types.go":  "package shop\n\n// JSON is any value.\ntype JSON interface{}\n\n// Any is any value.\ntype Any interface{}\n",
	"apis/shop/v1/doc.go": "// +k8s:conversion-gen=example.com/warn/apis/shop\n\npackage v1\n",
	"apis/shop/v1/types.go": "package v1\n\n// JSON is a raw value.\ntype JSON struct {\n\tRaw []byte\n}\n\n" +
		"// Any is a raw value.\ntype Any struct {\n\tRaw []byte\n}\n",
	"apis/shop/v1/conversion.go": `package v1

import (
	"k8s.io/apimachinery/pkg/conversion"
	"k8s.io/apimachinery/pkg/runtime"

	"example.com/warn/apis/shop"
)

var localSchemeBuilder runtime.SchemeBuilder

// Convert_shop_JSON_To_v1_JSON is written by hand.
func Convert_shop_JSON_To_v1_JSON(in *shop.JSON, out *JSON, s conversion.Scope) error { return nil }

// Convert_v1_JSON_To_shop_JSON is written by hand.
func Convert_v1_JSON_To_shop_JSON(in *JSON, out *shop.JSON, s conversion.Scope) error { return nil }

// Convert_v1_Any_To_shop_Any is written by hand; the other way is not.
func Convert_v1_Any_To_shop_Any(in *Any, out *shop.Any, s conversion.Scope) error { return nil }
`,
}

// TestUnsupportedTypeWarning checks that a pair conversion-gen cannot
// convert (an interface) gets a warning only when nothing hand-written
// converts it: kubernetes' apiextensions v1 and v1beta1 convert JSON by
// hand and got the warning all the same. The run exits 0 and its output
// compiles.
func TestUnsupportedTypeWarning(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/warn", warnFiles)
	goldentest.Enter(t, s.Dir)
	var stdout, stderr bytes.Buffer
	if code := cli.Run(conversion.NewCommand(), []string{"--output-file", "zz_generated.conversion.go", "./apis/shop/v1"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit status %d, want 0; stderr:\n%s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "conversion-gen cannot convert example.com/warn/apis/shop.Any to example.com/warn/apis/shop/v1.Any; write Convert_ for them") {
		t.Errorf("no warning about Any, which nothing converts:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "shop.JSON to") || strings.Contains(stderr.String(), "v1.JSON to") {
		t.Errorf("a warning about JSON, which conversion.go converts by hand:\n%s", stderr.String())
	}
	if out, code := s.Run("go", "vet", "./..."); code != 0 {
		t.Errorf("the output does not compile:\n%s", out)
	}
}
