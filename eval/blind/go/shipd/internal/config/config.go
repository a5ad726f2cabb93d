// Package config holds shipd's runtime settings, read from the environment on every call so a
// running daemon picks up changes made by its supervisor.
package config

import "os"

// Region is the sales region quotes are priced for (SHIPD_REGION, default "us").
func Region() string {
	if region := os.Getenv("SHIPD_REGION"); region != "" {
		return region
	}
	return "us"
}

// Currency is the currency of a region.
func Currency(region string) string {
	switch region {
	case "eu":
		return "EUR"
	case "uk":
		return "GBP"
	default:
		return "USD"
	}
}
