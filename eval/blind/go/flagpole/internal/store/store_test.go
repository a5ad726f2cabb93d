package store_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"example.com/flagpole/internal/store"
)

func TestPutThenGetRoundTrip(t *testing.T) {
	t.Parallel()
	s := serviceStore(t)
	stamp := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	for i := 0; i < 80; i++ {
		f := store.Flag{Key: fmt.Sprintf("checkout-%02d", i), Enabled: i%2 == 0, Percent: i, UpdatedAt: stamp}
		if err := s.Put(f); err != nil {
			t.Fatalf("put %s: %v", f.Key, err)
		}
	}
	for i := 0; i < 80; i++ {
		key := fmt.Sprintf("checkout-%02d", i)
		got, err := s.Get(key)
		if err != nil {
			t.Fatalf("get %s: %v", key, err)
		}
		if got.Percent != i || got.Enabled != (i%2 == 0) || !got.UpdatedAt.Equal(stamp) {
			t.Fatalf("get %s = %+v", key, got)
		}
	}
	if v, err := s.Version(); err != nil || v != 81 {
		t.Fatalf("version = %d, %v; want 81", v, err)
	}
}

func TestArchiveHidesFlagFromActiveList(t *testing.T) {
	t.Parallel()
	s := serviceStore(t)
	keys := []string{"search-v2", "dark-mode", "new-invoice-pdf", "beta-banner", "fast-lane"}
	for round := 0; round < 12; round++ {
		for _, k := range keys {
			if err := s.Put(store.Flag{Key: k, Enabled: true, Percent: 50}); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, k := range []string{"dark-mode", "beta-banner"} {
		if err := s.Archive(k); err != nil {
			t.Fatalf("archive %s: %v", k, err)
		}
	}
	got, err := s.Active()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"fast-lane", "new-invoice-pdf", "search-v2"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("active = %v, want %v", got, want)
	}
}

func TestStoreInTempDir(t *testing.T) {
	t.Parallel()
	s, err := store.Open(filepath.Join(t.TempDir(), "nested", "flags.json"))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if err := s.Put(store.Flag{Key: "search-v2", Enabled: true, Percent: i}); err != nil {
			t.Fatal(err)
		}
	}
	f, err := s.Get("search-v2")
	if err != nil || f.Percent != 19 {
		t.Fatalf("get = %+v, %v", f, err)
	}
	if _, err := s.Get("missing"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("missing flag error = %v", err)
	}
}

func TestPutValidates(t *testing.T) {
	s, err := store.Open(filepath.Join(t.TempDir(), "flags.json"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		flag store.Flag
	}{
		{"empty key", store.Flag{Percent: 10}},
		{"negative percent", store.Flag{Key: "a", Percent: -1}},
		{"percent above 100", store.Flag{Key: "a", Percent: 101}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.Put(tc.flag); err == nil {
				t.Fatalf("put %+v succeeded", tc.flag)
			}
		})
	}
}
