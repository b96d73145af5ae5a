"""Test support shared by several test packages: backend factories and test servers."""
