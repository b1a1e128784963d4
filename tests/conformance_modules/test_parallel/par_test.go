package par

import (
	"os"
	"testing"
)

func TestParallelGroup(t *testing.T) {
	t.Cleanup(func() { t.Log("group cleanup runs after the parallel subtests") })
	for _, name := range []string{"A", "B", "C"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Log("running", name)
		})
	}
	t.Log("group body done")
}

func TestCleanupOrder(t *testing.T) {
	for i := 1; i <= 3; i++ {
		t.Cleanup(func() { t.Log("cleanup", i) })
	}
	dir := t.TempDir()
	if _, err := os.Stat(dir); err != nil {
		t.Fatal(err)
	}
	t.Setenv("MINIGO_TEST_VAR", "set")
	if os.Getenv("MINIGO_TEST_VAR") != "set" {
		t.Error("Setenv did not set")
	}
}

func TestZParallelTop(t *testing.T) {
	t.Parallel()
	t.Log("top-level parallel test runs after the others")
}

func TestNames(t *testing.T) {
	t.Run("has space", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("has space", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("", func(t *testing.T) { t.Log(t.Name()) })
	t.Run("nested", func(t *testing.T) {
		t.Run("deeper", func(t *testing.T) { t.Log(t.Name()) })
	})
}
