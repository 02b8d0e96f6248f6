"""The room's schedule: its meetings (an iCalendar feed and entries added in the console),
and the policy that keeps conversions out of their way. No Qt here."""
