"""Opening cameras and microphones: shared by the one-shot checks and the live previews."""
