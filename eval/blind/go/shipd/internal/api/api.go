// Package api is shipd's HTTP API: create, list and cancel shipments.
package api

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Shipment is one parcel on its way.
type Shipment struct {
	ID     string `json:"id"`
	To     string `json:"to"`
	Status string `json:"status"`
}

// Store keeps shipments in memory; production wires the Postgres store behind the same methods.
type Store struct {
	mu        sync.Mutex
	next      int
	shipments []*Shipment
	// persistDelay stands in for the database round trip of a write.
	persistDelay time.Duration
}

// NewStore returns an empty store whose writes take persistDelay.
func NewStore(persistDelay time.Duration) *Store {
	return &Store{persistDelay: persistDelay}
}

func (s *Store) create(to string) *Shipment {
	time.Sleep(s.persistDelay)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.next++
	sh := &Shipment{ID: fmt.Sprintf("SHP-%04d", s.next), To: to, Status: "created"}
	s.shipments = append(s.shipments, sh)
	return sh
}

func (s *Store) cancel(id string) bool {
	time.Sleep(s.persistDelay)
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, sh := range s.shipments {
		if sh.ID == id {
			sh.Status = "cancelled"
			return true
		}
	}
	return false
}

func (s *Store) list() []Shipment {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Shipment, 0, len(s.shipments))
	for _, sh := range s.shipments {
		out = append(out, *sh)
	}
	return out
}

// NewHandler routes the API onto a store.
func NewHandler(store *Store) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("/shipments", func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPost:
			var req struct {
				To string `json:"to"`
			}
			if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.To == "" {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": "missing destination"})
				return
			}
			writeJSON(w, http.StatusCreated, store.create(req.To))
		case http.MethodGet:
			writeJSON(w, http.StatusOK, store.list())
		default:
			w.WriteHeader(http.StatusMethodNotAllowed)
		}
	})
	mux.HandleFunc("/shipments/", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/shipments/"), "/cancel")
		if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/cancel") {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		if !store.cancel(id) {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "no such shipment"})
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, status int, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
