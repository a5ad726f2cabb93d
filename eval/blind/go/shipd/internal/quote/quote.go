// Package quote prices parcels with a carrier's base rate, in the configured region's currency.
package quote

import (
	"sync/atomic"

	"example.com/shipd/internal/config"
)

// Parcel is what the customer ships.
type Parcel struct {
	WeightGrams int
	Zone        int
}

// Carrier returns a base rate in cents; real carriers are HTTP APIs.
type Carrier interface {
	BaseRate(p Parcel) (int, error)
}

// Quote is a priced parcel.
type Quote struct {
	Cents    int
	Currency string
	Region   string
}

// served counts quotes for the /metrics endpoint.
var served int64

// Served is the number of quotes priced since start (or the last ResetMetrics).
func Served() int64 { return atomic.LoadInt64(&served) }

// ResetMetrics zeroes the counters (the metrics endpoint does it after each scrape).
func ResetMetrics() { atomic.StoreInt64(&served, 0) }

// Price asks the carrier for its base rate and converts it for the current region.
func Price(c Carrier, p Parcel) (Quote, error) {
	base, err := c.BaseRate(p)
	if err != nil {
		return Quote{}, err
	}
	region := config.Region()
	atomic.AddInt64(&served, 1)
	return Quote{Cents: convert(base, region), Currency: config.Currency(region), Region: region}, nil
}

// PriceAll prices parcels one after another (carriers rate-limit concurrent calls).
func PriceAll(c Carrier, parcels []Parcel) ([]Quote, error) {
	quotes := make([]Quote, 0, len(parcels))
	for _, p := range parcels {
		q, err := Price(c, p)
		if err != nil {
			return nil, err
		}
		quotes = append(quotes, q)
	}
	return quotes, nil
}

// convert turns US cents into the region's currency, rounding half up to whole cents.
func convert(usCents int, region string) int {
	perMille := map[string]int{"eu": 920, "uk": 790}[region]
	if perMille == 0 {
		return usCents
	}
	return (usCents*perMille + 500) / 1000
}
