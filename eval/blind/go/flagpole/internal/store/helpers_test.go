package store_test

import (
	"testing"

	"example.com/flagpole/internal/store"
)

// serviceStore opens the document the service uses and empties it.
func serviceStore(t *testing.T) *store.FileStore {
	t.Helper()
	s, err := store.Open(store.DefaultPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Reset(); err != nil {
		t.Fatal(err)
	}
	return s
}
