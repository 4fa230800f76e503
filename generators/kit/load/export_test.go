package load

import "k8s.io/gengo/v2/generator"

// LoadForTest loads patterns as Load does, and reports whether the fast
// loader read them (rather than gengo's parser).
func LoadForTest(patterns, buildTags []string) (*generator.Context, bool, error) {
	c, fast, err := loadPackages(patterns, buildTags)
	return c, fast != nil, err
}
