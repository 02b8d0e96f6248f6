"""The one-folder app's entry script: the same `main` as the `vcdesk` command of an
installed package (the console with no command, the CLI with one)."""

import sys

from vcdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
