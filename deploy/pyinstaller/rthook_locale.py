"""Runtime hook of the one-folder app, Linux only. A Python program started by the `python`
command coerces a C locale to C.UTF-8 at start-up (PEP 538: it sets LC_CTYPE=C.UTF-8), which
is what happens on a PC whose LANG names a locale that was never generated (LANG=id_ID.UTF-8 on
a machine with only C and POSIX). PyInstaller's bootloader does not, and Qt then warns on
every start that it "switched to C.UTF-8". Do what `python` does, so the bundle behaves like an
installed vcdesk; Qt still reads the language from LANG."""

import locale
import os
import sys

if sys.platform.startswith("linux") and not os.environ.get("LC_ALL"):
    try:
        current = locale.setlocale(locale.LC_CTYPE, "")
    except locale.Error:
        current = "C"
    if current in ("C", "POSIX"):
        try:
            locale.setlocale(locale.LC_CTYPE, "C.UTF-8")
            os.environ["LC_CTYPE"] = "C.UTF-8"
        except locale.Error:
            pass  # a libc without C.UTF-8: Qt chooses for itself
