// Package ratecard loads a region's rate card: rates.json, zones.json and surcharges.json in one
// directory. Paths are taken as given, relative to the working directory like the CLI's flags.
package ratecard

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// Card is a loaded rate card.
type Card struct {
	Currency   string         `json:"currency"`
	PerKgCents int            `json:"per_kg_cents"`
	Zones      []string       `json:"-"`
	Surcharges map[string]int `json:"-"`
}

// ZoneChecker confirms with the carrier that a zone code exists (a network call in production).
type ZoneChecker interface {
	Exists(zone string) bool
}

// Load reads the card in dir and checks every zone with the carrier.
func Load(dir string, checker ZoneChecker) (*Card, error) {
	var card Card
	if err := readJSON(filepath.Join(dir, "rates.json"), &card); err != nil {
		return nil, err
	}
	if err := readJSON(filepath.Join(dir, "zones.json"), &card.Zones); err != nil {
		return nil, err
	}
	for _, zone := range card.Zones {
		if !checker.Exists(zone) {
			return nil, fmt.Errorf("ratecard %s: carrier does not know zone %q", dir, zone)
		}
	}
	if err := readJSON(filepath.Join(dir, "surcharges.json"), &card.Surcharges); err != nil {
		return nil, err
	}
	return &card, nil
}

func readJSON(path string, into interface{}) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("ratecard: %w", err)
	}
	if err := json.Unmarshal(data, into); err != nil {
		return fmt.Errorf("ratecard: %s: %w", path, err)
	}
	return nil
}
