"""vcdesk: operator console for video-conference rooms."""

__version__ = "0.1.0"
