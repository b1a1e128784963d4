"""Package crypto/sha256 (see digests.py)."""
from . import digests

GO_DECLS = digests.go_decls(
    'sha256', 'const (\n\tSize      = 32\n\tSize224   = 28\n\tBlockSize = 64\n)',
    news=[('New', 'sha256', 'Size'), ('New224', 'sha224', 'Size224')],
    sums=[('Sum256', 'sha256', 'Size'), ('Sum224', 'sha224', 'Size224')])
digests.bind(globals())
