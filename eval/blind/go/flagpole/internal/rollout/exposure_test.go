package rollout_test

import (
	"testing"

	"example.com/flagpole/internal/rollout"
	"example.com/flagpole/internal/store"
)

func TestExposureLoggedOncePerUser(t *testing.T) {
	t.Parallel()
	rollout.Exposures.Reset()
	flag := store.Flag{Key: "new-checkout", Enabled: true, Percent: 30}
	shoppers := users("shopper", 20000)
	for pass := 0; pass < 3; pass++ { // page reloads evaluate the flag again
		for _, u := range shoppers {
			if _, err := rollout.Is(flag, u); err != nil {
				t.Fatal(err)
			}
		}
	}
	on, off := rollout.Exposures.Counts("new-checkout")
	if on+off != 20000 {
		t.Fatalf("logged %d+%d exposures for 20000 shoppers", on, off)
	}
	if total := rollout.Exposures.Total(); total != 20000 {
		t.Fatalf("log holds %d exposures, want 20000", total)
	}
}

func TestExposuresSplitByVariant(t *testing.T) {
	t.Parallel()
	rollout.Exposures.Reset()
	flag := store.Flag{Key: "dark-mode", Enabled: true, Percent: 50}
	wantOn := 0
	for _, u := range users("reader", 40000) {
		got, err := rollout.Is(flag, u)
		if err != nil {
			t.Fatal(err)
		}
		if got {
			wantOn++
		}
	}
	on, off := rollout.Exposures.Counts("dark-mode")
	if on != wantOn || off != 40000-wantOn {
		t.Fatalf("exposures on/off = %d/%d, want %d/%d", on, off, wantOn, 40000-wantOn)
	}
	if total := rollout.Exposures.Total(); total != 40000 {
		t.Fatalf("log holds %d exposures, want 40000", total)
	}
}
