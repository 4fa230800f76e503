package run

import (
	"os"
	"path/filepath"
	"strings"
)

// stagingPrefix begins the name of a transaction's staging directory,
// ".gengokit-staging-<pid>-<random>" at the root of a module.
const stagingPrefix = ".gengokit-staging"

// stagingDir returns the transaction's staging directory at root, making
// it the first time.
func (tx *transaction) stagingDir(root string) (string, error) {
	if d, ok := tx.staging[root]; ok {
		return d, nil
	}
	d, err := os.MkdirTemp(root, stagingPrefix+"-"+tx.pid+"-*")
	if err != nil {
		return "", err
	}
	tx.staging[root] = d
	return d, nil
}

// removeStaleStaging removes the staging directories at root that a run
// of ours left when it was killed: those of a process that no longer runs.
func removeStaleStaging(root string) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return
	}
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), stagingPrefix)
		if !ok || !e.IsDir() {
			continue
		}
		if m := pidSuffix().FindStringSubmatch(rest); m != nil && staleSuffix(rest) {
			os.RemoveAll(filepath.Join(root, e.Name()))
		}
	}
}
