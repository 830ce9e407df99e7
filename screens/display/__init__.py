"""The display screens."""
