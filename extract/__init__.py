"""Conflict events from news articles: what happened, who, when and where, with its source."""

__version__ = "0.1.0"
