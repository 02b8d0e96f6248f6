"""Command line: `vcdesk` starts the console; subcommands run the same core headless."""
