package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"
)

// testAddr is the address the integration tests use; the docker-compose setup publishes the
// same port, so a developer can point the tests at a running shipd instead.
const testAddr = "127.0.0.1:18473"

// startAPI serves the API on testAddr for the test and returns its base URL. If something
// already listens there (a local shipd), the tests run against that instance.
func startAPI(t *testing.T) string {
	t.Helper()
	base := "http://" + testAddr
	ln, err := net.Listen("tcp", testAddr)
	if errors.Is(err, syscall.EADDRINUSE) {
		t.Logf("%s is in use, testing the API that listens there", testAddr)
		return base
	}
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: NewHandler(NewStore(80 * time.Millisecond))}
	go srv.Serve(ln)
	t.Cleanup(func() {
		srv.Close()
		// Keep-alive connections to this server are dead now; the next test must dial afresh.
		http.DefaultClient.CloseIdleConnections()
	})
	return base
}

func createShipment(t *testing.T, base, to string) Shipment {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"to": to})
	resp, err := http.Post(base+"/shipments", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST /shipments: %s", resp.Status)
	}
	var sh Shipment
	if err := json.NewDecoder(resp.Body).Decode(&sh); err != nil {
		t.Fatal(err)
	}
	return sh
}

func listShipments(t *testing.T, base string) []Shipment {
	t.Helper()
	resp, err := http.Get(base + "/shipments")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list []Shipment
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		t.Fatal(err)
	}
	return list
}
