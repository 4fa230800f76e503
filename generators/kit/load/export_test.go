package load

import "k8s.io/gengo/v2/generator"

// LoadForTest loads patterns as Load does, and reports whether the fast
// loader read them (rather than gengo's parser).
func LoadForTest(patterns, buildTags []string) (*generator.Context, bool, error) {
	c, fast, err := loadPackages(Config{BuildTags: buildTags}, patterns)
	return c, fast != nil, err
}

// IndexStats tell how a load with the index of dependencies went.
type IndexStats struct {
	// Fast reports whether the fast loader read the packages.
	Fast bool
	// Indexed is how many packages the index knew; GoCalls how many go
	// commands the loader ran.
	Indexed, GoCalls int
}

// LoadIndexedForTest loads patterns as LoadForTest does, with the index of
// dependencies in dir.
func LoadIndexedForTest(patterns, buildTags []string, dir string) (*generator.Context, IndexStats, error) {
	c, fast, err := loadPackages(Config{BuildTags: buildTags, DepsIndex: dir}, patterns)
	if fast == nil {
		return c, IndexStats{}, err
	}
	stats := IndexStats{Fast: true, GoCalls: int(fast.goCalls.Load())}
	for _, p := range fast.graph {
		if p.indexed {
			stats.Indexed++
		}
	}
	return c, stats, err
}
