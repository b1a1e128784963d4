"""Package crypto/sha512 (see digests.py)."""
from . import digests

GO_DECLS = digests.go_decls(
    'sha512', 'const (\n\tSize      = 64\n\tSize224   = 28\n\tSize256   = 32\n\tSize384   = 48\n'
    '\tBlockSize = 128\n)',
    news=[('New', 'sha512', 'Size'), ('New384', 'sha384', 'Size384'),
          ('New512_224', 'sha512_224', 'Size224'), ('New512_256', 'sha512_256', 'Size256')],
    sums=[('Sum512', 'sha512', 'Size'), ('Sum384', 'sha384', 'Size384'),
          ('Sum512_224', 'sha512_224', 'Size224'), ('Sum512_256', 'sha512_256', 'Size256')])
digests.bind(globals())
