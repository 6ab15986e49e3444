"""Perceptual hashes and, later, sighting -> media item -> buyer matching."""
