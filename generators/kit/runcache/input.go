package runcache

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
)

// Input is a file or directory a run's output depended on, as it was: a
// file by size, time and content hash, a directory by the names in it; a
// path that did not exist as missing.
type Input struct {
	Path    string
	Missing bool   `json:",omitempty"`
	Dir     bool   `json:",omitempty"`
	Size    int64  `json:",omitempty"`
	ModTime int64  `json:",omitempty"`
	Sum     string `json:",omitempty"`
	// Except are the names of a directory left out of its listing: the
	// run's own outputs, which the cache checks apart.
	Except []string `json:",omitempty"`
}

// record reads what an input is now; except are the names left out of a
// directory's listing.
func record(path string, except []string) (Input, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Input{Path: path, Missing: true}, nil
	}
	if err != nil {
		return Input{}, err
	}
	in := Input{Path: path, Dir: info.IsDir()}
	if in.Dir {
		in.Except = except
		in.Sum, err = listing(path, except)
		return in, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Input{}, err
	}
	in.Size, in.ModTime, in.Sum = info.Size(), info.ModTime().UnixNano(), sum(data)
	return in, nil
}

// listing hashes the names in a directory but those of except, so that a
// file added, removed or renamed changes it.
func listing(dir string, except []string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var names []string
	for _, e := range entries {
		if !slices.Contains(except, e.Name()) {
			names = append(names, e.Name())
		}
	}
	return sum([]byte(strings.Join(names, "\n"))), nil
}

// unchanged reports whether the input is as recorded: a file of the same
// size and time is taken as unchanged, any other is hashed again (a file
// touched but not edited still counts as unchanged).
func (in Input) unchanged() bool {
	info, err := os.Stat(in.Path)
	if in.Missing || err != nil {
		return in.Missing && errors.Is(err, fs.ErrNotExist)
	}
	if info.IsDir() != in.Dir {
		return false
	}
	if in.Dir {
		s, err := listing(in.Path, in.Except)
		return err == nil && s == in.Sum
	}
	if info.Size() != in.Size {
		return false
	}
	if info.ModTime().UnixNano() == in.ModTime {
		return true
	}
	data, err := os.ReadFile(in.Path)
	return err == nil && sum(data) == in.Sum
}
