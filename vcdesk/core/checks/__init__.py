"""Pre-meeting checks: one module per check, each `run(section, cancel) -> CheckResult`."""
