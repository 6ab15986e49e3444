"""Fingerprints of photos (a registry of compact hashes) and, later, sighting -> media item ->
buyer matching."""
