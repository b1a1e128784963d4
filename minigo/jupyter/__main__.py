"""`python -m minigo.jupyter -f CONNECTION_FILE`: start the kernel (what the
installed kernelspec runs)."""
import sys

from . import MissingJupyter, require

if __name__ == '__main__':
    try:
        require()
    except MissingJupyter as e:
        sys.stderr.write(f'minigo: {e}\n')
        sys.exit(1)
    from .kernel import main
    main()
