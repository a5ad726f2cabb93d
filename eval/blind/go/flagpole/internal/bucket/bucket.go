// Package bucket places users into stable percentage buckets per flag.
package bucket

import (
	"crypto/sha1"
	"encoding/binary"
	"runtime"
	"sync"
)

// Buckets is the resolution of a rollout: 10000 buckets = 0.01 % steps.
const Buckets = 10000

// Of returns the user's bucket for a flag, in [0, Buckets). The same pair always lands in the
// same bucket, and different flags shuffle users independently.
func Of(flagKey, userID string) int {
	h := sha1.New()
	h.Write([]byte(flagKey))
	h.Write([]byte{'.'})
	h.Write([]byte(userID))
	sum := h.Sum(nil)
	return int(binary.BigEndian.Uint64(sum[:8]) % Buckets)
}

// In reports whether the user falls inside the first percent of buckets.
func In(flagKey, userID string, percent int) bool {
	if percent <= 0 {
		return false
	}
	if percent >= 100 {
		return true
	}
	return Of(flagKey, userID) < percent*Buckets/100
}

// Assign evaluates a batch of users, as the edge proxy does for one page render.
func Assign(flagKey string, userIDs []string, percent int) []bool {
	out := make([]bool, len(userIDs))
	for i, u := range userIDs {
		out[i] = In(flagKey, u, percent)
	}
	return out
}

// AssignConcurrent is Assign split over one goroutine per processor, for large audiences.
func AssignConcurrent(flagKey string, userIDs []string, percent int) []bool {
	out := make([]bool, len(userIDs))
	parts := runtime.GOMAXPROCS(0)
	chunk := (len(userIDs) + parts - 1) / parts
	var wg sync.WaitGroup
	for start := 0; start < len(userIDs); start += chunk {
		end := start + chunk
		if end > len(userIDs) {
			end = len(userIDs)
		}
		wg.Add(1)
		go func(start, end int) {
			defer wg.Done()
			for i := start; i < end; i++ {
				out[i] = In(flagKey, userIDs[i], percent)
			}
		}(start, end)
	}
	wg.Wait()
	return out
}
