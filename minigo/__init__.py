"""minigo: a Go interpreter in Python for learning and testing Go's concurrency model."""
