"""relayhub: receives signed webhooks and relays them to subscribers."""

__version__ = "0.4.1"
