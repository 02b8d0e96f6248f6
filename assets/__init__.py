"""The app's icon and desktop metadata. This folder is installed as the package
`vcdesk.assets` (see pyproject.toml), so the console finds these files the same way in a
source checkout, an installed wheel and the one-folder app."""
