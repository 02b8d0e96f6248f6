"""One recording, one ffmpeg run: probing, presets, verification and plain-words errors."""
