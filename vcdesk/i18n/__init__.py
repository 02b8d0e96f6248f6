"""UI translations: Qt .ts sources live here beside the .qm files built from them.

python -m vcdesk.i18n update   # refresh the .ts files from the UI's tr() strings
python -m vcdesk.i18n build    # compile .ts -> .qm (run by the setup)
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("id", "en")  # Bahasa Indonesia first: our users read it first
