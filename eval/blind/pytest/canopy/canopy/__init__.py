"""canopy: greenhouse telemetry ingestion, threshold alerts and daily exports."""

__version__ = "0.4.1"
