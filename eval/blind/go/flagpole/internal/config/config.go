// Package config finds and reads the flagpole client configuration (.flagpole.json).
package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// FileName is the configuration file looked up from the working directory upwards, like
// .git or go.mod, so a command works from any subdirectory of a project.
const FileName = ".flagpole.json"

// Config is the client configuration.
type Config struct {
	Environment string        `json:"environment"`
	Endpoint    string        `json:"endpoint"`
	Refresh     time.Duration `json:"-"`
	RefreshText string        `json:"refresh"`
	Source      string        `json:"-"`
}

// ErrNoConfig means no configuration file exists between the directory and the root.
var ErrNoConfig = errors.New("no " + FileName + " found")

// Load reads one configuration file.
func Load(path string) (Config, error) {
	var c Config
	data, err := os.ReadFile(path)
	if err != nil {
		return c, err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, fmt.Errorf("%s: %w", path, err)
	}
	if c.Environment == "" {
		return c, fmt.Errorf("%s: environment is required", path)
	}
	c.Refresh = 30 * time.Second
	if c.RefreshText != "" {
		d, err := time.ParseDuration(c.RefreshText)
		if err != nil {
			return c, fmt.Errorf("%s: refresh: %w", path, err)
		}
		c.Refresh = d
	}
	c.Source = path
	return c, nil
}

// FindFrom walks up from dir to the filesystem root and loads the nearest configuration file.
func FindFrom(dir string) (Config, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return Config{}, err
	}
	for {
		candidate := filepath.Join(dir, FileName)
		if _, err := os.Stat(candidate); err == nil {
			return Load(candidate)
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return Config{}, ErrNoConfig
		}
		dir = parent
	}
}

// Discover finds the configuration for the current working directory.
func Discover() (Config, error) {
	wd, err := os.Getwd()
	if err != nil {
		return Config{}, err
	}
	return FindFrom(wd)
}

// Environment returns FLAGPOLE_ENV when set, else the configured environment.
func (c Config) EffectiveEnvironment() string {
	if env := os.Getenv("FLAGPOLE_ENV"); env != "" {
		return env
	}
	return c.Environment
}
