package apigroup

import (
	"strings"
	"testing"

	"k8s.io/gengo/v2/types"
)

func TestDescribe(t *testing.T) {
	tests := []struct {
		path                 string
		internal             bool
		groupName, goName    []string
		wantGroup, wantGo    string
		wantVersion, wantDir string
	}{
		{"k8s.io/api/apps/v1", false, nil, nil, "apps", "Apps", "v1", "apps"},
		{"k8s.io/api/core/v1", false, []string{""}, nil, "", "Core", "v1", "core"},
		{"k8s.io/api/networking/v1", false, []string{"networking.k8s.io"}, nil, "networking.k8s.io", "Networking", "v1", "networking"},
		{"x.io/apis/net/v1", false, []string{"net.x.io"}, []string{"NetX"}, "net.x.io", "NetX", "v1", "net"},
		{"x.io/apis/net", true, nil, nil, "net", "Net", "", "net"},
	}
	for _, tt := range tests {
		p, err := Describe(&types.Package{Path: tt.path}, tt.internal, tt.groupName, tt.goName)
		if err != nil || string(p.Group()) != tt.wantGroup || p.GoName != tt.wantGo || string(p.Version) != tt.wantVersion || p.DirGroup != tt.wantDir {
			t.Errorf("Describe(%s) = %+v (group %q), %v", tt.path, p, p.Group(), err)
		}
	}
	if _, err := Describe(&types.Package{Path: "widgets"}, false, nil, nil); err == nil {
		t.Errorf("a one-element path should be an error")
	}
}

func TestParsePluralExceptions(t *testing.T) {
	m, err := ParsePluralExceptions([]string{"Endpoints:Endpoints", "Fish:Fish"})
	if err != nil || m["Endpoints"] != "Endpoints" || m["Fish"] != "Fish" {
		t.Errorf("got %v, %v", m, err)
	}
	for _, bad := range []string{"Endpoints", "A:B:C", ":B", "A:"} {
		if _, err := ParsePluralExceptions([]string{bad}); err == nil || !strings.Contains(err.Error(), "--plural-exceptions") {
			t.Errorf("%q: got %v, want an error naming the flag", bad, err)
		}
	}
}
