"""Marshmallow schemas: the only place that decides which fields pass in and out of the API."""
