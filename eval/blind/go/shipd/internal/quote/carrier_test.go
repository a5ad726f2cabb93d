package quote

import "time"

// fakeCarrier answers like the sandbox of a real carrier: a fixed rate table, with latency.
type fakeCarrier struct {
	latency time.Duration
}

func (c fakeCarrier) BaseRate(p Parcel) (int, error) {
	time.Sleep(c.latency)
	return 500 + p.WeightGrams/10 + 150*p.Zone, nil
}

func parcels(n int) []Parcel {
	out := make([]Parcel, n)
	for i := range out {
		out[i] = Parcel{WeightGrams: 1000 + 250*i, Zone: 1 + i%3}
	}
	return out
}
