// Package bucket places users into stable percentage buckets per flag.
package bucket

import (
	"crypto/sha1"
	"encoding/binary"
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
