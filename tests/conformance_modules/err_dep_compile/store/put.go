package store

func Put(v int) { undefinedFn(v) }
