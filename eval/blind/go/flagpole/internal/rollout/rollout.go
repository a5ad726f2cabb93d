// Package rollout decides whether a flag is on for a user: segments first, then the percentage.
package rollout

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"sync"

	"example.com/flagpole/internal/bucket"
	"example.com/flagpole/internal/store"
)

// Segment is a named set of users that always gets (or never gets) a flag.
type Segment struct {
	Name    string
	Members map[string]bool
	Exclude bool
}

// NewSegment builds a segment from user ids.
func NewSegment(name string, exclude bool, users ...string) Segment {
	m := make(map[string]bool, len(users))
	for _, u := range users {
		m[u] = true
	}
	return Segment{Name: name, Members: m, Exclude: exclude}
}

// Registry holds segments by name; safe for concurrent use.
type Registry struct {
	mu   sync.RWMutex
	segs map[string]Segment
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{segs: map[string]Segment{}} }

// Register adds or replaces a segment.
func (r *Registry) Register(s Segment) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.segs[s.Name] = s
}

// Reset forgets every segment.
func (r *Registry) Reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.segs = map[string]Segment{}
}

// Lookup finds a segment.
func (r *Registry) Lookup(name string) (Segment, bool) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	s, ok := r.segs[name]
	return s, ok
}

// Names lists registered segments, sorted.
func (r *Registry) Names() []string {
	r.mu.RLock()
	defer r.mu.RUnlock()
	names := make([]string, 0, len(r.segs))
	for n := range r.segs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Segments is the process-wide registry the HTTP layer fills from the admin API.
var Segments = NewRegistry()

// Evaluate decides a flag for a user against a registry.
func Evaluate(reg *Registry, f store.Flag, userID string) (bool, error) {
	if !f.Enabled || f.Archived {
		return false, nil
	}
	for _, name := range f.Segments {
		seg, ok := reg.Lookup(name)
		if !ok {
			return false, fmt.Errorf("flag %s: unknown segment %q", f.Key, name)
		}
		if seg.Members[userID] {
			return !seg.Exclude, nil
		}
	}
	return bucket.In(f.Key, userID, f.Percent), nil
}

// Exposure is one user seeing one variant of a flag, as reported to the experiment analysis.
type Exposure struct {
	Flag, User string
	On         bool
}

// ExposureLog keeps the first exposure of each (flag, user); safe for concurrent use.
type ExposureLog struct {
	mu   sync.Mutex
	seen map[[2]string]Exposure
}

// NewExposureLog returns an empty log.
func NewExposureLog() *ExposureLog { return &ExposureLog{seen: map[[2]string]Exposure{}} }

// Record keeps e unless the user already saw the flag.
func (l *ExposureLog) Record(e Exposure) {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := [2]string{e.Flag, e.User}
	if _, ok := l.seen[k]; !ok {
		l.seen[k] = e
	}
}

// Reset empties the log (after each upload).
func (l *ExposureLog) Reset() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seen = map[[2]string]Exposure{}
}

// Counts returns how many users saw the flag on and off.
func (l *ExposureLog) Counts(flag string) (on, off int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range l.seen {
		if e.Flag != flag {
			continue
		}
		if e.On {
			on++
		} else {
			off++
		}
	}
	return on, off
}

// Total is the number of logged exposures.
func (l *ExposureLog) Total() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.seen)
}

// Exposures is the process-wide log uploaded by the analytics shipper.
var Exposures = NewExposureLog()

// Is evaluates against the process-wide registry and logs the exposure.
func Is(f store.Flag, userID string) (bool, error) {
	on, err := Evaluate(Segments, f, userID)
	if err == nil {
		Exposures.Record(Exposure{Flag: f.Key, User: userID, On: on})
	}
	return on, err
}

// Default rules apply to flags the store does not know yet (e.g. a new release reading an old
// document). They are loaded once at startup.
var (
	defaultsMu sync.RWMutex
	defaults   map[string]store.Flag
)

// LoadDefaults reads the default rules file, checks every rule, and installs it.
func LoadDefaults(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	var flags []store.Flag
	if err := json.Unmarshal(data, &flags); err != nil {
		return 0, fmt.Errorf("decode %s: %w", path, err)
	}
	loaded := make(map[string]store.Flag, len(flags))
	for _, f := range flags {
		if err := check(f); err != nil {
			return 0, err
		}
		loaded[f.Key] = f
	}
	defaultsMu.Lock()
	defaults = loaded
	defaultsMu.Unlock()
	return len(loaded), nil
}

// check rejects a rule whose percentage would not roll out as written: it simulates the rule
// over a sample population and compares the share that gets it.
func check(f store.Flag) error {
	if f.Key == "" || f.Percent < 0 || f.Percent > 100 {
		return fmt.Errorf("invalid default rule %+v", f)
	}
	const sample = 60000
	on := 0
	for i := 0; i < sample; i++ {
		if bucket.In(f.Key, fmt.Sprintf("sample-%d", i), f.Percent) {
			on++
		}
	}
	got := float64(on) * 100 / sample
	if d := got - float64(f.Percent); d > 1 || d < -1 {
		return fmt.Errorf("default rule %s: %.2f%% of the sample, want %d%%", f.Key, got, f.Percent)
	}
	return nil
}

// Default returns the default rule for a key.
func Default(key string) (store.Flag, bool) {
	defaultsMu.RLock()
	defer defaultsMu.RUnlock()
	f, ok := defaults[key]
	return f, ok
}
