"""Runtime hook of the one-folder app. A windowed executable (vcdeskw.exe on Windows) has no
console: Python then sets sys.stdout and sys.stderr to None, and the first print, warning or
argparse message would raise. Point them at the null device instead; the log file in the data
folder keeps the record. The console executable (vcdesk) is left as it is."""

import os
import sys

if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the app
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
