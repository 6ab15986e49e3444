"""Qt item models over the open vault's records (read-only views; changes go via services)."""
