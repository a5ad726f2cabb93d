package ratecard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestParsesZonesFile(t *testing.T) {
	var zones []string
	if err := readJSON("testdata/eu/zones.json", &zones); err != nil {
		t.Fatal(err)
	}
	if strings.Join(zones, ",") != "DE,FR,NL" {
		t.Fatalf("zones = %v", zones)
	}
}

func TestLoadsCardFromCurrentDir(t *testing.T) {
	t.Parallel()
	inRegionDir(t, "eu")

	card, err := Load(".", carrierSandbox{latency: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if card.Currency != "EUR" || card.Surcharges["fuel"] != 12 {
		t.Fatalf("loaded %+v, want the EU card", card)
	}
}

func TestLoadsUSCard(t *testing.T) {
	t.Parallel()

	card, err := Load("testdata/us", carrierSandbox{latency: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if card.Currency != "USD" || len(card.Zones) != 3 || card.Surcharges["residential"] != 450 {
		t.Fatalf("loaded %+v, want the US card", card)
	}
}

func TestLoadReportsMissingCard(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "rates.json"), []byte(`{"currency": "GBP"}`), 0o644); err != nil {
		t.Fatal(err)
	}

	_, err := Load(dir, carrierSandbox{latency: 50 * time.Millisecond})

	if err == nil || !strings.Contains(err.Error(), "zones.json") {
		t.Fatalf("err = %v, want a missing zones.json", err)
	}
}
