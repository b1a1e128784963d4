"""Package crypto/md5 (see digests.py)."""
from . import digests

GO_DECLS = digests.go_decls('md5', 'const (\n\tSize      = 16\n\tBlockSize = 64\n)',
                            news=[('New', 'md5', 'Size')], sums=[('Sum', 'md5', 'Size')])
digests.bind(globals())
