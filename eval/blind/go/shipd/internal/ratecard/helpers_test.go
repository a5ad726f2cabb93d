package ratecard

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// carrierSandbox answers zone checks with the sandbox's latency.
type carrierSandbox struct {
	latency time.Duration
}

func (c carrierSandbox) Exists(zone string) bool {
	time.Sleep(c.latency)
	return zone != ""
}

// inRegionDir runs the rest of the test inside testdata/<region>, the way `shipd ratecard load .`
// is used from a region's directory, and goes back afterwards.
func inRegionDir(t *testing.T, region string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(filepath.Join("testdata", region)); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(old) })
}
