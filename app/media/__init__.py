"""Media on bytes: what a file is (sniff.py), decoding an image once at reduced size and its
thumbnail (images.py). Pure functions over bytes and Pillow; nothing here writes to disk or
knows about vaults or records."""
