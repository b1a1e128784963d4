package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// A realistic program: a config read from JSON, checked, changed and written back.

type Database struct {
	Host     string `json:"host"`
	Port     int    `json:"port"`
	User     string `json:"user"`
	Password string `json:"password,omitempty"`
	Pool     int    `json:"pool_size,omitempty"`
}

type Feature struct {
	Name    string  `json:"name"`
	Enabled bool    `json:"enabled"`
	Ratio   float64 `json:"rollout_ratio,omitempty"`
}

type Config struct {
	Version  int               `json:"version"`
	Service  string            `json:"service"`
	Debug    bool              `json:"debug"`
	Timeout  time.Duration     `json:"timeout_ns"`
	DB       Database          `json:"database"`
	Replicas []Database        `json:"replicas"`
	Features []Feature         `json:"features"`
	Labels   map[string]string `json:"labels"`
	Updated  time.Time         `json:"updated"`
}

const original = `{
  "version": 3,
  "service": "orders",
  "debug": false,
  "timeout_ns": 1500000000,
  "database": {"host": "db.local", "port": 5432, "user": "app", "password": "s3cret"},
  "replicas": [
    {"host": "r1.local", "port": 5432, "user": "ro"},
    {"host": "r2.local", "port": 5433, "user": "ro", "pool_size": 4}
  ],
  "features": [
    {"name": "new-checkout", "enabled": true, "rollout_ratio": 0.25},
    {"name": "dark-mode", "enabled": false}
  ],
  "labels": {"team": "payments", "env": "staging"},
  "updated": "2024-03-01T12:00:00Z"
}`

func (c *Config) validate() error {
	if c.DB.Port <= 0 || c.DB.Port > 65535 {
		return fmt.Errorf("bad port %d", c.DB.Port)
	}
	for _, f := range c.Features {
		if f.Ratio < 0 || f.Ratio > 1 {
			return fmt.Errorf("feature %s: ratio %v out of range", f.Name, f.Ratio)
		}
	}
	return nil
}

func main() {
	var cfg Config
	if err := json.Unmarshal([]byte(original), &cfg); err != nil {
		fmt.Println("parse:", err)
		return
	}
	fmt.Println("valid:", cfg.validate())
	fmt.Printf("%s v%d timeout=%v db=%s:%d replicas=%d updated=%s\n", cfg.Service, cfg.Version, cfg.Timeout,
		cfg.DB.Host, cfg.DB.Port, len(cfg.Replicas), cfg.Updated.Format(time.RFC1123))

	cfg.Version++
	cfg.Debug = true
	cfg.DB.Password = ""
	cfg.DB.Pool = 10
	cfg.Features[1].Enabled = true
	cfg.Features = append(cfg.Features, Feature{Name: "fast-search", Enabled: true, Ratio: 1})
	cfg.Labels["owner"] = "ann"
	delete(cfg.Labels, "env")
	cfg.Updated = cfg.Updated.Add(36 * time.Hour)
	cfg.Timeout = 2 * time.Second

	out, err := json.MarshalIndent(cfg, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	// written out as a file would be, through an io.Writer
	var file bytes.Buffer
	file.Write(out)
	file.WriteString("\n")
	data := file.Bytes()
	fmt.Print(string(data))

	var again Config
	fmt.Println("reread:", json.Unmarshal(data, &again), again.Version, again.Features[2].Name, again.Updated.Equal(cfg.Updated))
	bad := []byte(`{"version": "four", "database": {"port": 70000}}`)
	var broken Config
	fmt.Println("bad:", json.Unmarshal(bad, &broken), "| port:", broken.DB.Port, "| validate:", broken.validate())
}
