package api

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestCreateAssignsSequentialIDs(t *testing.T) {
	t.Parallel()
	base := startAPI(t)

	first := createShipment(t, base, "Berlin")
	second := createShipment(t, base, "Lyon")

	if first.ID != "SHP-0001" || second.ID != "SHP-0002" {
		t.Fatalf("ids %s, %s; want SHP-0001, SHP-0002", first.ID, second.ID)
	}
}

func TestListReturnsCreatedShipments(t *testing.T) {
	t.Parallel()
	base := startAPI(t)

	createShipment(t, base, "Oslo")
	createShipment(t, base, "Turin")
	list := listShipments(t, base)

	if len(list) != 2 || list[0].To != "Oslo" || list[1].To != "Turin" {
		t.Fatalf("GET /shipments = %+v, want Oslo and Turin", list)
	}
}

func TestCancelMarksShipmentCancelled(t *testing.T) {
	t.Parallel()
	base := startAPI(t)

	sh := createShipment(t, base, "Porto")
	resp, err := http.Post(base+"/shipments/"+sh.ID+"/cancel", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	list := listShipments(t, base)

	if len(list) != 1 || list[0].Status != "cancelled" {
		t.Fatalf("after cancelling %s: %+v, want it alone and cancelled", sh.ID, list)
	}
}

func TestHealthz(t *testing.T) {
	t.Parallel()
	// httptest picks a free port: this server is the test's own.
	srv := httptest.NewServer(NewHandler(NewStore(0)))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body map[string]string
	json.NewDecoder(resp.Body).Decode(&body)
	if resp.StatusCode != http.StatusOK || body["status"] != "ok" {
		t.Fatalf("healthz: %s %v", resp.Status, body)
	}
}
