package rollout_test

import (
	"testing"

	"example.com/flagpole/internal/rollout"
	"example.com/flagpole/internal/store"
)

func TestLoadDefaultRules(t *testing.T) {
	t.Parallel()
	n, err := rollout.LoadDefaults("testdata/defaults.json")
	if err != nil {
		t.Fatal(err)
	}
	if n != 4 {
		t.Fatalf("loaded %d default rules, want 4", n)
	}
	if f, ok := rollout.Default("dark-mode"); !ok || f.Percent != 100 {
		t.Fatalf("dark-mode default = %+v, %v", f, ok)
	}
}

func TestUnknownFlagFallsBackToDefaultRule(t *testing.T) {
	t.Parallel()
	f, ok := rollout.Default("new-checkout")
	if !ok {
		t.Fatalf("no default rule for %q", "new-checkout")
	}
	reg := rollout.NewRegistry()
	on := 0
	for _, u := range users("shopper", 4000) {
		got, err := rollout.Evaluate(reg, f, u)
		if err != nil {
			t.Fatal(err)
		}
		if got {
			on++
		}
	}
	if on < 900 || on > 1100 {
		t.Fatalf("%d of 4000 shoppers got new-checkout, want about 1000", on)
	}
}

func TestDefaultsRejectBadRules(t *testing.T) {
	if _, err := rollout.LoadDefaults("testdata/missing.json"); err == nil {
		t.Fatal("loading a missing file succeeded")
	}
	if _, ok := rollout.Default("never-defined"); ok {
		t.Fatal("found a default for an undefined flag")
	}
	_ = store.Flag{}
}
