"""End-to-end tests in headless Chromium.

A package, so that its conftest does not shadow tests/conftest.py.
"""
