"""Package crypto/sha1 (see digests.py)."""
from . import digests

GO_DECLS = digests.go_decls('sha1', 'const (\n\tSize      = 20\n\tBlockSize = 64\n)',
                            news=[('New', 'sha1', 'Size')], sums=[('Sum', 'sha1', 'Size')])
digests.bind(globals())
