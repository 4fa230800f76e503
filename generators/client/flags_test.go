package client_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gengokit/gengokit/generators/client"
)

// validArgs returns Args that pass Validate, from upstream's defaults; the
// output directory is in no module, so any --output-pkg fits it.
func validArgs() *client.Args {
	a := client.NewArgs()
	a.OutputDir, a.OutputPkg = filepath.Join(os.TempDir(), "out"), "example.com/out"
	a.InputBase, a.Inputs = "k8s.io/api", []string{"apps/v1"}
	return a
}

// TestValidateFlags checks the flag errors of Validate, which name the
// flag and the bad value, and that good values pass.
func TestValidateFlags(t *testing.T) {
	tests := []struct {
		name string
		set  func(*client.Args)
		want string // "" for no error
	}{
		{"default api path", func(*client.Args) {}, ""},
		{"other api path", func(a *client.Args) { a.ClientsetAPIPath = "/custom/apis" }, ""},
		{"api path without leading /", func(a *client.Args) { a.ClientsetAPIPath = "apis" },
			`--clientset-api-path "apis" must start with / and not end with /: write /apis`},
		{"api path with trailing /", func(a *client.Args) { a.ClientsetAPIPath = "/custom/" },
			`--clientset-api-path "/custom/" must start with / and not end with /: write /custom`},
		{"api path /", func(a *client.Args) { a.ClientsetAPIPath = "/" },
			`--clientset-api-path "/" must start with / and not end with /: write /apis`},
		{"empty api path", func(a *client.Args) { a.ClientsetAPIPath = "" }, "--clientset-api-path cannot be empty"},
		{"input twice", func(a *client.Args) { a.Inputs = []string{"apps/v1", "batch/v1", "apps/v1"} },
			"--input apps/v1 is given twice; give each group/version once"},
		{"one group version from two paths", func(a *client.Args) { a.Inputs = []string{"x/apps/v1", "y/apps/v1"} },
			"--input x/apps/v1 and --input y/apps/v1 are both group apps version v1, whose typed clients would go into one package; give only one of them"},
		{"two versions of a group", func(a *client.Args) { a.Inputs = []string{"apps/v1", "apps/v1beta1"} }, ""},
		{"clientset name", func(a *client.Args) { a.ClientsetName = "versioned" }, ""},
		{"clientset name that climbs", func(a *client.Args) { a.ClientsetName = "../escape" },
			`--clientset-name "../escape" must be a Go package name`},
		{"clientset name with a dash", func(a *client.Args) { a.ClientsetName = "my-clientset" },
			`--clientset-name "my-clientset" must be a Go package name`},
		{"empty clientset name", func(a *client.Args) { a.ClientsetName = "" }, `--clientset-name "" must be a Go package name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validArgs()
			tt.set(a)
			err := a.Validate()
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Validate() = %v, want no error", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Errorf("Validate() = %v, want %q", err, tt.want)
			}
		})
	}
}
