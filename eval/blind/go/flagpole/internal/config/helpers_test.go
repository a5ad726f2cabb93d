package config_test

import (
	"os"
	"path/filepath"
	"testing"
)

// project lays out a directory tree with a config file at its root and returns the root.
func project(t *testing.T, environment string, subdirs ...string) string {
	t.Helper()
	root := t.TempDir()
	body := `{"environment": "` + environment + `", "endpoint": "http://127.0.0.1:0", "refresh": "15s"}`
	if err := os.WriteFile(filepath.Join(root, ".flagpole.json"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, d := range subdirs {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// chdir moves the test into dir until it ends.
func chdir(t *testing.T, dir string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(old) })
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}
