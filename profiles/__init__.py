"""The example room profiles. This folder is installed as the package `vcdesk.profiles`
(see pyproject.toml): `vcdesk profile new` and the console's New start from example.yaml,
wherever vcdesk is installed."""
