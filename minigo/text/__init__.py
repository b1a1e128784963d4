"""Go's text rules, needed from the constant folder up to the standard
library: string quoting and UTF-8 (gostr), float formatting (fmtfloat), and
Unicode classes on Go's own tables (uniclass, unicode_tables). The bottom
layer: it imports nothing else from minigo."""
