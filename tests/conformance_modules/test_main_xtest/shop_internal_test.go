package shop

import "testing"

func TestSecret(t *testing.T) {
	if secret != "internal" {
		t.Fatal(secret)
	}
}
