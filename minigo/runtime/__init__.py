"""What a running Go program needs: values, panics, the scheduler, channels."""
