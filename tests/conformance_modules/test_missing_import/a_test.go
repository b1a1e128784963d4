package tf

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestA(t *testing.T) { assert.True(t, true) }
