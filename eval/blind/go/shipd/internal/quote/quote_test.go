package quote

import (
	"os"
	"testing"
	"time"
)

var sandbox = fakeCarrier{latency: 100 * time.Millisecond}

func TestPriceCountsServedQuotes(t *testing.T) {
	t.Parallel()
	ResetMetrics()

	for _, p := range parcels(3) {
		if _, err := Price(sandbox, p); err != nil {
			t.Fatal(err)
		}
	}

	if got := Served(); got != 3 {
		t.Fatalf("Served() = %d after 3 quotes, want 3", got)
	}
}

func TestPriceAllCountsEachParcel(t *testing.T) {
	t.Parallel()
	ResetMetrics()

	quotes, err := PriceAll(sandbox, parcels(4))
	if err != nil {
		t.Fatal(err)
	}

	if len(quotes) != 4 || Served() != 4 {
		t.Fatalf("PriceAll: %d quotes, Served() = %d; want 4 and 4", len(quotes), Served())
	}
}

func TestEURegionQuotesInEuros(t *testing.T) {
	t.Parallel()
	// t.Setenv cannot be combined with t.Parallel, so set and restore by hand.
	old, had := os.LookupEnv("SHIPD_REGION")
	os.Setenv("SHIPD_REGION", "eu")
	defer func() {
		if had {
			os.Setenv("SHIPD_REGION", old)
		} else {
			os.Unsetenv("SHIPD_REGION")
		}
	}()

	quotes, err := PriceAll(sandbox, parcels(3))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range quotes {
		if q.Currency != "EUR" {
			t.Fatalf("quote in %s, want EUR", q.Currency)
		}
	}
}

func TestDefaultRegionQuotesInDollars(t *testing.T) {
	t.Parallel()

	quotes, err := PriceAll(sandbox, parcels(2))
	if err != nil {
		t.Fatal(err)
	}
	for i, q := range quotes {
		if q.Currency != "USD" || q.Region != "us" {
			t.Errorf("quote %d: region %q currency %s, want us/USD", i, q.Region, q.Currency)
		}
	}
}

func TestRegionFromEnvironment(t *testing.T) {
	// Not parallel: t.Setenv changes the whole process's environment until the test ends.
	t.Setenv("SHIPD_REGION", "uk")

	q, err := Price(fakeCarrier{}, Parcel{WeightGrams: 2000, Zone: 1})
	if err != nil {
		t.Fatal(err)
	}
	if q.Currency != "GBP" || q.Cents != 672 {
		t.Fatalf("got %+v, want 672 GBP", q)
	}
}

func TestConvertRoundsToWholeCents(t *testing.T) {
	cases := []struct {
		cents  int
		region string
		want   int
	}{{1000, "eu", 920}, {1001, "uk", 791}, {1234, "us", 1234}}
	for _, c := range cases {
		if got := convert(c.cents, c.region); got != c.want {
			t.Errorf("convert(%d, %s) = %d, want %d", c.cents, c.region, got, c.want)
		}
	}
}
