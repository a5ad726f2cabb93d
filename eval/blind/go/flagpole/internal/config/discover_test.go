package config_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"example.com/flagpole/internal/config"
)

func TestDiscoverWalksUpFromSubdirectory(t *testing.T) {
	t.Parallel()
	root := project(t, "staging")
	chdir(t, root)
	// A monorepo: every package directory resolves to the one file at the root.
	for i := 0; i < 300; i++ {
		dir := filepath.Join("services", fmt.Sprintf("svc%03d", i), "internal", "handlers")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		cfg, err := config.FindFrom(dir)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if cfg.Environment != "staging" || cfg.Source != filepath.Join(root, ".flagpole.json") {
			t.Fatalf("%s: discovered %q from %s", dir, cfg.Environment, cfg.Source)
		}
	}
	cfg, err := config.Discover()
	if err != nil || cfg.Source != filepath.Join(root, ".flagpole.json") {
		t.Fatalf("discover from the root: %+v, %v", cfg, err)
	}
}

func TestNearestConfigWins(t *testing.T) {
	t.Parallel()
	root := project(t, "production")
	chdir(t, root)
	for i := 0; i < 300; i++ {
		dir := filepath.Join("apps", fmt.Sprintf("app%03d", i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		want := "production"
		if i%3 == 0 { // some apps run their own canary
			want = "canary"
			if err := os.WriteFile(filepath.Join(dir, ".flagpole.json"), []byte(`{"environment": "canary"}`), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cfg, err := config.FindFrom(dir)
		if err != nil {
			t.Fatalf("%s: %v", dir, err)
		}
		if cfg.Environment != want {
			t.Fatalf("%s: got %q from %s, want %q", dir, cfg.Environment, cfg.Source, want)
		}
	}
}

func TestFindFromExplicitDirectory(t *testing.T) {
	t.Parallel()
	root := project(t, "dev", "a/b/c")
	cfg, err := config.FindFrom(filepath.Join(root, "a/b/c"))
	if err != nil || cfg.Environment != "dev" || cfg.Refresh != 15*time.Second {
		t.Fatalf("cfg = %+v, %v", cfg, err)
	}
}

func TestNoConfigAnywhere(t *testing.T) {
	if _, err := config.FindFrom("/"); !errors.Is(err, config.ErrNoConfig) {
		t.Fatalf("err = %v", err)
	}
}
