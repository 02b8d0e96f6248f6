"""The persistent conversion queue: jobs in SQLite, the engine that runs them, meeting mode."""
