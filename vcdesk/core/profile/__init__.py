"""Room profiles: the schema, loading with precise errors, migrations and round-trip editing."""
