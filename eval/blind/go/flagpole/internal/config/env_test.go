package config_test

import (
	"path/filepath"
	"testing"

	"example.com/flagpole/internal/config"
)

func TestEnvironmentVariableOverridesFile(t *testing.T) {
	root := project(t, "staging")
	cfg, err := config.Load(filepath.Join(root, ".flagpole.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("FLAGPOLE_ENV", "qa")
	if got := cfg.EffectiveEnvironment(); got != "qa" {
		t.Fatalf("effective environment = %q, want qa", got)
	}
}

func TestLoadRejectsBadRefresh(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.json")
	writeFile(t, path, `{"environment": "dev", "refresh": "soon"}`)
	if _, err := config.Load(path); err == nil {
		t.Fatal("bad refresh accepted")
	}
	writeFile(t, path, `{"endpoint": "http://127.0.0.1:0"}`)
	if _, err := config.Load(path); err == nil {
		t.Fatal("missing environment accepted")
	}
}
