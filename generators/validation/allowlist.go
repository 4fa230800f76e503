package validation

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"go.yaml.in/yaml/v2"
)

// allowEntry is one rule --test-allowlist leaves out of the coverage
// tests; "*" matches anything.
type allowEntry struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Path       string `yaml:"path"`
	ErrorType  string `yaml:"errorType"`
	Origin     string `yaml:"origin"`
	Reason     string `yaml:"reason"`
}

// matches reports whether the entry allows the rule of a kind at path.
func (e allowEntry) matches(group, version, kind, path string, r rule) bool {
	g, v := "", e.APIVersion
	if i := strings.IndexByte(e.APIVersion, '/'); i >= 0 {
		g, v = e.APIVersion[:i], e.APIVersion[i+1:]
	}
	glob := func(pattern, s string) bool { return pattern == "*" || pattern == s }
	return g == group && v == version && glob(e.Kind, kind) && glob(e.Path, path) && glob(e.ErrorType, r.errType) && glob(e.Origin, r.origin)
}

// readAllowlist reads --test-allowlist: a YAML list of entries, each
// with every field set.
func readAllowlist(file string) ([]allowEntry, error) {
	if file == "" {
		return nil, nil
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("--test-allowlist: %v", err)
	}
	var entries []allowEntry
	if err := yaml.UnmarshalStrict(data, &entries); err != nil {
		return nil, fmt.Errorf("--test-allowlist %s: %v", file, err)
	}
	for i, e := range entries {
		for _, f := range []struct{ name, val string }{{"apiVersion", e.APIVersion}, {"kind", e.Kind}, {"path", e.Path},
			{"errorType", e.ErrorType}, {"origin", e.Origin}, {"reason", e.Reason}} {
			if strings.TrimSpace(f.val) == "" {
				return nil, fmt.Errorf("--test-allowlist %s: entry %d has no %s (write \"*\" to match any)", file, i, f.name)
			}
		}
	}
	return entries, nil
}

// filterReports drops the rules the allowlist allows, and the reports
// left with none.
func filterReports(reports []*report, allow []allowEntry) []*report {
	if len(allow) == 0 {
		return reports
	}
	var out []*report
	for _, r := range reports {
		kept := map[string][]rule{}
		for path, rs := range r.rules {
			for _, x := range rs {
				if !slices.ContainsFunc(allow, func(e allowEntry) bool { return e.matches(r.group, r.version, r.kind, path, x) }) {
					kept[path] = append(kept[path], x)
				}
			}
		}
		if len(kept) > 0 {
			out = append(out, &report{group: r.group, version: r.version, kind: r.kind, rules: kept})
		}
	}
	return out
}
