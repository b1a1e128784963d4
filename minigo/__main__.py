"""`python -m minigo`: dispatch to the command line."""
import sys

from .cli import main

sys.exit(main())
