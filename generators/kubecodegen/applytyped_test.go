package kubecodegen_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gengokit/gengokit/generators/kit/goldentest"
)

// modelTag is the tag that names the shop API's OpenAPI definitions as
// applyconfiguration-gen looks them up.
const modelTag = "+k8s:openapi-model-package=com.example.shop.pkg.apis.shop.v1"

// listMapShop is the shop API tagged for openapi-gen (and, with model,
// for model names), its spec holding a +listType=map list.
func listMapShop(model bool) map[string]string {
	tags := "// +k8s:openapi-gen=true\n"
	if model {
		tags += "// " + modelTag + "\n"
	}
	doc := strings.Replace(shopDoc("v1"), "// +groupName", tags+"// +groupName", 1)
	types := strings.Replace(shopTypes("v1", "Widget"), "Size int32 `json:\"size\"`",
		"Size int32 `json:\"size\"`\n\t// +listType=map\n\t// +listMapKey=name\n\tParts []Part `json:\"parts,omitempty\"`", 1)
	types += "\n// Part is a part of a widget.\ntype Part struct {\n\tName string `json:\"name\"`\n\tCount int32 `json:\"count\"`\n}\n"
	return map[string]string{"pkg/apis/shop/v1/doc.go": doc, "pkg/apis/shop/v1/types.go": types}
}

// TestApplyUntypedSaysWhy: without +k8s:openapi-model-package, "all
// --with-applyconfig" warns at the package clause of doc.go with the tag
// to add (the derived schema has no definition under the name the apply
// configurations look up); with it, there is no warning and the apply
// configurations' schema knows the list's keys.
func TestApplyUntypedSaysWhy(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", listMapShop(false))
	goldentest.Enter(t, s.Dir)
	args := shopAll("--output-model-name-file", "zz_generated.model_name.go")
	code, out := codegen(t, args...)
	warning := regexp.MustCompile(`(?m)^pkg/apis/shop/v1/doc\.go:6:1: warning: the OpenAPI schema has no definition com\.example\.shop\.pkg\.apis\.shop\.v1\.Widget, .*untyped.*` +
		regexp.QuoteMeta("add // "+modelTag+" to its doc.go") + `$`)
	if code != 0 || !warning.MatchString(out) {
		t.Fatalf("without the tag: exit %d, want 0 and the warning at doc.go's package clause:\n%s", code, out)
	}
	internal := filepath.Join(s.Dir, "pkg/generated/applyconfiguration/internal/internal.go")
	if data, _ := os.ReadFile(internal); strings.Contains(string(data), "name: parts") {
		t.Errorf("without the tag, the schema knows the list:\n%s", data)
	}
	s.Write("pkg/apis/shop/v1/doc.go", listMapShop(true)["pkg/apis/shop/v1/doc.go"])
	if code, out := codegen(t, args...); code != 0 || out != "" {
		t.Fatalf("with the tag: exit %d, want 0 and no warning:\n%s", code, out)
	}
	data, err := os.ReadFile(internal)
	keys := regexp.MustCompile(`- name: parts\n\s+type:\n\s+list:\n\s+elementType:\n\s+namedType: com\.example\.shop\.pkg\.apis\.shop\.v1\.Part\n\s+elementRelationship: associative\n\s+keys:\n\s+- name\n`)
	if err != nil || !keys.Match(data) {
		t.Errorf("with the tag, the apply configurations' schema has no list-map keys for parts (%v):\n%s", err, data)
	}
	extract, _ := os.ReadFile(filepath.Join(s.Dir, "pkg/generated/applyconfiguration/shop/v1/widget.go"))
	if !strings.Contains(string(extract), `"com.example.shop.pkg.apis.shop.v1.Widget"`) {
		t.Errorf("the Extract functions do not name the typed model:\n%s", extract)
	}
}

// TestModelPackageWithoutModelNameFile: +k8s:openapi-model-package
// without --output-model-name-file gets a warning at the tag that names
// the flag.
func TestModelPackageWithoutModelNameFile(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", listMapShop(true))
	goldentest.Enter(t, s.Dir)
	_, out := codegen(t, "openapi", "-q", "--output-dir", "pkg/generated/openapi", "--output-pkg", "example.com/shop/pkg/generated/openapi", "./pkg/apis")
	want := "pkg/apis/shop/v1/doc.go:3:4: warning: " + modelTag + " asks for OpenAPIModelName methods"
	if !strings.Contains(out, want) || !strings.Contains(out, "give --output-model-name-file zz_generated.model_name.go") {
		t.Errorf("want %q and the flag to give in:\n%s", want, out)
	}
}

// TestGivenSchemaFromPipe: --applyconfig-openapi-schema given as a pipe
// (kube_codegen.sh users write <(go run .../models-schema)) is read once:
// the untyped warning comes from its content, and the apply
// configurations still get their Extract functions from it.
func TestGivenSchemaFromPipe(t *testing.T) {
	goldentest.Loads(t)
	s := goldentest.NewScratch(t, "example.com/shop", listMapShop(false))
	goldentest.Enter(t, s.Dir)
	fifo := filepath.Join(t.TempDir(), "models-schema.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipe here: %v", err)
	}
	done := make(chan struct{})
	defer close(done)
	go writeOnce(fifo, `{"swagger": "2.0", "definitions": {}}`, done)
	code, out := codegen(t, "client", "-q", "--with-applyconfig", "--applyconfig-openapi-schema", fifo,
		"--output-dir", "pkg/generated", "--output-pkg", "example.com/shop/pkg/generated", "./pkg/apis")
	if code != 0 || !strings.Contains(out, "warning: the OpenAPI schema has no definition com.example.shop.pkg.apis.shop.v1.Widget") ||
		!strings.Contains(out, "build --applyconfig-openapi-schema's file again") {
		t.Fatalf("exit %d, want 0 and the untyped warning:\n%s", code, out)
	}
	if data, _ := os.ReadFile(filepath.Join(s.Dir, "pkg/generated/applyconfiguration/shop/v1/widget.go")); !strings.Contains(string(data), "func ExtractWidget(") {
		t.Errorf("no Extract functions: the schema did not reach applyconfiguration-gen:\n%s", data)
	}
}

// writeOnce writes content to the named pipe for its first reader; any
// later reader, until done, reads nothing (as from a <(...) already read).
func writeOnce(fifo, content string, done <-chan struct{}) {
	if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
		f.WriteString(content)
		f.Close()
	}
	for {
		select {
		case <-done:
			return
		case <-time.After(20 * time.Millisecond):
		}
		if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	}
}
