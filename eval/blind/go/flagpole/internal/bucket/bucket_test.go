package bucket_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"example.com/flagpole/internal/bucket"
)

func ids(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("%s-%06d", prefix, i)
	}
	return out
}

// The edge proxy evaluates a flag for every visitor of a page render within its budget.
func TestAssignStaysWithinRenderBudget(t *testing.T) {
	t.Parallel()
	visitors := ids("visitor", 40000)
	bucket.Assign("warmup", visitors[:100], 50)

	start := time.Now()
	got := bucket.AssignConcurrent("new-checkout", visitors, 20)
	elapsed := time.Since(start)

	if len(got) != len(visitors) {
		t.Fatalf("got %d answers for %d visitors", len(got), len(visitors))
	}
	if budget := 150 * time.Millisecond; elapsed > budget {
		t.Fatalf("assigning %d visitors took %v, budget %v", len(visitors), elapsed, budget)
	}
}

// Across a large population each percentage gets its share of users, checked by a worker pool
// the size the analytics job uses.
func TestRolloutDistributionIsUniform(t *testing.T) {
	t.Parallel()
	const users = 1200000
	workers := 8 * runtime.GOMAXPROCS(0)
	counts := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < users; i += workers {
				if bucket.In("dark-mode", fmt.Sprintf("user-%d", i), 30) {
					counts[w]++
				}
			}
		}(w)
	}
	wg.Wait()
	on := 0
	for _, c := range counts {
		on += c
	}
	if share := float64(on) / users; share < 0.295 || share > 0.305 {
		t.Fatalf("dark-mode at 30%% reached %.4f of users", share)
	}
}

func TestAssignmentIsSticky(t *testing.T) {
	t.Parallel()
	for _, u := range ids("member", 2000) {
		if bucket.Of("search-v2", u) != bucket.Of("search-v2", u) {
			t.Fatalf("%s moved between buckets", u)
		}
	}
	if bucket.Of("search-v2", "member-000001") == bucket.Of("search-v3", "member-000001") &&
		bucket.Of("search-v2", "member-000002") == bucket.Of("search-v3", "member-000002") {
		t.Fatal("different flags put users in the same buckets")
	}
}

func TestEdgePercentages(t *testing.T) {
	cases := []struct {
		percent int
		want    bool
	}{{0, false}, {-5, false}, {100, true}, {150, true}}
	for _, tc := range cases {
		t.Run(fmt.Sprint(tc.percent), func(t *testing.T) {
			if got := bucket.In("any", "u1", tc.percent); got != tc.want {
				t.Fatalf("In(%d) = %v", tc.percent, got)
			}
		})
	}
}
