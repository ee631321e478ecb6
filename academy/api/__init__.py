"""The public, read-only JSON API of the catalogue and the live sessions (docs/api.md)."""
