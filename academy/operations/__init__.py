"""What operators watch: health and readiness, request ids in structured logs, Prometheus
metrics and optional error reporting (docs/operations.md, "Health, logs and metrics")."""
