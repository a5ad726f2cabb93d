package rollout_test

import (
	"strings"
	"testing"

	"example.com/flagpole/internal/rollout"
	"example.com/flagpole/internal/store"
)

func TestSegmentsWithPrivateRegistry(t *testing.T) {
	t.Parallel()
	reg := rollout.NewRegistry()
	staff := users("staff", 200)
	reg.Register(rollout.NewSegment("staff", false, staff...))
	reg.Register(rollout.NewSegment("blocklist", true, "staff-00007"))
	flag := store.Flag{Key: "search-v2", Enabled: true, Percent: 0, Segments: []string{"blocklist", "staff"}}
	for _, u := range staff {
		got, err := rollout.Evaluate(reg, flag, u)
		if err != nil {
			t.Fatal(err)
		}
		if want := u != "staff-00007"; got != want {
			t.Fatalf("%s: got %v, want %v", u, got, want)
		}
	}
	if got := reg.Names(); strings.Join(got, ",") != "blocklist,staff" {
		t.Fatalf("names = %v", got)
	}
}

func TestUnknownSegmentIsAnError(t *testing.T) {
	flag := store.Flag{Key: "search-v2", Enabled: true, Percent: 10, Segments: []string{"ghosts"}}
	if _, err := rollout.Evaluate(rollout.NewRegistry(), flag, "u1"); err == nil || !strings.Contains(err.Error(), "ghosts") {
		t.Fatalf("err = %v", err)
	}
}

func TestDisabledOrArchivedFlagIsOff(t *testing.T) {
	reg := rollout.NewRegistry()
	for _, f := range []store.Flag{
		{Key: "a", Enabled: false, Percent: 100},
		{Key: "b", Enabled: true, Archived: true, Percent: 100},
	} {
		if got, err := rollout.Evaluate(reg, f, "u1"); err != nil || got {
			t.Fatalf("%s: got %v, %v", f.Key, got, err)
		}
	}
}
