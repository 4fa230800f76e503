package kubecodegen

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/gengokit/gengokit/generators/applyconfiguration"
	"github.com/gengokit/gengokit/generators/kit/apigroup"
	"github.com/gengokit/gengokit/generators/kit/diag"
	"github.com/gengokit/gengokit/generators/kit/genclient"
	"github.com/gengokit/gengokit/generators/kit/load"
	"github.com/gengokit/gengokit/generators/kit/tags"
)

// modelPackageTag names the OpenAPI definitions of a package's types:
// applyconfiguration-gen finds them only under DefinitionName's names.
const modelPackageTag = "k8s:openapi-model-package"

// modelNameFile is the file name sample-apiserver's and Kubernetes'
// scripts give --output-model-name-file.
const modelNameFile = "zz_generated.model_name.go"

// warnModels prints, before the apply configurations are generated, the
// warnings about the model names they depend on: a package tagged
// +k8s:openapi-model-package that gets no OpenAPIModelName methods
// (--output-model-name-file is empty), and a package whose types the
// schema the apply configurations read has no definition for, so that they
// are untyped (a +listType=map list is applied as a whole). Each is at the
// package's doc.go and says which tag or flag to add.
func (o *options) warnModels(u *load.Universe, p *plan, stderr io.Writer) {
	if u == nil {
		return
	}
	if p.openapiFile != "" && o.outputModelNameFile == "" {
		for _, ap := range p.openapiInputs {
			if v := modelPackage(u, ap.path); v != "" {
				fmt.Fprintf(stderr, "%s: warning: +%s=%s asks for OpenAPIModelName methods, which only --output-model-name-file writes (the OpenAPI definitions call them); give --output-model-name-file %s\n",
					diag.Where(u.Index.PackageTag(ap.path)(modelPackageTag)), modelPackageTag, v, modelNameFile)
			}
		}
	}
	defs, ok := o.schemaDefinitions(p)
	if !ok {
		return
	}
	for _, ap := range p.applyInputs {
		if missing := untyped(u, ap.path, defs); len(missing) > 0 {
			fmt.Fprintf(stderr, "%s: warning: the OpenAPI schema has no definition %s, so the apply configurations of %s are untyped: their Extract functions and the fake clientset ignore +listType=map and the like (a second field manager conflicts on a whole list); %s\n",
				diag.Where(u.Index.PackageDoc(ap.path).Pos), applyconfiguration.DefinitionName(ap.path, missing[0]),
				strings.Join(missing, ", "), o.typedFix(u, ap))
		}
	}
}

// schemaDefinitions returns the names of the definitions of the schema the
// apply configurations read: the one "all" derived, or the file
// --applyconfig-openapi-schema names. ok is false without one (there are
// no Extract functions then), or when it is no JSON (which
// applyconfiguration-gen reports).
func (o *options) schemaDefinitions(p *plan) (map[string]json.RawMessage, bool) {
	var doc struct {
		Definitions map[string]json.RawMessage `json:"definitions"`
	}
	if !o.withApplyconfig || p.applySchema == nil || json.Unmarshal(p.applySchema, &doc) != nil {
		return nil, false
	}
	return doc.Definitions, true
}

// untyped returns the types of package path that apply configurations are
// written for with Extract functions (+genclient with the apply or
// applyStatus verb) whose definitions defs lacks.
func untyped(u *load.Universe, path string, defs map[string]json.RawMessage) []string {
	pkg := u.Package(path)
	if pkg == nil {
		return nil
	}
	var out []string
	for name, t := range pkg.Types {
		tg, err := genclient.Read(apigroup.Comments(t))
		if err != nil || !tg.GenerateClient || !(tg.HasVerb("apply") || tg.HasVerb("applyStatus")) {
			continue
		}
		if _, ok := defs[applyconfiguration.DefinitionName(path, name)]; !ok {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// typedFix says what gives the package's types their definitions.
func (o *options) typedFix(u *load.Universe, ap apiPackage) string {
	want := applyconfiguration.DefinitionName(ap.path, "")
	want = strings.TrimSuffix(want, ".")
	var add []string
	if !ap.carries(openapiRequest()) {
		add = append(add, "// +k8s:openapi-gen=true")
	}
	switch v := modelPackage(u, ap.path); v {
	case want:
	case "":
		add = append(add, "// +"+modelPackageTag+"="+want)
	default:
		return fmt.Sprintf("its +%s=%s names them %s.<Type>, and applyconfiguration-gen looks them up as %s.<Type>: write +%s=%s", modelPackageTag, v, v, want, modelPackageTag, want)
	}
	fix := "add " + strings.Join(add, " and ") + " to its doc.go"
	if len(add) == 0 {
		fix = "its tags are right"
	}
	if o.outputModelNameFile == "" {
		fix += ", give --output-model-name-file " + modelNameFile
	}
	if o.applyconfigSchema != "" {
		fix += ", and build --applyconfig-openapi-schema's file again from the new definitions"
	}
	return fix
}

// modelPackage returns the value of the package's +k8s:openapi-model-package
// tag, "" without one.
func modelPackage(u *load.Universe, path string) string {
	pkg := u.Package(path)
	if pkg == nil {
		return ""
	}
	tag := tags.Declare(tags.Definition{Name: modelPackageTag, Scopes: tags.Package}, tags.String)
	v, _ := tag.Get(pkg.Comments, tags.Package)
	return v
}
