"""The encrypted vault: crypto primitives, on-disk format, atomic store, keyring access."""
