"""The operator's guide, one Markdown file per UI language (Help > User guide, F1)."""
