// Package store keeps feature flag definitions in one JSON document on disk.
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// DefaultPath is where the flag service keeps its document when no path is configured.
var DefaultPath = "/tmp/i17a-flagpole/flags.json"

// Flag is one feature flag.
type Flag struct {
	Key       string    `json:"key"`
	Enabled   bool      `json:"enabled"`
	Percent   int       `json:"percent"`
	Segments  []string  `json:"segments,omitempty"`
	Archived  bool      `json:"archived,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

type document struct {
	Version int             `json:"version"`
	Flags   map[string]Flag `json:"flags"`
}

// ErrNotFound is returned for a key that is not in the document.
var ErrNotFound = errors.New("flag not found")

// FileStore reads and rewrites the whole document for every change.
type FileStore struct {
	path string
}

// Open returns a store for path, creating its directory.
func Open(path string) (*FileStore, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	return &FileStore{path: path}, nil
}

// Path is the document's location.
func (s *FileStore) Path() string { return s.path }

// Reset replaces the document with an empty one.
func (s *FileStore) Reset() error {
	return s.save(document{Version: 1, Flags: map[string]Flag{}})
}

func (s *FileStore) load() (document, error) {
	doc := document{Version: 1, Flags: map[string]Flag{}}
	data, err := os.ReadFile(s.path)
	if errors.Is(err, os.ErrNotExist) {
		return doc, nil
	}
	if err != nil {
		return doc, err
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return doc, fmt.Errorf("decode %s: %w", s.path, err)
	}
	if doc.Flags == nil {
		doc.Flags = map[string]Flag{}
	}
	return doc, nil
}

func (s *FileStore) save(doc document) error {
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	// Write a sibling file and rename it over the document so readers never see half of it.
	tmp, err := os.CreateTemp(filepath.Dir(s.path), ".flags-*.json")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), s.path)
}

// Put creates or replaces a flag.
func (s *FileStore) Put(f Flag) error {
	if f.Key == "" {
		return errors.New("flag key is empty")
	}
	if f.Percent < 0 || f.Percent > 100 {
		return fmt.Errorf("flag %s: percent %d outside 0-100", f.Key, f.Percent)
	}
	doc, err := s.load()
	if err != nil {
		return err
	}
	doc.Version++
	doc.Flags[f.Key] = f
	return s.save(doc)
}

// Get returns one flag.
func (s *FileStore) Get(key string) (Flag, error) {
	doc, err := s.load()
	if err != nil {
		return Flag{}, err
	}
	f, ok := doc.Flags[key]
	if !ok {
		return Flag{}, fmt.Errorf("%s: %w", key, ErrNotFound)
	}
	return f, nil
}

// Archive marks a flag archived and turns it off.
func (s *FileStore) Archive(key string) error {
	doc, err := s.load()
	if err != nil {
		return err
	}
	f, ok := doc.Flags[key]
	if !ok {
		return fmt.Errorf("%s: %w", key, ErrNotFound)
	}
	f.Archived, f.Enabled = true, false
	doc.Flags[key] = f
	doc.Version++
	return s.save(doc)
}

// Active lists the keys of flags that are not archived, sorted.
func (s *FileStore) Active() ([]string, error) {
	doc, err := s.load()
	if err != nil {
		return nil, err
	}
	var keys []string
	for k, f := range doc.Flags {
		if !f.Archived {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys, nil
}

// Version is the document's change counter.
func (s *FileStore) Version() (int, error) {
	doc, err := s.load()
	return doc.Version, err
}
